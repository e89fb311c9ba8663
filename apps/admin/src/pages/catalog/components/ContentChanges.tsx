import { Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import type { MatterContentFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { diffContents, type ListDiff } from './diff';

function ListChanges({ diff, testId }: { diff: ListDiff; testId: string }) {
  const t = useT();
  if (!diff.added.length && !diff.removed.length && !diff.changed.length) return <Typography.Text type="secondary">{t('diff.unchanged')}</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap data-testid={testId}>
      {diff.added.map((name) => (
        <Tag key={`+${name}`} color="green">
          + {name}
        </Tag>
      ))}
      {diff.removed.map((name) => (
        <Tag key={`-${name}`} color="red">
          − {name}
        </Tag>
      ))}
      {diff.changed.map((name) => (
        <Tag key={`~${name}`} color="blue">
          ~ {name}
        </Tag>
      ))}
    </Space>
  );
}

interface Props {
  before: MatterContentFieldsFragment | null;
  after: MatterContentFieldsFragment;
  /** Prefix of the test ids: `${prefix}-limits`, `-materials`, `-steps`, `-fees`, `-fields`. */
  testIdPrefix: string;
  beforeLabel?: string;
  afterLabel?: string;
  /** Shown for the other elements when there is nothing before. */
  firstLabel?: string;
}

/** Field by field, what `after` changes against `before`: the limits, the lists by item, the other elements. */
export function ContentChanges({ before, after, testIdPrefix, beforeLabel, afterLabel, firstLabel }: Props) {
  const t = useT();
  const diff = diffContents(before, after);
  const limitRows = (['statutoryDays', 'promisedDays', 'naturalDayCap'] as const).map((key) => ({ key, ...diff.limits[key] }));
  const show = (value: number | null) => (value == null ? '—' : String(value));
  return (
    <>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={limitRows}
        data-testid={`${testIdPrefix}-limits`}
        columns={[
          { key: 'limit', title: t('diff.limit'), render: (_, row) => t(`matter.${row.key}`) },
          { key: 'before', title: beforeLabel ?? t('diff.before'), render: (_, row) => show(row.before) },
          {
            key: 'after',
            title: afterLabel ?? t('diff.after'),
            render: (_, row) => (
              <Typography.Text strong={row.before !== row.after} type={row.before !== row.after ? 'warning' : undefined}>
                {show(row.after)}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'materials', label: t('editor.section.materials'), children: <ListChanges diff={diff.materials} testId={`${testIdPrefix}-materials`} /> },
          { key: 'steps', label: t('editor.section.steps'), children: <ListChanges diff={diff.steps} testId={`${testIdPrefix}-steps`} /> },
          { key: 'fees', label: t('editor.section.fees'), children: <ListChanges diff={diff.fees} testId={`${testIdPrefix}-fees`} /> },
          {
            key: 'fields',
            label: t('diff.fields'),
            children: diff.fields.length ? (
              <Space size={[4, 4]} wrap data-testid={`${testIdPrefix}-fields`}>
                {diff.fields.map((key) => (
                  <Tag key={key}>{t(`matter.${key}`)}</Tag>
                ))}
              </Space>
            ) : before ? (
              <Typography.Text type="secondary">{t('diff.unchanged')}</Typography.Text>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={firstLabel} />
            ),
          },
        ]}
      />
    </>
  );
}
