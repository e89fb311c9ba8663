import { Space, Tag, Typography } from 'antd';
import type { Tier } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';

export interface PromiseLink {
  tier: Tier;
  unitName: string;
  promisedDays: number;
  inEffect: boolean;
}

/**
 * 汉阴县 10 → 城关镇 5（生效）→ 南街社区 8（未生效）: where a unit's promised limit comes from,
 * the same on every page. Shown only when something local shortened the county's promise.
 */
export function PromiseChain({ sources, testId = 'promise-chain' }: { sources: readonly PromiseLink[]; testId?: string }) {
  const t = useT();
  if (sources.length < 2) return null;
  return (
    <Space size={4} wrap data-testid={testId}>
      {sources.map((s, i) => (
        <span key={`${s.tier}-${s.unitName}`} data-testid="promise-link">
          {i > 0 ? <Typography.Text type="secondary"> → </Typography.Text> : null}
          <Typography.Text delete={!s.inEffect && i > 0} type={s.inEffect ? undefined : 'secondary'}>
            {s.unitName} {t('guide.days', { n: s.promisedDays })}
          </Typography.Text>{' '}
          {s.inEffect ? <Tag color="green">{t('promise.inEffect')}</Tag> : i > 0 ? <Tag>{t('promise.notInEffect')}</Tag> : null}
        </span>
      ))}
      <Typography.Text type="secondary">{t('common.parenthesized', { text: t('promise.rule') })}</Typography.Text>
    </Space>
  );
}
