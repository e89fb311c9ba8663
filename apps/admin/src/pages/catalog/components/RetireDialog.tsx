import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ErrorAlert } from '../../../ErrorAlert';
import { MatterDocument, MattersDocument, RetireMatterDocument } from '../../../graphql/catalog';
import { useT } from '../../../i18n/i18n';
import { beijingToday } from '../../../time';

/** 取消事项: asks for the reason and the date from which it holds (today or later). */
export function RetireDialog({ matterId, open, onDone, onCancel }: { matterId: string; open: boolean; onDone(date: string): void; onCancel(): void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [date, setDate] = useState<Dayjs>(() => dayjs(beijingToday()));
  const [error, setError] = useState<unknown>(null);
  const [retire, { loading }] = useMutation(RetireMatterDocument, { refetchQueries: [MatterDocument, MattersDocument], awaitRefetchQueries: true });
  async function submit() {
    setError(null);
    const effectiveOn = date.format('YYYY-MM-DD');
    try {
      await retire({ variables: { matterId, reason, effectiveOn } });
      onDone(effectiveOn);
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Modal
      open={open}
      title={t('retire.title')}
      okText={t('retire.confirm')}
      okButtonProps={{ danger: true, disabled: reason.trim().length < 2, 'data-testid': 'retire-confirm' }}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => void submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('retire.hint')}</Typography.Paragraph>
      <Form layout="vertical" data-testid="retire-dialog">
        <Form.Item label={t('retire.reason')} required>
          <Input.TextArea
            rows={3}
            maxLength={500}
            placeholder={t('retire.reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="retire-reason"
          />
        </Form.Item>
        <Form.Item label={t('retire.effectiveOn')} required>
          <DatePicker
            value={date}
            allowClear={false}
            onChange={(value) => value && setDate(value)}
            disabledDate={(day) => day.isBefore(dayjs(beijingToday()), 'day')}
            data-testid="retire-date"
          />
        </Form.Item>
      </Form>
      <ErrorAlert error={error} testId="retire-error" />
    </Modal>
  );
}
