import { Card, Col, Form, InputNumber, Radio, Row } from 'antd';
import { useT } from '../../../../../i18n/i18n';
import { CASE_KINDS } from '../../options';

/** 办件类型与时限: statutory and promised working days, the optional natural-day cap (双限时). */
export function TimeLimitsSection() {
  const t = useT();
  const required = [{ required: true, message: t('editor.required') }];
  const days = t('editor.workingDays');
  return (
    <Card size="small" title={t('editor.section.limits')} id="section-limits">
      <Form.Item name="caseKind" label={t('matter.caseKind')} rules={required}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={CASE_KINDS.map((value) => ({ value, label: t(`caseKind.${value}`) }))}
          data-testid="matter-caseKind"
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="statutoryDays" label={t('matter.statutoryDays')} rules={required}>
            <InputNumber min={0} precision={0} suffix={days} style={{ width: '100%' }} data-testid="matter-statutoryDays" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="promisedDays" label={t('matter.promisedDays')} rules={required} extra={t('editor.promisedHint')}>
            <InputNumber min={0} precision={0} suffix={days} style={{ width: '100%' }} data-testid="matter-promisedDays" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="naturalDayCap" label={t('matter.naturalDayCap')} extra={t('editor.naturalCapHint')}>
            <InputNumber min={1} precision={0} suffix={t('editor.naturalDays')} style={{ width: '100%' }} data-testid="matter-naturalDayCap" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
