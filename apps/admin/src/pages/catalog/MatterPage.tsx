import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Result, Space, Spin, Tabs, Tag, Tooltip, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../ErrorAlert';
import { CascadeView } from './components/CascadeView';
import { MatterEditor } from './components/editor/MatterEditor';
import { toInput } from './components/editor/contentForm';
import { LocalSettingsTab } from './components/LocalSettingsTab';
import { MatterContentView } from './components/MatterContentView';
import { STATUS_COLOR } from './components/options';
import { PublishDialog } from './components/PublishDialog';
import { RetireDialog } from './components/RetireDialog';
import { at, useAbility } from '../../auth/ability';
import { useRunMutation } from '../../components/useRunMutation';
import { useDepartments } from './components/useDepartments';
import { useMyTerritorialUnit } from './components/useMyUnit';
import { VersionHistory } from './components/VersionHistory';
import type { MatterContentInput } from '../../gql/graphql';
import {
  MatterDocument,
  MattersDocument,
  OpenDraftDocument,
  PublishMatterDocument,
  UpdateMatterDraftDocument,
} from '../../graphql/catalog';
import { useT } from '../../i18n/i18n';
import { PageTitle } from '../../components/PageTitle';

/** One matter: its draft (for the catalog administrator), the version in force, history and cascade. */
export function MatterPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { matterId = '' } = useParams();
  const ability = useAbility();
  const runMutation = useRunMutation();
  const canEdit = ability.can('update', 'Matter');
  const departments = useDepartments();
  const { unit } = useMyTerritorialUnit();
  const result = useQuery(MatterDocument, { variables: { id: matterId } });
  const refetch = { refetchQueries: [MatterDocument, MattersDocument], awaitRefetchQueries: true };
  const [updateDraft, updating] = useMutation(UpdateMatterDraftDocument, refetch);
  const [publish, publishing] = useMutation(PublishMatterDocument, refetch);
  const [openDraft, opening] = useMutation(OpenDraftDocument, refetch);
  const [retireOpen, setRetireOpen] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);
  const [publishError, setPublishError] = useState<unknown>(null);
  // ?tab=local (from the landing page's work list) opens that tab first.
  const [tab, setTab] = useState<string | undefined>(() => new URLSearchParams(window.location.search).get('tab') ?? undefined);
  const [unsaved, setUnsaved] = useState(false);

  const matter = result.data?.matter;
  const draftContent = matter?.draft?.content;
  const initial = useMemo<MatterContentInput | null>(() => (draftContent ? toInput(draftContent) : null), [draftContent]);

  if (result.loading && !matter) return <Spin />;
  if (!matter) return <ErrorAlert error={result.error} />;

  const inForce = matter.inForce;
  const draft = matter.draft;
  const retired = matter.status === 'RETIRED';
  // Retirement decided for a later date: still in force until then, but no longer editable.
  const retiring = !retired && matter.retiredOn !== null;
  const editing = canEdit && draft && initial && !retired && !retiring;
  // A township's staff also keep its villages' settings (LocalSettingsTab).
  const localUnit =
    unit && inForce && (unit.kind === 'TOWNSHIP' ? matter.acceptingTiers.some((tier) => tier === 'TOWNSHIP' || tier === 'VILLAGE') : matter.acceptingTiers.includes('VILLAGE'))
      ? unit
      : null;

  const run = async (action: () => Promise<unknown>, success: string) => (await runMutation(action, success)) !== null;

  async function saveDraft(input: MatterContentInput) {
    await updateDraft({ variables: { matterId, input } });
    void message.success(t('editor.savedOk'));
  }

  async function doPublish(effectiveFrom: string) {
    setPublishError(null);
    try {
      await publish({ variables: { matterId, effectiveFrom } });
      setPublishOpen(false);
      setTab('inForce');
      void message.success(t('publish.done', { date: effectiveFrom }));
    } catch (error) {
      setPublishError(error);
    }
  }

  const tabs = [
    ...(editing
      ? [
          {
            key: 'draft',
            label: t('matterPage.draftTab', { version: draft.version }),
            children: (
              <MatterEditor
                initial={initial}
                codesFixed={Boolean(inForce) || matter.versions.some((v) => v.status === 'PUBLISHED')}
                saving={updating.loading}
                saveLabel={t('editor.saveDraft')}
                onSave={saveDraft}
                onDirtyChange={setUnsaved}
                extra={
                  // Publishing takes the saved draft; unsaved edits would silently be left out.
                  <Tooltip title={unsaved ? t('publish.saveFirst') : undefined}>
                    <Button icon={<SendOutlined />} disabled={unsaved} onClick={() => setPublishOpen(true)} data-testid="matter-publish">
                      {t('publish.open')}
                    </Button>
                  </Tooltip>
                }
              />
            ),
          },
        ]
      : []),
    ...(inForce
      ? [
          {
            key: 'inForce',
            label: t('matterPage.inForceTab', { version: inForce.version }),
            children: (
              <MatterContentView
                content={inForce.content}
                implementingBodyName={departments.nameOf(inForce.content.implementingBodyId)}
                coImplementingNames={inForce.content.coImplementingBodyIds.map(departments.nameOf)}
                testId="in-force-content"
              />
            ),
          },
        ]
      : []),
    {
      key: 'versions',
      label: t('matterPage.versionsTab'),
      children: <VersionHistory matter={matter} departments={departments} canEdit={canEdit && !retired && !retiring} />,
    },
    ...(inForce
      ? [
          {
            key: 'cascade',
            label: t('matterPage.cascadeTab'),
            children: <CascadeView matterId={matter.id} acceptingTiers={inForce.content.acceptingTiers} decidingTier={inForce.content.decidingTier} />,
          },
        ]
      : []),
    // Only a unit whose local settings the rules let the caller manage gets the tab.
    ...(localUnit && ability.can('manage', at('LocalSetting', localUnit.path))
      ? [{ key: 'local', label: t('matterPage.localTab', { unit: localUnit.name }), children: <LocalSettingsTab matterId={matter.id} unit={localUnit} acceptingTiers={inForce!.content.acceptingTiers} /> }]
      : []),
  ];

  return (
    <Card
      data-testid="matter-page"
      title={
        <Space wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate('/catalog')} aria-label={t('matterPage.back')} />
          <PageTitle>
            <span data-testid="matter-title" data-content>
              {matter.name}
            </span>
          </PageTitle>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {matter.implementationCode}
          </Typography.Text>
          <Tag color={STATUS_COLOR[matter.status]} data-testid="matter-status">
            {t(`matterStatus.${matter.status}`)}
          </Tag>
          {inForce ? <Tag color="green">{t('matterPage.inForceVersion', { version: inForce.version, date: inForce.effectiveFrom ?? '—' })}</Tag> : null}
          {matter.scheduledVersion ? (
            <Tag color="orange" data-testid="matter-scheduled">
              {t('catalog.scheduledTag', { version: matter.scheduledVersion })}
            </Tag>
          ) : null}
        </Space>
      }
      extra={
        canEdit && !retired && !retiring ? (
          <Space>
            {!draft && inForce ? (
              <Button
                icon={<EditOutlined />}
                loading={opening.loading}
                onClick={() =>
                  void run(() => openDraft({ variables: { matterId } }), t('matterPage.draftOpened')).then((ok) => ok && setTab('draft'))
                }
                data-testid="matter-open-draft"
              >
                {t('matterPage.openDraft')}
              </Button>
            ) : null}
            <Button danger icon={<StopOutlined />} onClick={() => setRetireOpen(true)} data-testid="matter-retire">
              {t('matterPage.retire')}
            </Button>
          </Space>
        ) : null
      }
    >
      {retired ? (
        <Result
          status="info"
          title={matter.retirementReason ? t('retire.retiredNotice', { date: matter.retiredOn ?? '—', reason: matter.retirementReason }) : t('matterPage.retiredNotice')}
          style={{ padding: 16 }}
          data-testid="matter-retired-notice"
        />
      ) : null}
      {retiring ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('retire.scheduledNotice', { date: matter.retiredOn ?? '—', reason: matter.retirementReason ?? '—' })}
          data-testid="matter-retiring-notice"
        />
      ) : null}
      <Tabs activeKey={tab && tabs.some((x) => x.key === tab) ? tab : tabs[0]?.key} onChange={setTab} items={tabs} data-testid="matter-tabs" />
      {editing && draft ? (
        <PublishDialog
          open={publishOpen}
          inForce={inForce?.content ?? null}
          inForceVersion={inForce?.version ?? null}
          draft={draft.content}
          publishing={publishing.loading}
          error={publishError ? <ErrorAlert error={publishError} testId="publish-error" /> : null}
          onPublish={(date) => void doPublish(date)}
          onCancel={() => setPublishOpen(false)}
        />
      ) : null}
      <RetireDialog
        matterId={matterId}
        open={retireOpen}
        onCancel={() => setRetireOpen(false)}
        onDone={(date) => {
          setRetireOpen(false);
          void message.success(t('retire.done', { date }));
        }}
      />
    </Card>
  );
}
