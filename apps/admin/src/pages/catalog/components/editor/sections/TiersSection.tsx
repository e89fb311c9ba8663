import { SectionTitle } from './SectionTitle';
import { Card, Col, Form, Radio, Row } from 'antd';
import { useT } from '../../../../../i18n/i18n';
import { CheckboxGroupField } from '../../../../../components/CheckboxGroupField';
import { TIERS } from '../../options';

/** 受理层级与办理层级: cases go up from where they are accepted, never down. */
export function TiersSection() {
  const t = useT();
  const options = TIERS.map((value) => ({ value, label: t(`tier.${value}`) }));
  return (
    <Card size="small" title={<SectionTitle required label={t('editor.section.tiers')} />} id="section-tiers">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="acceptingTiers" label={t('matter.acceptingTiers')} rules={[{ required: true, message: t('editor.required') }]}>
            <CheckboxGroupField aria-label={t('matter.acceptingTiers')} options={options} data-testid="matter-acceptingTiers" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="decidingTier" label={t('matter.decidingTier')} rules={[{ required: true, message: t('editor.required') }]}>
            <Radio.Group optionType="button" options={options} data-testid="matter-decidingTier" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
