import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Radio, Select, Switch, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ServerTable } from '../../components/ServerTable';
import { useRunMutation } from '../../components/useRunMutation';
import { useServerTable } from '../../components/useServerTable';
import type { DelegationsQuery } from '../../gql/graphql';
import { DelegationsDocument, GrantDelegationDocument, RevokeDelegationDocument } from '../../graphql/delegations';
import { UsersDocument } from '../../graphql/users';
import { useT } from '../../i18n/i18n';
import { OrgUnitPicker } from '../../OrgUnitPicker';
import { formatTime } from '../../time';
import { useDebounced } from '../../useDebounced';
import { validValues } from '../../components/validValues';
import { PageTitle } from '../../components/PageTitle';
import type { DateValue } from '../../date-value';

type Delegation = DelegationsQuery['delegations']['nodes'][number];

/** DatePicker values are dayjs objects; only their ISO form crosses the wire. */
interface GrantForm {
  departmentId: string;
  granteeKind: 'user' | 'window';
  granteeUserId?: string;
  granteeWindowId?: string;
  allMatters: boolean;
  matterCodes?: string;
  validity: [DateValue, DateValue];
  reason: string;
}

export function DelegationsPage() {
  const t = useT();
  const runMutation = useRunMutation();
  const [active, setActive] = useState<boolean>();
  const delegations = useServerTable(DelegationsDocument, { active }, (data) => data.delegations);
  const [userSearch, setUserSearch] = useState('');
  const debouncedUser = useDebounced(userSearch.trim(), 250);
  // The grantee picker searches people on the server and offers the first matches.
  const users = useQuery(UsersDocument, { variables: { search: debouncedUser || undefined, first: 20 } });
  const [grant, granting] = useMutation(GrantDelegationDocument, { refetchQueries: [DelegationsDocument] });
  const [revoke] = useMutation(RevokeDelegationDocument);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<GrantForm>();
  const granteeKind = Form.useWatch('granteeKind', form);
  const allMatters = Form.useWatch('allMatters', form);

  async function submit() {
    const values = await validValues(form);
    if (!values) return;
    const [from, until] = values.validity;
    const input = {
      departmentId: values.departmentId,
      granteeUserId: values.granteeKind === 'user' ? values.granteeUserId : undefined,
      granteeWindowId: values.granteeKind === 'window' ? values.granteeWindowId : undefined,
      allMatters: values.allMatters,
      matterCodes: values.allMatters
        ? undefined
        : (values.matterCodes ?? '')
            .split(/[,，\s]+/)
            .map((code) => code.trim())
            .filter(Boolean),
      validFrom: from.toISOString(),
      validUntil: until.toISOString(),
      reason: values.reason,
    };
    if (await runMutation(() => grant({ variables: { input } }), t('delegations.granted'))) {
      form.resetFields();
      setOpen(false);
    }
  }

  async function revokeOne(id: string) {
    await runMutation(() => revoke({ variables: { id } }), t('delegations.revokedOk'));
  }

  return (
    <Card
      title={<PageTitle>{t('delegations.title')}</PageTitle>}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="delegations-grant">
          {t('delegations.grant')}
        </Button>
      }
    >
      <ServerTable<Delegation>
        table={delegations}
        rowKey="id"
        testId="delegations-table"
        filters={
          <Select<'active' | 'inactive'>
            allowClear
            style={{ width: 160 }}
            placeholder={t('delegations.status')}
            aria-label={t('delegations.status')}
            value={active === undefined ? undefined : active ? 'active' : 'inactive'}
            onChange={(value) => setActive(value === undefined ? undefined : value === 'active')}
            options={[
              { value: 'active', label: t('delegations.active') },
              { value: 'inactive', label: t('delegations.inactive') },
            ]}
            data-testid="delegations-filter-active"
          />
        }
        columns={[
          { key: 'department', title: t('delegations.department'), render: (_, d) => d.department.name },
          {
            key: 'grantee',
            title: t('delegations.grantee'),
            render: (_, d) => d.granteeUserName ?? d.granteeWindow?.name ?? '—',
          },
          {
            key: 'scope',
            title: t('delegations.scope'),
            render: (_, d) =>
              d.allMatters ? <Tag color="purple">{t('delegations.allMatters')}</Tag> : d.matterCodes.join(t('common.listSeparator')),
          },
          {
            key: 'validity',
            title: t('delegations.validity'),
            render: (_, d) => `${formatTime(d.validFrom)} ~ ${formatTime(d.validUntil)}`,
          },
          { key: 'reason', title: t('delegations.reason'), dataIndex: 'reason' },
          {
            key: 'status',
            title: t('delegations.status'),
            render: (_, d) =>
              d.revokedAt ? (
                <Tag>{t('delegations.revoked')}</Tag>
              ) : d.active ? (
                <Tag color="green">{t('delegations.active')}</Tag>
              ) : (
                <Tag color="orange">{t('delegations.inactive')}</Tag>
              ),
          },
          {
            key: 'actions',
            render: (_, d) =>
              d.revokedAt ? null : (
                <Popconfirm title={t('delegations.revokeConfirm')} onConfirm={() => revokeOne(d.id)}>
                  <Button size="small" danger>
                    {t('delegations.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal
        title={t('delegations.grant')}
        open={open}
        onOk={submit}
        confirmLoading={granting.loading}
        onCancel={() => setOpen(false)}
        okText={t('common.ok')}
        cancelText={t('common.cancel')}
        destroyOnHidden
        width={560}
      >
        <Form<GrantForm>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ granteeKind: 'user', allMatters: true }}
        >
          <Form.Item name="departmentId" label={t('delegations.department')} rules={[{ required: true, message: t('users.required') }]}>
            <OrgUnitPicker testId="delegation-department" />
          </Form.Item>
          <Form.Item name="granteeKind" label={t('delegations.granteeKind')}>
            <Radio.Group
              options={[
                { value: 'user', label: t('delegations.granteeUser') },
                { value: 'window', label: t('delegations.granteeWindow') },
              ]}
            />
          </Form.Item>
          {granteeKind === 'window' ? (
            <Form.Item name="granteeWindowId" label={t('delegations.granteeWindow')} rules={[{ required: true, message: t('delegations.granteeRequired') }]}>
              <OrgUnitPicker />
            </Form.Item>
          ) : (
            <Form.Item name="granteeUserId" label={t('delegations.granteeUser')} rules={[{ required: true, message: t('delegations.granteeRequired') }]}>
              <Select
                showSearch={{ filterOption: false, onSearch: setUserSearch }}
                options={(users.data?.users.nodes ?? []).map((user) => ({
                  value: user.id,
                  label: `${user.displayName}${t('common.parenthesized', { text: user.username })}`,
                }))}
              />
            </Form.Item>
          )}
          <Form.Item name="allMatters" label={t('delegations.allMatters')} valuePropName="checked">
            <Switch />
          </Form.Item>
          {allMatters ? null : (
            <Form.Item name="matterCodes" label={t('delegations.matterCodes')} rules={[{ required: true, message: t('users.required') }]}>
              <Input />
            </Form.Item>
          )}
          <Form.Item name="validity" label={t('delegations.validity')} rules={[{ required: true, message: t('users.required') }]}>
            <DatePicker.RangePicker showTime style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label={t('delegations.reason')} rules={[{ required: true, message: t('users.required') }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
