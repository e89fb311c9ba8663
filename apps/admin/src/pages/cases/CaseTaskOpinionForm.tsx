import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Radio, Space } from 'antd';
import { CaseDocument } from '../../graphql/cases';
import { CaseJointDocument, GiveCaseTaskOpinionDocument } from '../../graphql/case-tasks';
import { useRunMutation } from '../../components/useRunMutation';
import { validValues } from '../../components/validValues';
import { useT } from '../../i18n/i18n';

interface OpinionForm {
  agree: boolean;
  reason?: string;
}

/** A joint department's approver gives its opinion on its task: agree, or disagree with a reason. */
export function CaseTaskOpinionForm({ taskId }: { taskId: string }) {
  const t = useT();
  const run = useRunMutation();
  const [form] = Form.useForm<OpinionForm>();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [give, state] = useMutation(GiveCaseTaskOpinionDocument, { refetchQueries: [CaseJointDocument, CaseDocument] });
  const agree = Form.useWatch('agree', form);

  async function submit() {
    const values = await validValues(form);
    if (!values) return;
    const done = await run(() => give({ variables: { taskId, input: { idempotencyKey: key, agree: values.agree, reason: values.reason } } }), t('joint.given'));
    if (done) setKey(crypto.randomUUID());
  }

  return (
    <Form form={form} layout="inline" initialValues={{ agree: true }} data-testid={`joint-opinion-form-${taskId}`}>
      <Form.Item name="agree">
        <Radio.Group>
          <Radio value={true} data-testid="joint-agree">
            {t('joint.agree')}
          </Radio>
          <Radio value={false} data-testid="joint-disagree">
            {t('joint.disagree')}
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="reason" rules={agree === false ? [{ required: true, whitespace: true, message: t('joint.reasonRequired') }] : []}>
        <Input placeholder={t('joint.reason')} maxLength={500} style={{ minWidth: 240 }} data-testid="joint-reason" />
      </Form.Item>
      <Space>
        <Button type="primary" loading={state.loading} onClick={() => void submit()} data-testid="joint-submit">
          {t('joint.give')}
        </Button>
      </Space>
    </Form>
  );
}
