import { useState } from 'react';
import { Alert, DatePicker, Form, Modal, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { MatterContentFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { beijingToday } from '../../../time';
import { ContentChanges } from './ContentChanges';
import { diffContents } from './diff';

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

/** Publishing shows what changes against the version in force and asks for the effective date. */
export function PublishDialog({ open, inForce, inForceVersion, draft, publishing, error, onPublish, onCancel }: Props) {
  const t = useT();
  const [date, setDate] = useState<Dayjs>(() => dayjs(beijingToday()));
  const diff = diffContents(inForce, draft);

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
        <ContentChanges before={inForce} after={draft} testIdPrefix="publish" firstLabel={t('publish.first')} />
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
