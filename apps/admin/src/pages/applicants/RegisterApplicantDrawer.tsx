import { useMutation } from '@apollo/client/react';
import { App, Button, Checkbox, Drawer, Form, Input, Radio, Space } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../auth/AuthProvider';
import { useErrorText } from '../../ErrorAlert';
import type { ApplicantFieldsFragment, PartyKind } from '../../gql/graphql';
import { useLanguage, useT } from '../../i18n/i18n';
import { RegisterApplicantDocument } from './applicants.graphql';
import { fieldErrorOf } from './fieldErrors';

interface Values {
  kind: PartyKind;
  name: string;
  idNumber: string;
  phone?: string;
  address?: string;
  groups?: ('disabled' | 'lowIncome' | 'entitled')[];
}

/** 登记申请人: the server checks the number; its coded error lands on the field it names. */
export function RegisterApplicantDrawer({ open, onClose, onRegistered }: { open: boolean; onClose(): void; onRegistered(a: ApplicantFieldsFragment): void }) {
  const t = useT();
  const { language } = useLanguage();
  const { me } = useAuth();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [register] = useMutation(RegisterApplicantDocument);
  const [saving, setSaving] = useState(false);
  // A village agent registers the people of her own village.
  const village = me?.memberships.find((m) => m.role === 'VILLAGE_AGENT' && m.orgUnit)?.orgUnit ?? null;

  async function submit(values: Values) {
    setSaving(true);
    try {
      const groups = new Set(values.groups ?? []);
      const { data } = await register({
        variables: {
          input: {
            kind: values.kind,
            name: values.name,
            idNumber: values.idNumber,
            phone: values.phone || null,
            address: values.address || null,
            residenceUnitId: village?.id ?? null,
            disabled: groups.has('disabled'),
            lowIncome: groups.has('lowIncome'),
            entitled: groups.has('entitled'),
          },
        },
      });
      if (data) {
        void message.success(t('applicants.registered'));
        form.resetFields();
        onRegistered(data.registerApplicant);
      }
    } catch (error) {
      const field = fieldErrorOf(error, language);
      if (field && ['name', 'idNumber', 'phone', 'address'].includes(field.name)) form.setFields([{ name: field.name as keyof Values, errors: field.errors }]);
      else void message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Drawer open={open} onClose={onClose} title={t('applicants.register')} width={480} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'PERSON' }} onFinish={submit} data-testid="applicant-form">
        <Form.Item name="kind" label={t('applicants.kind')}>
          <Radio.Group>
            <Radio value={'PERSON'}>{t('applicants.kind.PERSON')}</Radio>
            <Radio value={'ORGANIZATION'}>{t('applicants.kind.ORGANIZATION')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="name" label={t('applicants.name')} rules={[{ required: true, whitespace: true, message: t('applicants.nameRequired') }]}>
          <Input data-testid="applicant-name" maxLength={100} />
        </Form.Item>
        <Form.Item noStyle dependencies={['kind']}>
          {() => (
            <Form.Item
              name="idNumber"
              label={form.getFieldValue('kind') === 'ORGANIZATION' ? t('applicants.creditCode') : t('applicants.residentId')}
              rules={[{ required: true, whitespace: true, message: t('applicants.idRequired') }]}
            >
              <Input data-testid="applicant-id-number" maxLength={18} autoComplete="off" />
            </Form.Item>
          )}
        </Form.Item>
        <Form.Item name="phone" label={t('applicants.phone')}>
          <Input data-testid="applicant-phone" maxLength={20} />
        </Form.Item>
        <Form.Item name="address" label={t('applicants.address')}>
          <Input maxLength={200} />
        </Form.Item>
        {village ? <Form.Item label={t('applicants.residence')}>{village.name}</Form.Item> : null}
        <Form.Item name="groups" label={t('applicants.groups')}>
          <Checkbox.Group
            options={[
              { value: 'disabled', label: t('applicants.group.DISABLED') },
              { value: 'lowIncome', label: t('applicants.group.LOW_INCOME') },
              { value: 'entitled', label: t('applicants.group.ENTITLED') },
            ]}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="applicant-submit">
            {t('applicants.submit')}
          </Button>
          <Button onClick={onClose}>{t('applicants.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
