import { useState } from 'react';
import { Alert, DatePicker, Descriptions, Empty, Form, Modal, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { MatterContentFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { beijingToday } from '../../../time';
import { diffContents, type ListDiff } from './diff';

interface Props {
  open: boolean;
  inForce: MatterContentFieldsFragment | null;
  inForceVersion: number | null;
  draft: MatterContentFieldsFragment;
  publishing: boolean;
  error?: React.ReactNode;
  onPublish(effectiveFrom: string): void;
  onCancel(): void;
}

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

/** Publishing shows what changes against the version in force and asks for the effective date. */
export function PublishDialog({ open, inForce, inForceVersion, draft, publishing, error, onPublish, onCancel }: Props) {
  const t = useT();
  const [date, setDate] = useState<Dayjs>(() => dayjs(beijingToday()));
  const diff = diffContents(inForce, draft);
  const limitRows = (['statutoryDays', 'promisedDays', 'naturalDayCap'] as const).map((key) => ({ key, ...diff.limits[key] }));
  const show = (value: number | null) => (value == null ? '—' : String(value));

  return (
    <Modal
      open={open}
      width={760}
      title={t('publish.title')}
      okText={t('publish.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={publishing}
      onOk={() => onPublish(date.format('YYYY-MM-DD'))}
      onCancel={onCancel}
      okButtonProps={{ 'data-testid': 'publish-confirm' }}
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="publish-dialog">
        <Typography.Text type="secondary">
          {inForce ? t('publish.against', { version: inForceVersion ?? '—' }) : t('publish.first')}
        </Typography.Text>
        {diff.empty ? <Alert type="warning" showIcon title={t('publish.noChanges')} /> : null}
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={limitRows}
          data-testid="publish-limits"
          columns={[
            { key: 'limit', title: t('diff.limit'), render: (_, row) => t(`matter.${row.key}`) },
            { key: 'before', title: t('diff.before'), render: (_, row) => show(row.before) },
            {
              key: 'after',
              title: t('diff.after'),
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
            { key: 'materials', label: t('editor.section.materials'), children: <ListChanges diff={diff.materials} testId="publish-materials" /> },
            { key: 'steps', label: t('editor.section.steps'), children: <ListChanges diff={diff.steps} testId="publish-steps" /> },
            { key: 'fees', label: t('editor.section.fees'), children: <ListChanges diff={diff.fees} testId="publish-fees" /> },
            {
              key: 'fields',
              label: t('diff.fields'),
              children: diff.fields.length ? (
                <Space size={[4, 4]} wrap data-testid="publish-fields">
                  {diff.fields.map((key) => (
                    <Tag key={key}>{t(`matter.${key}`)}</Tag>
                  ))}
                </Space>
              ) : inForce ? (
                <Typography.Text type="secondary">{t('diff.unchanged')}</Typography.Text>
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publish.first')} />
              ),
            },
          ]}
        />
        <Form layout="inline">
          <Form.Item label={t('publish.effectiveFrom')} required>
            <DatePicker
              value={date}
              allowClear={false}
              onChange={(value) => value && setDate(value)}
              disabledDate={(day) => day.isBefore(dayjs(beijingToday()), 'day')}
              data-testid="publish-date"
            />
          </Form.Item>
        </Form>
        {error}
      </Space>
    </Modal>
  );
}
