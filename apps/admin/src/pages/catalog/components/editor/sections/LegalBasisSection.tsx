import { Card, Form, Input, Select } from 'antd';
import type { LegalBasisInput } from '../../../../../gql/graphql';
import { useT } from '../../../../../i18n/i18n';
import { BASIS_LEVELS } from '../../options';
import { cellItemStyle, EditableRows } from '../EditableRows';

/** 事项依据: ordered by force, from law down to normative documents. */
export function LegalBasisSection() {
  const t = useT();
  return (
    <Card size="small" title={t('editor.section.legalBasis')} id="section-legalBasis">
      <EditableRows<LegalBasisInput>
        name="legalBasis"
        testId="legal-basis"
        orderable
        addLabel={t('editor.addBasis')}
        newRow={() => ({ level: 'LAW', title: '', article: null })}
        columns={[
          {
            key: 'level',
            title: t('basis.level'),
            width: 170,
            render: (field) => (
              <Form.Item name={[field.name, 'level']} style={cellItemStyle}>
                <Select options={BASIS_LEVELS.map((value) => ({ value, label: t(`basisLevel.${value}`) }))} />
              </Form.Item>
            ),
          },
          {
            key: 'title',
            title: t('basis.title'),
            render: (field) => (
              <Form.Item name={[field.name, 'title']} style={cellItemStyle} rules={[{ required: true, message: t('editor.required') }]}>
                <Input placeholder="《中华人民共和国行政许可法》" />
              </Form.Item>
            ),
          },
          {
            key: 'article',
            title: t('basis.article'),
            width: 160,
            render: (field) => (
              <Form.Item name={[field.name, 'article']} style={cellItemStyle}>
                <Input placeholder="第二十九条" />
              </Form.Item>
            ),
          },
        ]}
      />
    </Card>
  );
}
