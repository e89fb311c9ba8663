import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Row, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useParams, useSearchParams } from 'react-router';
import { PromiseChain } from '../catalog/components/PromiseChain';
import { MatterContentView } from '../catalog/components/MatterContentView';
import { ErrorAlert } from '../../ErrorAlert';
import { GuideMatterDocument } from '../../graphql/guide';
import { useT } from '../../i18n/i18n';
import { GuideLayout } from './GuideLayout';
import { PlacePicker } from './PlacePicker';

/** 办事指南 of one matter: the 六公开 elements of the version in force, and the printable notice. */
export function GuideMatterPage() {
  const t = useT();
  const { countyCode = '', implementationCode = '' } = useParams();
  // Reached from a village's or township's page: the values as they apply there.
  const [search] = useSearchParams();
  const unitCode = /^\d{12}$/.test(search.get('unit') ?? '') ? search.get('unit') : null;
  const result = useQuery(GuideMatterDocument, { variables: { countyCode, implementationCode, unitCode } });
  const matter = result.data?.guideMatter;
  const c = matter?.content;

  return (
    <GuideLayout countyCode={countyCode} countyName={matter?.countyName} title={matter?.content.name}>
      <ErrorAlert error={result.error} testId="guide-error" />
      {result.loading ? <Spin /> : null}
      {matter && c ? (
        <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="guide-matter">
          <Card>
            <Space orientation="vertical" size="small" style={{ width: '100%' }}>
              <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }} data-testid="guide-matter-name">
                {c.name}
              </Typography.Title>
              {matter.unitName ? (
                <Typography.Text strong data-testid="guide-matter-unit">
                  {t('guide.appliesAt', { unit: matter.unitName })}
                </Typography.Text>
              ) : null}
              <Space wrap>
                <Tag color="red">{t(`matterType.${c.type}`)}</Tag>
                <Tag>{t(`caseKind.${c.caseKind}`)}</Tag>
                <Typography.Text type="secondary">
                  {matter.implementingBodyName} · {t('guide.versionFrom', { version: matter.version, date: matter.effectiveFrom })}
                </Typography.Text>
              </Space>
              <Row gutter={16} style={{ marginTop: 8 }}>
                <Col xs={12} md={6}>
                  <Statistic title={t('matter.promisedDays')} value={c.promisedDays} suffix={t('guide.workingDaysUnit', { n: c.promisedDays })} />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic title={t('matter.statutoryDays')} value={c.statutoryDays} suffix={t('guide.workingDaysUnit', { n: c.statutoryDays })} />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic title={t('matter.visits')} value={c.visits} suffix={t('guide.visitsUnit', { n: c.visits })} />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic title={t('guide.fees')} value={c.fees.length ? t('guide.charged') : t('guide.free')} />
                </Col>
              </Row>
              <PromiseChain sources={matter.promiseSources} />
              {!matter.unitName && !c.acceptingTiers.includes('COUNTY') ? (
                <Alert
                  type="warning"
                  showIcon
                  data-testid="guide-referral"
                  title={t('guide.referral', { where: c.acceptingTiers.map((x) => t(`guide.referralTier.${x}`)).join(t('guide.referralOr')) })}
                  description={<PlacePicker countyCode={countyCode} />}
                />
              ) : null}
              <div>
                <Button
                  type="primary"
                  icon={<PrinterOutlined />}
                  href={`/guide/${countyCode}/${implementationCode}/notice.pdf${matter.unitCode ? `?unit=${matter.unitCode}` : ''}`}
                  target="_blank"
                  data-testid="guide-print-notice"
                >
                  {t('guide.printNotice')}
                </Button>
              </div>
            </Space>
          </Card>
          <Card>
            <MatterContentView content={c} implementingBodyName={matter.implementingBodyName} testId="guide-content" />
          </Card>
        </Space>
      ) : null}
    </GuideLayout>
  );
}
