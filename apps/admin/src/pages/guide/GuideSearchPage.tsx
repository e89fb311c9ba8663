import { useState } from 'react';
import { Button, Card, Empty, Input, List, Select, Space, Tag, Typography } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { APPLICANT_KINDS, MATTER_TYPES, TIERS } from '../catalog/components/options';
import { Pager } from '../../components/ServerTable';
import { useServerTable } from '../../components/useServerTable';
import { ErrorAlert } from '../../ErrorAlert';
import type { ApplicantKind, MatterType, Tier } from '../../gql/graphql';
import { GuideSearchDocument } from '../../graphql/guide';
import { useT } from '../../i18n/i18n';
import { useDebounced } from '../../useDebounced';
import { GuideLayout } from './GuideLayout';

/** 办事指南检索: search a county's published matters by name, full pinyin or initials (zdshbz). */
export function GuideSearchPage() {
  const t = useT();
  const navigate = useNavigate();
  const { countyCode = '' } = useParams();
  const [query, setQuery] = useState('');
  const [tier, setTier] = useState<Tier>();
  const [type, setType] = useState<MatterType>();
  const [applicantKind, setApplicantKind] = useState<ApplicantKind>();
  const [unitCode, setUnitCode] = useState('');
  const debounced = useDebounced(query.trim(), 250);
  const result = useServerTable(
    GuideSearchDocument,
    { countyCode, query: debounced || undefined, tier, type, applicantKind },
    (data) => data.guideSearch,
  );
  const matters = result.rows;

  return (
    <GuideLayout countyCode={countyCode} countyName={matters[0]?.countyName}>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Input.Search
              size="large"
              allowClear
              placeholder={t('guide.searchPlaceholder')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              data-testid="guide-search"
            />
            <Space wrap>
              <Select allowClear style={{ width: 150 }} placeholder={t('guide.filterTier')} value={tier} onChange={setTier} options={TIERS.map((value) => ({ value, label: t(`tier.${value}`) }))} />
              <Select allowClear style={{ width: 150 }} placeholder={t('catalog.type')} value={type} onChange={setType} options={MATTER_TYPES.map((value) => ({ value, label: t(`matterType.${value}`) }))} />
              <Select
                allowClear
                style={{ width: 150 }}
                placeholder={t('matter.applicantKinds')}
                value={applicantKind}
                onChange={setApplicantKind}
                options={APPLICANT_KINDS.map((value) => ({ value, label: t(`applicantKind.${value}`) }))}
              />
              <Space.Compact style={{ width: '100%', maxWidth: 420 }}>
                <Input
                  style={{ flex: 1, minWidth: 0 }}
                  prefix={<EnvironmentOutlined />}
                  placeholder={t('guide.unitCodePlaceholder')}
                  value={unitCode}
                  onChange={(event) => setUnitCode(event.target.value.trim())}
                  data-testid="guide-unit-code"
                />
                <Button disabled={!/^\d{12}$/.test(unitCode)} onClick={() => void navigate(`/guide/${countyCode}/unit/${unitCode}`)}>
                  {t('guide.forMyUnit')}
                </Button>
              </Space.Compact>
            </Space>
          </Space>
        </Card>
        <ErrorAlert error={result.error} />
        <Card title={t('guide.results', { count: result.totalCount })}>
          <List
            loading={result.loading}
            dataSource={matters}
            locale={{ emptyText: <Empty description={t('guide.noResults')} /> }}
            data-testid="guide-results"
            renderItem={(m) => (
              <List.Item data-testid="guide-result" data-code={m.content.implementationCode}>
                <List.Item.Meta
                  title={<Link to={`/guide/${countyCode}/${m.content.implementationCode}`}>{m.content.name}</Link>}
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
