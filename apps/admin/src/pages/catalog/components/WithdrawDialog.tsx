import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Form, Input, Modal, Typography } from 'antd';
import { ErrorAlert } from '../../../ErrorAlert';
import { MatterDocument, MattersDocument, WithdrawMatterVersionDocument } from '../../../graphql/catalog';
import { useT } from '../../../i18n/i18n';

/** 撤回 a scheduled version (待施行) with a reason; the server refuses once it took effect. */
export function WithdrawDialog({ matterId, version, onDone, onCancel }: { matterId: string; version: number | null; onDone(version: number): void; onCancel(): void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [withdraw, { loading }] = useMutation(WithdrawMatterVersionDocument, { refetchQueries: [MatterDocument, MattersDocument], awaitRefetchQueries: true });
  async function submit() {
    if (version === null) return;
    setError(null);
    try {
      await withdraw({ variables: { matterId, version, reason } });
      setReason('');
      onDone(version);
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Modal
      open={version !== null}
      title={t('versions.withdrawTitle', { version: version ?? '' })}
      okText={t('versions.withdraw')}
      okButtonProps={{ danger: true, disabled: reason.trim().length < 2, 'data-testid': 'withdraw-confirm' }}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => void submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('versions.withdrawHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('versions.withdrawReason')} required>
          <Input.TextArea rows={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="withdraw-reason" />
        </Form.Item>
      </Form>
      <ErrorAlert error={error} testId="withdraw-error" />
    </Modal>
  );
}
