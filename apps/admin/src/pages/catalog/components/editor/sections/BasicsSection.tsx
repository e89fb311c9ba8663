import { SectionTitle } from './SectionTitle';
import { Card, Col, Form, Input, Row, Select } from 'antd';
import { useT } from '../../../../../i18n/i18n';
import { CheckboxGroupField } from '../../../../../components/CheckboxGroupField';
import { APPLICANT_KINDS, MATTER_TYPES } from '../../options';
import type { Departments } from '../../useDepartments';

/** 基本信息: codes, name, type, who may apply, implementing body and co-implementing departments. */
export function BasicsSection({ departments, codesFixed }: { departments: Departments; codesFixed: boolean }) {
  const t = useT();
  const required = [{ required: true, message: t('editor.required') }];
  const departmentOptions = departments.departments.map((unit) => ({ value: unit.id, label: unit.name }));
  return (
    <Card size="small" title={<SectionTitle required label={t('editor.section.basics')} />} id="section-basics">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('matter.name')} rules={required}>
            <Input data-testid="matter-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="type" label={t('matter.type')} rules={required}>
            <Select options={MATTER_TYPES.map((value) => ({ value, label: t(`matterType.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="subType" label={t('matter.subType')}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="implementationCode" label={t('matter.implementationCode')} rules={required} extra={codesFixed ? t('editor.codesFixed') : undefined}>
            <Input disabled={codesFixed} data-testid="matter-implementationCode" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="basicCode" label={t('matter.basicCode')} rules={required}>
            <Input disabled={codesFixed} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="applicantKinds" label={t('matter.applicantKinds')} rules={required}>
            <CheckboxGroupField aria-label={t('matter.applicantKinds')} options={APPLICANT_KINDS.map((value) => ({ value, label: t(`applicantKind.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="specialGroups" label={t('matter.specialGroups')}>
            <Select mode="tags" tokenSeparators={[',', '，', '、']} placeholder={t('editor.tagsHint')} aria-label={t('editor.tagsHint')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="implementingBodyId" label={t('matter.implementingBody')} rules={required}>
            <Select showSearch optionFilterProp="label" options={departmentOptions} data-testid="matter-implementingBody" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="handlingOffice" label={t('matter.handlingOffice')}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="coImplementingBodyIds" label={t('matter.coImplementingBodies')}>
            <Select mode="multiple" showSearch optionFilterProp="label" options={departmentOptions} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
