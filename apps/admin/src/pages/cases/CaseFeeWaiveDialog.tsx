import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Form, Input, Modal, Select } from 'antd';
import type { CaseFeeFieldsFragment, SpecialGroup } from '../../gql/graphql';
import { CaseDocument } from '../../graphql/cases';
import { CaseFeesDocument, WaiveCaseFeeDocument } from '../../graphql/fees';
import { useRunMutation } from '../../components/useRunMutation';
import { validValues } from '../../components/validValues';
import { useT } from '../../i18n/i18n';

const GROUPS: SpecialGroup[] = ['ELDERLY', 'DISABLED', 'LOW_INCOME', 'ENTITLED'];

/** 减免: the special group the applicant belongs to and why; the API checks the applicant's record and the matter. */
export function CaseFeeWaiveDialog({ caseId, fee, onClose }: { caseId: string; fee: CaseFeeFieldsFragment | null; onClose: () => void }) {
  const t = useT();
  const run = useRunMutation();
  const [form] = Form.useForm<{ group: SpecialGroup; reason: string }>();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [waive, state] = useMutation(WaiveCaseFeeDocument, { refetchQueries: [CaseFeesDocument, CaseDocument] });
  if (!fee) return null;

  async function confirm() {
    const values = await validValues(form);
    if (!values || !fee) return;
    const done = await run(() => waive({ variables: { caseId, input: { idempotencyKey: key, feeId: fee.id, group: values.group, reason: values.reason } } }), t('fees.waived'));
    if (done) {
      setKey(crypto.randomUUID());
      form.resetFields();
      onClose();
    }
  }

  return (
    <Modal open title={t('fees.waiveTitle', { name: fee.name })} okText={t('common.ok')} onOk={() => void confirm()} confirmLoading={state.loading} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="group" label={t('fees.group')} rules={[{ required: true, message: t('fees.groupRequired') }]}>
          <Select data-testid="fee-waive-group" options={GROUPS.map((g) => ({ value: g, label: t(`fees.group.${g}`) }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('fees.reason')} rules={[{ required: true, whitespace: true, message: t('fees.reasonRequired') }, { max: 500 }]}>
          <Input.TextArea rows={3} data-testid="fee-waive-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
