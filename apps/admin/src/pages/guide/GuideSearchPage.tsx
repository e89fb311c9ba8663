import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Card, Empty, Input, List, Select, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { APPLICANT_KINDS, MATTER_TYPES, TIERS } from '../catalog/components/options';
import { Pager } from '../../components/ServerTable';
import { useServerTable } from '../../components/useServerTable';
import { ErrorAlert } from '../../ErrorAlert';
import type { ApplicantKind, MatterType, Tier } from '../../gql/graphql';
import { GuidePlacesDocument, GuideSearchDocument } from '../../graphql/guide';
import { useT } from '../../i18n/i18n';
import { useDebounced } from '../../useDebounced';
import { GuideLayout } from './GuideLayout';
import { PlacePicker } from './PlacePicker';

/** 办事指南检索: search a county's published matters by name, full pinyin or initials (zdshbz). */
export function GuideSearchPage() {
  const t = useT();
  const { countyCode = '' } = useParams();
  const [query, setQuery] = useState('');
  const [tier, setTier] = useState<Tier>();
  const [type, setType] = useState<MatterType>();
  const [applicantKind, setApplicantKind] = useState<ApplicantKind>();
  const debounced = useDebounced(query.trim(), 250);
  const result = useServerTable(
    GuideSearchDocument,
    { countyCode, query: debounced || undefined, tier, type, applicantKind },
    (data) => data.guideSearch,
  );
  const matters = result.rows;
  // Places answer the same query: 城关镇, chengguanzhen and cgz open the township's page.
  const places = useQuery(GuidePlacesDocument, { variables: { countyCode, query: debounced, first: 6 }, skip: !debounced });
  const countyName = matters[0]?.countyName;

  return (
    <GuideLayout countyCode={countyCode} countyName={countyName} title={t('guide.searchTitle')}>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }} data-testid="guide-heading">
          {t('guide.searchHeading', { county: countyName ?? '' })}
        </Typography.Title>
        <Link to={`/guide/${countyCode}/progress`} data-testid="guide-progress-link">
          {t('progress.link')}
        </Link>
        <Card>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Input.Search
              size="large"
              allowClear
              placeholder={t('guide.searchPlaceholder')}
              aria-label={t('guide.searchPlaceholder')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              data-testid="guide-search"
            />
            <Space wrap>
              <Select allowClear aria-label={t('guide.filterTier')} style={{ width: 150 }} placeholder={t('guide.filterTier')} value={tier} onChange={setTier} options={TIERS.map((value) => ({ value, label: t(`tier.${value}`) }))} />
              <Select allowClear aria-label={t('catalog.type')} style={{ width: 150 }} placeholder={t('catalog.type')} value={type} onChange={setType} options={MATTER_TYPES.map((value) => ({ value, label: t(`matterType.${value}`) }))} />
              <Select
                allowClear
                style={{ width: 150 }}
                placeholder={t('matter.applicantKinds')}
                aria-label={t('matter.applicantKinds')}
                value={applicantKind}
                onChange={setApplicantKind}
                options={APPLICANT_KINDS.map((value) => ({ value, label: t(`applicantKind.${value}`) }))}
              />
            </Space>
            <PlacePicker countyCode={countyCode} />
          </Space>
        </Card>
        <ErrorAlert error={result.error} />
        {places.data?.guidePlaces.length ? (
          <Card size="small" title={t('guide.placesFound')} data-testid="guide-place-results">
            <Space wrap size={[16, 8]}>
              {places.data.guidePlaces.map((p) => (
                <Link key={p.code} to={`/guide/${countyCode}/unit/${p.code}`} data-testid="guide-place-result">
                  {p.townshipName ? `${p.name}（${p.townshipName}）` : p.name}
                </Link>
              ))}
            </Space>
          </Card>
        ) : null}
        <Card title={t('guide.results', { count: result.totalCount })}>
          <List
            loading={result.loading}
            dataSource={matters}
            locale={{ emptyText: <Empty description={t('guide.noResults')} /> }}
            data-testid="guide-results"
            renderItem={(m) => (
              <List.Item data-testid="guide-result" data-code={m.content.implementationCode}>
                <List.Item.Meta
                  title={<Link to={`/guide/${countyCode}/${m.content.implementationCode}`} data-content>{m.content.name}</Link>}
                  description={
                    <Space size={[4, 4]} wrap>
                      <Tag color="red">{t(`matterType.${m.content.type}`)}</Tag>
                      <Tag>{t(`caseKind.${m.content.caseKind}`)}</Tag>
                      <Typography.Text type="secondary">{m.implementingBodyName}</Typography.Text>
                      <Typography.Text type="secondary">
                        {t('guide.promisedShort', { n: m.content.promisedDays })} · {t('guide.visitsN', { n: m.content.visits })}
                      </Typography.Text>
                      {m.content.acceptingTiers.map((x) => (
                        <Tag key={x} color="blue">
                          {t(`tier.${x}`)}
                        </Tag>
                      ))}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
          <Pager table={result} testId="guide-results" />
        </Card>
      </Space>
    </GuideLayout>
  );
}
