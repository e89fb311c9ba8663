import { useEffect } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Form, Input } from 'antd';
import type { OrgUnitFieldsFragment } from '../../../gql/graphql';
import { UpdateOrgUnitDetailsDocument } from '../../../graphql/org';
import { useRunMutation } from '../../../components/useRunMutation';
import { useT } from '../../../i18n/i18n';

/** Mirrors the server's rule (tenancy phone-numbers.ts) so a typo is caught before sending; the server decides. */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?[2-9]\d{6,7}(-\d{1,6})?|12\d{3}|[48]00-?\d{3}-?\d{4})$/;

interface Values {
  address: string;
  openingHours: string;
  phone: string;
}

/** A county's, township's or village's address, hours and phone: what the guide and the 告知单 show as the place. */
export function UnitDetailsForm({ unit, onSaved }: { unit: OrgUnitFieldsFragment; onSaved(unit: OrgUnitFieldsFragment): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const runMutation = useRunMutation();
  const [save, { loading }] = useMutation(UpdateOrgUnitDetailsDocument);
  useEffect(() => {
    form.setFieldsValue({ address: unit.address ?? '', openingHours: unit.openingHours ?? '', phone: unit.phone ?? '' });
  }, [form, unit]);
  async function submit(values: Values) {
    const result = await runMutation(() => save({ variables: { id: unit.id, input: values } }), t('org.detailsSaved'));
    if (result?.data) onSaved(result.data.updateOrgUnitDetails);
  }
  return (
    <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} data-testid="unit-details-form" style={{ marginTop: 16 }}>
      <Form.Item name="address" label={t('org.address')} rules={[{ max: 200 }]}>
        <Input data-testid="unit-address" />
      </Form.Item>
      <Form.Item name="openingHours" label={t('org.openingHours')} rules={[{ max: 200 }]}>
        <Input data-testid="unit-hours" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('org.phone')}
        rules={[{ validator: async (_, value: string) => (!value || PHONE.test(value.replace(/\s+/g, '')) ? undefined : Promise.reject(new Error(t('org.phoneInvalid')))) }]}
      >
        <Input placeholder="0915-5212345" data-testid="unit-phone" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="unit-details-save">
        {t('org.save')}
      </Button>
    </Form>
  );
}
