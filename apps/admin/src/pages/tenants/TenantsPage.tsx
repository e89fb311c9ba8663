import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Card, Form, Input, Modal } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ServerTable } from '../../components/ServerTable';
import { useRunMutation } from '../../components/useRunMutation';
import { useServerTable } from '../../components/useServerTable';
import type { CreateTenantInput, TenantsQuery } from '../../gql/graphql';
import { CreateTenantDocument, TenantsDocument } from '../../graphql/tenants';
import { useT } from '../../i18n/i18n';
import { PASSWORD_PATTERN } from '../../roles';
import { formatTime } from '../../time';
import { useDebounced } from '../../useDebounced';
import { validValues } from '../../components/validValues';
import { PageTitle } from '../../components/PageTitle';

type Tenant = TenantsQuery['tenants']['nodes'][number];

export function TenantsPage() {
  const t = useT();
  const runMutation = useRunMutation();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 250);
  const tenants = useServerTable(TenantsDocument, { search: debounced || undefined }, (data) => data.tenants);
  const [createTenant, creating] = useMutation(CreateTenantDocument, { refetchQueries: [TenantsDocument] });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<CreateTenantInput>();

  async function submit() {
    const input = await validValues(form);
    if (!input) return;
    if (await runMutation(() => createTenant({ variables: { input } }), t('tenants.created'))) {
      form.resetFields();
      setOpen(false);
    }
  }

  return (
    <Card
      title={<PageTitle>{t('tenants.title')}</PageTitle>}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="tenants-create">
          {t('tenants.create')}
        </Button>
      }
    >
      <ServerTable<Tenant>
        table={tenants}
        rowKey="id"
        testId="tenants-table"
        filters={
          <Input.Search allowClear placeholder={t('tenants.search')} value={search} onChange={(event) => setSearch(event.target.value)} data-testid="tenants-search" />
        }
        columns={[
          { key: 'divisionCode', title: t('tenants.divisionCode'), dataIndex: 'divisionCode' },
          { key: 'name', title: t('tenants.name'), dataIndex: 'name' },
          { key: 'createdAt', title: t('tenants.createdAt'), render: (_, tenant) => formatTime(tenant.createdAt) },
        ]}
      />
      <Modal
        title={t('tenants.create')}
        open={open}
        onOk={submit}
        confirmLoading={creating.loading}
        onCancel={() => setOpen(false)}
        okText={t('common.ok')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="divisionCode"
            label={t('tenants.divisionCode')}
            rules={[{ required: true, pattern: /^\d{6}$/, message: t('tenants.divisionCodeRule') }]}
          >
            <Input maxLength={6} placeholder="610921" data-testid="tenant-division-code" />
          </Form.Item>
          <Form.Item name="adminUsername" label={t('tenants.adminUsername')} rules={[{ required: true, message: t('users.required') }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="adminDisplayName" label={t('tenants.adminDisplayName')} rules={[{ required: true, message: t('users.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item
            name="adminPassword"
            label={t('tenants.adminPassword')}
            extra={t('users.passwordHint')}
            rules={[
              { required: true, message: t('users.required') },
              { pattern: PASSWORD_PATTERN, message: t('users.passwordRule') },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
