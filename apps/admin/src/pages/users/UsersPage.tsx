import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Tag } from 'antd';
import { PlusOutlined, UnlockOutlined, UserAddOutlined } from '@ant-design/icons';
import { useAbility } from '../../auth/ability';
import { ServerTable } from '../../components/ServerTable';
import { useRunMutation } from '../../components/useRunMutation';
import { useServerTable } from '../../components/useServerTable';
import type { CreateUserInput, Role, UserFieldsFragment } from '../../gql/graphql';
import {
  AddMembershipDocument,
  CreateUserDocument,
  RevokeMembershipDocument,
  UnlockUserDocument,
  UsersDocument,
} from '../../graphql/users';
import { useT } from '../../i18n/i18n';
import { OrgUnitPicker } from '../../OrgUnitPicker';
import { ASSIGNABLE_ROLES, MOBILE_PATTERN, PASSWORD_PATTERN } from '../../roles';
import { useDebounced } from '../../useDebounced';
import { validValues } from '../../components/validValues';
import { PageTitle } from '../../components/PageTitle';

interface MembershipForm {
  orgUnitId: string;
  role: Role;
}

export function UsersPage() {
  const t = useT();
  const ability = useAbility();
  const runMutation = useRunMutation();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 250);
  const users = useServerTable(UsersDocument, { search: debounced || undefined }, (data) => data.users);
  const refetchUsers = { refetchQueries: [UsersDocument], awaitRefetchQueries: true };
  const [createUser, creating] = useMutation(CreateUserDocument, refetchUsers);
  const [addMembership, adding] = useMutation(AddMembershipDocument, refetchUsers);
  const [revokeMembership] = useMutation(RevokeMembershipDocument, refetchUsers);
  const [unlockUser] = useMutation(UnlockUserDocument);

  const [createOpen, setCreateOpen] = useState(false);
  const [membershipFor, setMembershipFor] = useState<UserFieldsFragment | null>(null);
  const [createForm] = Form.useForm<CreateUserInput>();
  const [membershipForm] = Form.useForm<MembershipForm>();

  const run = async (action: () => Promise<unknown>, success: string) => (await runMutation(action, success)) !== null;

  async function submitCreate() {
    const values = await validValues(createForm);
    if (!values) return;
    const input = { ...values, phone: values.phone || undefined };
    if (await run(() => createUser({ variables: { input } }), t('users.created'))) {
      createForm.resetFields();
      setCreateOpen(false);
    }
  }

  async function submitMembership() {
    if (!membershipFor) return;
    const values = await validValues(membershipForm);
    if (!values) return;
    const input = { userId: membershipFor.id, ...values };
    if (await run(() => addMembership({ variables: { input } }), t('users.membershipAdded'))) {
      membershipForm.resetFields();
      setMembershipFor(null);
    }
  }

  return (
    <Card
      title={<PageTitle>{t('users.title')}</PageTitle>}
      extra={
        <Space>
          <Input.Search
            allowClear
            placeholder={t('users.search')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            data-testid="users-search"
          />
          {ability.can('create', 'User') ? (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreateOpen(true)} data-testid="users-create">
            {t('users.create')}
          </Button>
          ) : null}
        </Space>
      }
    >
      <ServerTable<UserFieldsFragment>
        table={users}
        rowKey="id"
        testId="users-table"
        columns={[
          { key: 'username', title: t('users.username'), dataIndex: 'username' },
          { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName' },
          { key: 'phone', title: t('users.phone'), render: (_, user) => user.phone ?? '—' },
          {
            key: 'memberships',
            title: t('users.memberships'),
            render: (_, user) => (
              <Space size={[4, 4]} wrap>
                {user.memberships.map((membership) => (
                  <Popconfirm
                    key={membership.id}
                    title={t('users.revokeMembership')}
                    onConfirm={() =>
                      run(
                        () => revokeMembership({ variables: { id: membership.id } }),
                        t('users.membershipRevoked'),
                      )
                    }
                  >
                    <Tag color="blue" style={{ cursor: 'pointer' }} closable onClose={(event) => event.preventDefault()}>
                      {t(`role.${membership.role}`)}@<span data-content>{membership.orgUnit?.name ?? '—'}</span>
                    </Tag>
                  </Popconfirm>
                ))}
              </Space>
            ),
          },
          {
            key: 'status',
            title: t('users.status'),
            render: (_, user) =>
              user.disabled ? (
                <Tag>{t('users.disabled')}</Tag>
              ) : user.locked ? (
                <Tag color="red">{t('users.locked')}</Tag>
              ) : (
                <Tag color="green">{t('users.active')}</Tag>
              ),
          },
          {
            key: 'actions',
            title: t('users.actions'),
            render: (_, user) => (
              <Space>
                <Button size="small" icon={<PlusOutlined />} onClick={() => setMembershipFor(user)}>
                  {t('users.addMembership')}
                </Button>
                {user.locked ? (
                  <Button
                    size="small"
                    icon={<UnlockOutlined />}
                    onClick={() => run(() => unlockUser({ variables: { id: user.id } }), t('users.unlocked'))}
                  >
                    {t('users.unlock')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />

      <Modal
        title={t('users.create')}
        open={createOpen}
        onOk={submitCreate}
        confirmLoading={creating.loading}
        onCancel={() => setCreateOpen(false)}
        okText={t('common.ok')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form form={createForm} layout="vertical" preserve={false}>
          <Form.Item name="username" label={t('users.username')} rules={[{ required: true, message: t('users.required') }]}>
            <Input autoComplete="off" data-testid="create-user-username" />
          </Form.Item>
          <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, message: t('users.required') }]}>
            <Input data-testid="create-user-display-name" />
          </Form.Item>
          <Form.Item name="phone" label={t('users.phone')} rules={[{ pattern: MOBILE_PATTERN, message: t('users.phoneRule') }]}>
            <Input data-testid="create-user-phone" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('users.password')}
            extra={t('users.passwordHint')}
            rules={[
              { required: true, message: t('users.required') },
              { pattern: PASSWORD_PATTERN, message: t('users.passwordRule') },
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="create-user-password" />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        title={membershipFor ? `${t('users.addMembership')} · ${membershipFor.displayName}` : t('users.addMembership')}
        open={membershipFor !== null}
        onOk={submitMembership}
        confirmLoading={adding.loading}
        onCancel={() => setMembershipFor(null)}
        okText={t('common.ok')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form form={membershipForm} layout="vertical" preserve={false}>
          <Form.Item name="orgUnitId" label={t('users.orgUnit')} rules={[{ required: true, message: t('users.required') }]}>
            <OrgUnitPicker testId="membership-org-unit" />
          </Form.Item>
          <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('users.required') }]}>
            <Select
              data-testid="membership-role"
              options={ASSIGNABLE_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
