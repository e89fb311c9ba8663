import { SectionTitle } from './SectionTitle';
import { Card, Col, Form, InputNumber, Radio, Row, Switch } from 'antd';
import { useT } from '../../../../../i18n/i18n';
import { CASE_KINDS } from '../../options';
import { useWholeNumberRule } from '../../../../../components/wholeNumberRule';

/** 办件类型与时限: statutory and promised working days, the optional natural-day cap (双限时). */
export function TimeLimitsSection() {
  const t = useT();
  const whole = useWholeNumberRule();
  const required = [{ required: true, message: t('editor.required') }];
  const requiredDays = [...required, whole(0)];
  const days = t('editor.workingDays');
  return (
    <Card size="small" title={<SectionTitle required label={t('editor.section.limits')} />} id="section-limits">
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
          <Form.Item name="statutoryDays" label={t('matter.statutoryDays')} rules={requiredDays}>
            <InputNumber suffix={days} style={{ width: '100%' }} data-testid="matter-statutoryDays" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="promisedDays" label={t('matter.promisedDays')} rules={requiredDays} extra={t('editor.promisedHint')}>
            <InputNumber suffix={days} style={{ width: '100%' }} data-testid="matter-promisedDays" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="naturalDayCap" label={t('matter.naturalDayCap')} extra={t('editor.naturalCapHint')} rules={[whole(1)]}>
            <InputNumber suffix={t('editor.naturalDays')} style={{ width: '100%' }} data-testid="matter-naturalDayCap" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="deemedApproval" label={t('matter.deemedApproval')} extra={t('editor.deemedApprovalHint')} valuePropName="checked">
        <Switch data-testid="matter-deemedApproval" />
      </Form.Item>
    </Card>
  );
}
