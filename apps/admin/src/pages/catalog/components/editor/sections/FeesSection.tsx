import { Card, Form, Input, Typography } from 'antd';
import type { FeeItemInput } from '../../../../../gql/graphql';
import { useT } from '../../../../../i18n/i18n';
import { cellItemStyle, EditableRows } from '../EditableRows';

/** 收费项目: every fee names its legal basis; no rows means the matter is free. */
export function FeesSection() {
  const t = useT();
  return (
    <Card size="small" title={t('editor.section.fees')} id="section-fees" extra={<Typography.Text type="secondary">{t('editor.feesHint')}</Typography.Text>}>
      <EditableRows<FeeItemInput>
        name="fees"
        testId="fees"
        addLabel={t('editor.addFee')}
        newRow={() => ({ name: '', basis: '', amount: '0.00' })}
        columns={[
          {
            key: 'name',
            title: t('fee.name'),
            width: 220,
            render: (field, index) => (
              <Form.Item name={[field.name, 'name']} style={cellItemStyle} rules={[{ required: true, message: t('editor.required') }]}>
                <Input data-testid={`fee-name-${index}`} />
              </Form.Item>
            ),
          },
          {
            key: 'basis',
            title: t('fee.basis'),
            render: (field, index) => (
              <Form.Item name={[field.name, 'basis']} style={cellItemStyle}>
                <Input data-testid={`fee-basis-${index}`} />
              </Form.Item>
            ),
          },
          {
            key: 'amount',
            title: t('fee.amount'),
            width: 130,
            render: (field, index) => (
              <Form.Item
                name={[field.name, 'amount']}
                style={cellItemStyle}
                rules={[{ pattern: /^\d+(\.\d{1,2})?$/, message: t('editor.amountRule') }]}
              >
                <Input suffix={t('editor.yuan')} data-testid={`fee-amount-${index}`} />
              </Form.Item>
            ),
          },
        ]}
      />
    </Card>
  );
}
