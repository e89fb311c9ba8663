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
    own.address ? `${t('local.address')}：${own.address}` : null,
    own.hours ? `${t('local.hours')}：${own.hours}` : null,
    own.phone ? `${t('local.phone')}：${own.phone}` : null,
    own.windowName ? `${t('local.window')}：${own.windowName}${own.windowClosed ? `（${t('local.windowClosed')}）` : ''}` : null,
  ].filter(Boolean);
  return (
    <Space orientation="vertical" size={0} data-testid="cascade-setting">
      {own.promisedDays != null ? <PromiseChain sources={entry.promiseSources} /> : null}
      {parts.length ? <Typography.Text>{parts.join('；')}</Typography.Text> : null}
    </Space>
  );
}
