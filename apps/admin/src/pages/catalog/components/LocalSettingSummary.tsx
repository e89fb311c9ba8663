import { useQuery } from '@apollo/client/react';
import { Space, Spin, Typography } from 'antd';
import { PromiseChain } from './PromiseChain';
import { EffectiveCatalogDocument } from '../../../graphql/catalog';
import { useT } from '../../../i18n/i18n';

/** One unit's local setting of one matter, in a line: what it changed, or that it follows the county. */
export function LocalSettingSummary({ unitId, matterId }: { unitId: string; matterId: string }) {
  const t = useT();
  const result = useQuery(EffectiveCatalogDocument, { variables: { orgUnitId: unitId } });
  if (result.loading) return <Spin size="small" />;
  const entry = result.data?.effectiveCatalog.find((m) => m.matterId === matterId);
  const own = entry?.localSettings.find((s) => s.orgUnitId === unitId);
  if (!entry) return <Typography.Text type="secondary">{t('cascade.notHere')}</Typography.Text>;
  if (!own) return <Typography.Text type="secondary">{t('cascade.followsCounty')}</Typography.Text>;
  const parts = [
    own.address ? t('common.labelled', { label: t('local.address'), value: own.address }) : null,
    own.hours ? t('common.labelled', { label: t('local.hours'), value: own.hours }) : null,
    own.phone ? t('common.labelled', { label: t('local.phone'), value: own.phone }) : null,
    own.windowName ? t('common.labelled', { label: t('local.window'), value: `${own.windowName}${own.windowClosed ? t('common.parenthesized', { text: t('local.windowClosed') }) : ''}` }) : null,
  ].filter(Boolean);
  return (
    <Space orientation="vertical" size={0} data-testid="cascade-setting">
      {own.promisedDays != null ? <PromiseChain sources={entry.promiseSources} /> : null}
      {parts.length ? <Typography.Text>{parts.join(t('common.clauseSeparator'))}</Typography.Text> : null}
    </Space>
  );
}
