import { Card, Checkbox, Col, Form, Radio, Row, Select, Switch } from 'antd';
import { useT } from '../../../../../i18n/i18n';
import { DELIVERY_OPTIONS } from '../../options';

/** 结果与服务方式: result documents, delivery, visits, online depth, proxy filing. */
export function ServiceSection() {
  const t = useT();
  return (
    <Card size="small" title={t('editor.section.service')} id="section-service">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="resultDocuments" label={t('matter.resultDocuments')}>
            <Select mode="tags" tokenSeparators={[',', '，', '、']} placeholder={t('editor.tagsHint')} aria-label={t('editor.tagsHint')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="deliveryOptions" label={t('matter.deliveryOptions')}>
            <Checkbox.Group options={DELIVERY_OPTIONS.map((value) => ({ value, label: t(`delivery.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="visits" label={t('matter.visits')}>
            <Radio.Group optionType="button" options={[0, 1, 2].map((value) => ({ value, label: t('guide.visitsN', { n: value }) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="onlineDepth" label={t('matter.onlineDepth')}>
            <Select options={[0, 1, 2, 3, 4].map((value) => ({ value, label: t(`onlineDepth.${value as 0 | 1 | 2 | 3 | 4}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="proxyAllowed" label={t('matter.proxyAllowed')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
