import { useMutation } from '@apollo/client/react';
import { Form, Input, Modal, Select } from 'antd';
import type { CallbackAnswer, RectificationFieldsFragment } from '../../gql/graphql';
import { CloseRectificationDocument, RecordRectificationCallbackDocument, RecordRectificationMeasuresDocument, RectificationsDocument, VerifyRectificationDocument } from '../../graphql/evaluation';
import { useRunMutation } from '../../components/useRunMutation';
import { validValues } from '../../components/validValues';
import { useT } from '../../i18n/i18n';

const ANSWERS: CallbackAnswer[] = ['SATISFIED', 'BASIC', 'DISSATISFIED', 'UNREACHABLE'];

/** The next step of a rectification: 核实, 整改, 回访 (with the applicant's answer) or 复核. */
export function RectificationStepDialog({ rectification: x, onClose }: { rectification: RectificationFieldsFragment; onClose: () => void }) {
  const t = useT();
  const run = useRunMutation();
  const [form] = Form.useForm<{ text: string; applicantAnswer?: CallbackAnswer }>();
  const options = { refetchQueries: [RectificationsDocument] };
  const [verify, v] = useMutation(VerifyRectificationDocument, options);
  const [measures, ms] = useMutation(RecordRectificationMeasuresDocument, options);
  const [callback, cb] = useMutation(RecordRectificationCallbackDocument, options);
  const [close, cl] = useMutation(CloseRectificationDocument, options);
  const state = x.state === 'CLOSED' ? 'CALLBACK_DONE' : x.state;

  async function confirm() {
    const values = await validValues(form);
    if (!values) return;
    const variables = { id: x.id, input: { text: values.text.trim(), applicantAnswer: values.applicantAnswer ?? null } };
    const mutate: Record<typeof state, () => Promise<unknown>> = {
      OPEN: () => verify({ variables }),
      VERIFIED: () => measures({ variables }),
      RECTIFIED: () => callback({ variables }),
      CALLBACK_DONE: () => close({ variables }),
    };
    if (await run(mutate[state], t('evaluation.act.done'))) onClose();
  }

  return (
    <Modal
      open
      title={`${t(`evaluation.act.${state}`)} · ${x.caseNumber ?? ''}`}
      okText={t('common.ok')}
      onOk={() => void confirm()}
      confirmLoading={v.loading || ms.loading || cb.loading || cl.loading}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'rect-step-ok' } as never}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="text" label={t(`evaluation.act.text.${state}`)} rules={[{ required: true, whitespace: true, max: 1000, message: t('evaluation.act.required') }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="rect-step-text" />
        </Form.Item>
        {state === 'RECTIFIED' ? (
          <Form.Item name="applicantAnswer" label={t('evaluation.act.answer')} rules={[{ required: true, message: t('evaluation.act.required') }]}>
            <Select options={ANSWERS.map((a) => ({ value: a, label: t(`answer.${a}`) }))} data-testid="rect-step-answer" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
