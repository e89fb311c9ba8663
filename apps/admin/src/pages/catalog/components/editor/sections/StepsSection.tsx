import { Card, Checkbox, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { ProcedureStepInput } from '../../../../../gql/graphql';
import { useT } from '../../../../../i18n/i18n';
import { STEP_KINDS } from '../../options';
import { cellItemStyle, EditableRows } from '../EditableRows';
import { SectionError } from './SectionError';
import { useWholeNumberRule } from '../../../../../components/wholeNumberRule';

/** 办理流程: each step's share of the limit; site surveys and expert reviews are usually not counted. */
export function StepsSection({ error }: { error?: string }) {
  const t = useT();
  const whole = useWholeNumberRule();
  const steps = Form.useWatch<ProcedureStepInput[] | undefined>('steps');
  const promised = Form.useWatch<number | undefined>('promisedDays');
  const counted = (steps ?? []).filter((step) => step?.counted).reduce((sum, step) => sum + (Number(step?.days) || 0), 0);
  const over = promised != null && counted > promised;
  return (
    <Card
      size="small"
      title={t('editor.section.steps')}
      id="section-steps"
      extra={
        <Typography.Text type={over ? 'danger' : 'secondary'} data-testid="steps-sum">
          {t('editor.stepsSum', { counted, promised: promised ?? '—' })}
        </Typography.Text>
      }
    >
      <SectionError message={error} testId="section-error-steps" />
      <EditableRows<ProcedureStepInput>
        name="steps"
        testId="steps"
        orderable
        addLabel={t('editor.addStep')}
        newRow={() => ({ name: '', kind: 'REVIEW', days: 1, counted: true })}
        columns={[
          {
            key: 'kind',
            title: t('step.kind'),
            width: 140,
            render: (field) => (
              <Form.Item name={[field.name, 'kind']} style={cellItemStyle}>
                <Select options={STEP_KINDS.map((value) => ({ value, label: t(`stepKind.${value}`) }))} />
              </Form.Item>
            ),
          },
          {
            key: 'name',
            title: t('step.name'),
            render: (field) => (
              <Form.Item name={[field.name, 'name']} style={cellItemStyle} rules={[{ required: true, message: t('editor.required') }]}>
                <Input />
              </Form.Item>
            ),
          },
          {
            key: 'days',
            title: t('step.days'),
            width: 140,
            render: (field, index) => (
              <Form.Item name={[field.name, 'days']} style={cellItemStyle} rules={[whole(0)]}>
                <InputNumber style={{ width: '100%' }} data-testid={`step-days-${index}`} />
              </Form.Item>
            ),
          },
          {
            key: 'counted',
            title: t('step.counted'),
            width: 90,
            render: (field) => (
              <Form.Item name={[field.name, 'counted']} valuePropName="checked" style={cellItemStyle}>
                <Checkbox />
              </Form.Item>
            ),
          },
        ]}
      />
    </Card>
  );
}
