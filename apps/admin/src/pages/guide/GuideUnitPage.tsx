import { useQuery } from '@apollo/client/react';
import { Card, Collapse, Descriptions, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../ErrorAlert';
import type { GuideForUnitQuery } from '../../gql/graphql';
import { GuideForUnitDocument } from '../../graphql/guide';
import { useT } from '../../i18n/i18n';
import { GuideLayout } from './GuideLayout';
import { PromiseChain } from '../catalog/components/PromiseChain';

type HereMatter = GuideForUnitQuery['guideForUnit']['here'][number];

function HereDetails({ matter, countyCode }: { matter: HereMatter; countyCode: string }) {
  const t = useT();
  const c = matter.content;
  return (
    <Descriptions
      size="small"
      column={1}
      data-testid="unit-matter-details"
      items={[
        {
          key: 'promised',
          label: t('matter.promisedDays'),
          children: (
            <Space orientation="vertical" size={0}>
              <span>{t('guide.days', { n: c.promisedDays })}</span>
              <PromiseChain sources={matter.promiseSources} />
            </Space>
          ),
        },
        { key: 'place', label: t('matter.place'), children: c.place },
        { key: 'hours', label: t('matter.hours'), children: c.hours },
        { key: 'phone', label: t('matter.consultPhone'), children: c.consultPhone },
        {
          key: 'materials',
          label: t('editor.section.materials'),
          children: (
            <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="unit-matter-materials">
              {c.materials.map((m) => (
                <li key={m.name}>
                  {m.name}
                  {m.required ? '' : t('common.parenthesized', { text: t('guide.optional') })}
                </li>
              ))}
            </ol>
          ),
        },
        {
          key: 'more',
          label: '',
          children: <Link to={`/guide/${countyCode}/${c.implementationCode}${matter.unitCode ? `?unit=${matter.unitCode}` : ''}`}>{t('guide.fullGuide')}</Link>,
        },
      ]}
    />
  );
}

/** 在本村（社区）/乡镇能办什么: what is handled here, with local place and hours, and where to go for the rest. */
export function GuideUnitPage() {
  const t = useT();
  const { countyCode = '', unitCode = '' } = useParams();
  const result = useQuery(GuideForUnitDocument, { variables: { orgUnitCode: unitCode } });
  const guide = result.data?.guideForUnit;

  return (
    <GuideLayout countyCode={countyCode} countyName={guide?.countyName} title={guide?.unitName}>
      <ErrorAlert error={result.error} testId="guide-error" />
      {result.loading ? <Spin /> : null}
      {guide ? (
        <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="guide-unit">
          <Card>
            <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }} data-testid="guide-unit-name">
              {guide.unitName}
            </Typography.Title>
            <Space style={{ marginTop: 8 }}>
              <Tag color="blue">{t(`tier.${guide.tier}`)}</Tag>
              {guide.centerName ? <Typography.Text type="secondary">{guide.centerName}</Typography.Text> : null}
            </Space>
          </Card>
          <Card title={t('guide.here', { count: guide.here.length })}>
            {guide.here.length ? (
              <Collapse
                data-testid="guide-unit-here"
                items={guide.here.map((m) => ({
                  key: m.matterId,
                  label: (
                    <Space wrap size={[8, 0]}>
                      <span data-testid="unit-matter-name">{m.content.name}</span>
                      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                        {t('guide.promisedShort', { n: m.content.promisedDays })}
                      </Typography.Text>
                    </Space>
                  ),
                  children: <HereDetails matter={m} countyCode={countyCode} />,
                }))}
              />
            ) : (
              <Empty description={t('guide.nothingHere')} />
            )}
          </Card>
          <Card title={t('guide.elsewhere')} data-testid="guide-unit-elsewhere">
            {guide.elsewhere.map((referral) => (
              <div key={referral.unitCode} style={{ marginBottom: 16 }}>
                <Typography.Title level={5}>
                  <span data-content>{referral.centerName ?? referral.unitName}</span> <Tag>{t(`tier.${referral.tier}`)}</Tag>
                </Typography.Title>
                <List
                  size="small"
                  bordered
                  dataSource={referral.matters}
                  renderItem={(m) => (
                    <List.Item>
                      <Link to={`/guide/${countyCode}/${m.content.implementationCode}${m.unitCode ? `?unit=${m.unitCode}` : ''}`}>{m.content.name}</Link>
                      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                        {t('guide.promisedShort', { n: m.content.promisedDays })}
                      </Typography.Text>
                    </List.Item>
                  )}
                />
              </div>
            ))}
          </Card>
        </Space>
      ) : null}
    </GuideLayout>
  );
}
