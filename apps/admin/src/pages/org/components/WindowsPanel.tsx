import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../../ErrorAlert';
import type { OrgUnitFieldsFragment } from '../../../gql/graphql';
import { CloseWindowDocument, CreateWindowDocument, OrgUnitsDocument, RenameWindowDocument } from '../../../graphql/org';
import { useRunMutation } from '../../../components/useRunMutation';
import { useT } from '../../../i18n/i18n';
import { formatTime } from '../../../time';

type Unit = OrgUnitFieldsFragment;

/** 窗口: a service center's windows, opened, renamed and closed here; a closed one stays listed, never deleted. */
export function WindowsPanel({ center, canEdit }: { center: Unit; canEdit: boolean }) {
  const t = useT();
  const runMutation = useRunMutation();
  const list = useQuery(OrgUnitsDocument, { variables: { parentId: center.id, kind: 'WINDOW', first: 100 } });
  const refetch = { refetchQueries: [OrgUnitsDocument], awaitRefetchQueries: true };
  const [create, creating] = useMutation(CreateWindowDocument, refetch);
  const [rename, renaming] = useMutation(RenameWindowDocument, refetch);
  const [close] = useMutation(CloseWindowDocument, refetch);
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<Unit | null>(null);
  const [newName, setNewName] = useState('');
  const windows = list.data?.orgUnits.nodes ?? [];

  return (
    <div data-testid="windows-panel" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('org.windows')}</Typography.Title>
      <ErrorAlert error={list.error} />
      {canEdit ? (
        <Space.Compact style={{ marginBottom: 8, width: '100%' }}>
          <Input placeholder={t('org.windowName')} value={name} onChange={(e) => setName(e.target.value)} maxLength={60} data-testid="window-new-name" />
          <Button
            icon={<PlusOutlined />}
            loading={creating.loading}
            disabled={name.trim().length < 2}
            onClick={() => void runMutation(() => create({ variables: { parentId: center.id, name: name.trim() } }), t('org.windowOpened')).then((r) => r && setName(''))}
            data-testid="window-open"
          >
            {t('org.openWindow')}
          </Button>
        </Space.Compact>
      ) : null}
      <Table<Unit>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.loading}
        dataSource={windows}
        onRow={(row) => ({ 'data-testid': 'window-row', 'data-name': row.name, 'data-closed': row.closedAt ? 'true' : 'false' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'name', title: t('org.name'), render: (_, row) => row.name },
          { key: 'code', title: t('org.code'), render: (_, row) => <Typography.Text type="secondary">{row.code}</Typography.Text> },
          {
            key: 'state',
            title: t('org.windowState'),
            render: (_, row) =>
              row.closedAt ? <Tag data-testid="window-closed">{t('org.windowClosedAt', { time: formatTime(row.closedAt) })}</Tag> : <Tag color="green">{t('org.windowOpen')}</Tag>,
          },
          {
            key: 'actions',
            title: '',
            render: (_, row) =>
              canEdit && !row.closedAt ? (
                <Space>
                  <Button size="small" icon={<EditOutlined />} onClick={() => (setEditing(row), setNewName(row.name))} data-testid="window-rename">
                    {t('org.rename')}
                  </Button>
                  <Popconfirm
                    title={t('org.closeConfirm', { name: row.name })}
                    okButtonProps={{ 'data-testid': 'window-close-confirm' } as Record<string, string>}
                    onConfirm={() => runMutation(() => close({ variables: { id: row.id } }), t('org.windowClosed'))}
                  >
                    <Button size="small" danger icon={<StopOutlined />} data-testid="window-close">
                      {t('org.closeWindow')}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={t('org.renameTitle', { name: editing?.name ?? '' })}
        okButtonProps={{ disabled: newName.trim().length < 2, 'data-testid': 'window-rename-confirm' } as { disabled: boolean }}
        confirmLoading={renaming.loading}
        onCancel={() => setEditing(null)}
        onOk={() =>
          void runMutation(() => rename({ variables: { id: editing!.id, name: newName.trim() } }), t('org.windowRenamed')).then((r) => r && setEditing(null))
        }
        destroyOnHidden
      >
        <Input value={newName} maxLength={60} onChange={(e) => setNewName(e.target.value)} data-testid="window-rename-input" />
      </Modal>
    </div>
  );
}
