import { SectionTitle } from './SectionTitle';
import { Card, Col, Form, Input, Row } from 'antd';
import { useT } from '../../../../../i18n/i18n';

/** 办理地点、时间与电话: what the public guide prints for where and when to come. */
export function PlaceSection() {
  const t = useT();
  const required = [{ required: true, message: t('editor.required') }];
  return (
    <Card size="small" title={<SectionTitle required label={t('editor.section.place')} />} id="section-place">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="place" label={t('matter.place')} rules={required}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="hours" label={t('matter.hours')} rules={required}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="consultPhone" label={t('matter.consultPhone')} rules={required}>
            <Input data-testid="matter-consultPhone" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="supervisionPhone" label={t('matter.supervisionPhone')} rules={required}>
            <Input data-testid="matter-supervisionPhone" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="postalAddress" label={t('matter.postalAddress')}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
