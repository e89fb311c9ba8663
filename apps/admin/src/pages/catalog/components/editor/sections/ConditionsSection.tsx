import { Card, Form, Input } from 'antd';
import { useT } from '../../../../../i18n/i18n';
import { cellItemStyle, EditableRows } from '../EditableRows';

/** 办理条件: one condition per row. */
export function ConditionsSection() {
  const t = useT();
  return (
    <Card size="small" title={t('editor.section.conditions')} id="section-conditions">
      <EditableRows<string>
        name="conditions"
        testId="conditions"
        addLabel={t('editor.addCondition')}
        newRow={() => ''}
        columns={[
          {
            key: 'text',
            title: t('matter.conditions'),
            render: (field) => (
              <Form.Item name={field.name} style={cellItemStyle} rules={[{ required: true, message: t('editor.required') }]}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
              </Form.Item>
            ),
          },
        ]}
      />
    </Card>
  );
}
