import { SectionTitle } from './SectionTitle';
import { Card, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import type { MaterialInput } from '../../../../../gql/graphql';
import { useT } from '../../../../../i18n/i18n';
import { MATERIAL_FORMS } from '../../options';
import { cellItemStyle, EditableRows } from '../EditableRows';
import { SectionError } from './SectionError';
import { useWholeNumberRule } from '../../../../../components/wholeNumberRule';

/** 申请材料: form, copies, required, 容缺 (may come later), 免提交 (from shared data). */
export function MaterialsSection({ error }: { error?: string }) {
  const t = useT();
  const whole = useWholeNumberRule();
  const flag = (name: number, key: keyof MaterialInput, testId: string) => (
    <Form.Item name={[name, key]} valuePropName="checked" style={cellItemStyle}>
      <Checkbox data-testid={testId} />
    </Form.Item>
  );
  return (
    <Card size="small" title={<SectionTitle required label={t('editor.section.materials')} />} id="section-materials">
      <SectionError message={error} testId="section-error-materials" />
      <EditableRows<MaterialInput>
        name="materials"
        testId="materials"
        addLabel={t('editor.addMaterial')}
        newRow={() => ({ name: '', form: 'ORIGINAL', copies: 1, required: true, deferrable: false, sharedData: false, note: null })}
        columns={[
          {
            key: 'name',
            title: t('material.name'),
            render: (field, index) => (
              <Form.Item name={[field.name, 'name']} style={cellItemStyle} rules={[{ required: true, message: t('editor.required') }]}>
                <Input data-testid={`material-name-${index}`} />
              </Form.Item>
            ),
          },
          {
            key: 'form',
            title: t('material.form'),
            width: 140,
            render: (field) => (
              <Form.Item name={[field.name, 'form']} style={cellItemStyle}>
                <Select options={MATERIAL_FORMS.map((value) => ({ value, label: t(`materialForm.${value}`) }))} />
              </Form.Item>
            ),
          },
          {
            key: 'copies',
            title: t('material.copies'),
            width: 80,
            render: (field) => (
              <Form.Item name={[field.name, 'copies']} style={cellItemStyle} rules={[whole(1)]}>
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            ),
          },
          { key: 'required', title: t('material.required'), width: 64, render: (field, index) => flag(field.name, 'required', `material-required-${index}`) },
          { key: 'deferrable', title: t('material.deferrable'), width: 64, render: (field, index) => flag(field.name, 'deferrable', `material-deferrable-${index}`) },
          { key: 'sharedData', title: t('material.sharedData'), width: 64, render: (field, index) => flag(field.name, 'sharedData', `material-shared-${index}`) },
          {
            key: 'note',
            title: t('material.note'),
            width: 180,
            render: (field) => (
              <Form.Item name={[field.name, 'note']} style={cellItemStyle}>
                <Input />
              </Form.Item>
            ),
          },
        ]}
      />
    </Card>
  );
}
