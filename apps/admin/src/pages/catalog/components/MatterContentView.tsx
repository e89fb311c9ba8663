import { Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { MatterContentFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';

interface Props {
  content: MatterContentFieldsFragment;
  implementingBodyName?: string | null;
  coImplementingNames?: string[];
  testId?: string;
}

/** A label never breaks inside its word on a phone; the value beside it takes the rest of the line. */
const LABEL_STYLES = { label: { whiteSpace: 'nowrap' } } as const;

/** On a narrow screen each table scrolls sideways inside its own box (scroll.x), never the page. */
const yesNo = (t: ReturnType<typeof useT>, value: boolean) => (value ? t('common.yes') : t('common.no'));

/** Every element of one version exactly as stored, read-only: the 六公开 items first. */
export function MatterContentView({ content: c, implementingBodyName, coImplementingNames, testId = 'matter-content' }: Props) {
  const t = useT();
  const list = (items: readonly string[]) => (items.length ? items.join(t('common.listSeparator')) : '—');
  const paren = (text: string) => t('common.parenthesized', { text });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid={testId}>
      <Descriptions
        size="small"
        bordered
        styles={LABEL_STYLES}
        column={{ xs: 1, md: 2 }}
        title={t('editor.section.basics')}
        items={[
          { key: 'name', label: t('matter.name'), children: c.name, span: 2 },
          { key: 'implementationCode', label: t('matter.implementationCode'), children: c.implementationCode },
          { key: 'basicCode', label: t('matter.basicCode'), children: c.basicCode },
          { key: 'type', label: t('matter.type'), children: `${t(`matterType.${c.type}`)}${c.subType ? ` · ${c.subType}` : ''}` },
          { key: 'caseKind', label: t('matter.caseKind'), children: t(`caseKind.${c.caseKind}`) },
          { key: 'applicants', label: t('matter.applicantKinds'), children: list(c.applicantKinds.map((k) => t(`applicantKind.${k}`))) },
          { key: 'groups', label: t('matter.specialGroups'), children: list(c.specialGroups) },
          { key: 'body', label: t('matter.implementingBody'), children: `${implementingBodyName ?? '—'}${c.handlingOffice ? ` · ${c.handlingOffice}` : ''}` },
          { key: 'co', label: t('matter.coImplementingBodies'), children: list(coImplementingNames ?? []) },
        ]}
      />
      <Descriptions
        size="small"
        bordered
        styles={LABEL_STYLES}
        column={{ xs: 1, md: 3 }}
        title={t('editor.section.limits')}
        items={[
          { key: 'statutory', label: t('matter.statutoryDays'), children: t('guide.days', { n: c.statutoryDays }) },
          { key: 'promised', label: t('matter.promisedDays'), children: <span data-testid="content-promised">{t('guide.days', { n: c.promisedDays })}</span> },
          { key: 'cap', label: t('matter.naturalDayCap'), children: c.naturalDayCap == null ? '—' : t('guide.naturalDays', { n: c.naturalDayCap }) },
          { key: 'deemed', label: t('matter.deemedApproval'), children: c.deemedApproval ? t('common.yes') : t('common.no') },
        ]}
      />
      <div>
        <Typography.Title level={5}>{t('editor.section.legalBasis')}</Typography.Title>
        <Table
          size="small"
          pagination={false}
          rowKey={(row) => `${row.title}${row.article ?? ''}`}
          scroll={{ x: 560 }}
          dataSource={c.legalBasis}
          columns={[
            { key: 'level', title: t('basis.level'), width: 160, render: (_, row) => t(`basisLevel.${row.level}`) },
            { key: 'title', title: t('basis.title'), dataIndex: 'title' },
            { key: 'article', title: t('basis.article'), width: 160, render: (_, row) => row.article ?? '—' },
          ]}
        />
      </div>
      {c.conditions.length ? (
        <div>
          <Typography.Title level={5}>{t('editor.section.conditions')}</Typography.Title>
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {c.conditions.map((condition) => (
              <li key={condition}>{condition}</li>
            ))}
          </ol>
        </div>
      ) : null}
      <div>
        <Typography.Title level={5}>{t('editor.section.materials')}</Typography.Title>
        <Table
          size="small"
          pagination={false}
          rowKey="name"
          dataSource={c.materials}
          scroll={{ x: 720 }}
          data-testid="content-materials"
          columns={[
            { key: 'index', title: '#', width: 44, render: (_, __, index) => index + 1 },
            { key: 'name', title: t('material.name'), render: (_, m) => (m.note ? `${m.name}${paren(m.note)}` : m.name) },
            { key: 'form', title: t('material.form'), width: 130, render: (_, m) => t(`materialForm.${m.form}`) },
            { key: 'copies', title: t('material.copies'), width: 70, dataIndex: 'copies' },
            { key: 'required', title: t('material.required'), width: 80, render: (_, m) => yesNo(t, m.required) },
            { key: 'flags', title: t('material.flags'), width: 150, render: (_, m) => (
              <Space size={4}>
                {m.deferrable ? <Tag color="orange">{t('material.deferrable')}</Tag> : null}
                {m.sharedData ? <Tag color="cyan">{t('material.sharedData')}</Tag> : null}
              </Space>
            ) },
          ]}
        />
      </div>
      <div>
        <Typography.Title level={5}>{t('editor.section.steps')}</Typography.Title>
        <Table
          size="small"
          pagination={false}
          rowKey={(row) => `${row.kind}${row.name}`}
          dataSource={c.steps}
          scroll={{ x: 520 }}
          data-testid="content-steps"
          columns={[
            { key: 'index', title: '#', width: 44, render: (_, __, index) => index + 1 },
            { key: 'name', title: t('step.name'), render: (_, s) => (s.name === t(`stepKind.${s.kind}`) ? s.name : `${s.name}${paren(t(`stepKind.${s.kind}`))}`) },
            { key: 'days', title: t('step.days'), width: 150, render: (_, s) => t('guide.days', { n: s.days }) },
            { key: 'counted', title: t('step.counted'), width: 110, render: (_, s) => yesNo(t, s.counted) },
          ]}
        />
      </div>
      <div>
        <Typography.Title level={5}>{t('editor.section.fees')}</Typography.Title>
        {c.fees.length ? (
          <Table
            size="small"
            pagination={false}
            rowKey="name"
            dataSource={c.fees}
            scroll={{ x: 580 }}
            data-testid="content-fees"
            columns={[
              { key: 'name', title: t('fee.name'), dataIndex: 'name', width: 220 },
              { key: 'basis', title: t('fee.basis'), dataIndex: 'basis' },
              { key: 'amount', title: t('fee.amount'), width: 120, render: (_, f) => `${f.amount} ${t('editor.yuan')}` },
            ]}
          />
        ) : (
          <Typography.Text data-testid="content-fees">{t('guide.free')}</Typography.Text>
        )}
      </div>
      <Descriptions
        size="small"
        bordered
        styles={LABEL_STYLES}
        column={{ xs: 1, md: 2 }}
        title={t('editor.section.service')}
        items={[
          { key: 'result', label: t('matter.resultDocuments'), children: list(c.resultDocuments) },
          { key: 'delivery', label: t('matter.deliveryOptions'), children: list(c.deliveryOptions.map((d) => t(`delivery.${d}`))) },
          { key: 'visits', label: t('matter.visits'), children: t('guide.visitsN', { n: c.visits }) },
          { key: 'online', label: t('matter.onlineDepth'), children: t(`onlineDepth.${Math.min(4, Math.max(0, c.onlineDepth)) as 0 | 1 | 2 | 3 | 4}`) },
          { key: 'proxy', label: t('matter.proxyAllowed'), children: yesNo(t, c.proxyAllowed) },
          { key: 'tiers', label: t('matter.acceptingTiers'), children: `${list(c.acceptingTiers.map((x) => t(`tier.${x}`)))} → ${t(`tier.${c.decidingTier}`)}` },
        ]}
      />
      <Descriptions
        size="small"
        bordered
        styles={LABEL_STYLES}
        column={{ xs: 1, md: 2 }}
        title={t('editor.section.place')}
        items={[
          { key: 'place', label: t('matter.place'), children: <span data-testid="content-place">{c.place}</span>, span: 2 },
          { key: 'hours', label: t('matter.hours'), children: c.hours, span: 2 },
          { key: 'consult', label: t('matter.consultPhone'), children: <span data-testid="content-phone">{c.consultPhone}</span> },
          { key: 'supervision', label: t('matter.supervisionPhone'), children: c.supervisionPhone },
          { key: 'postal', label: t('matter.postalAddress'), children: c.postalAddress || '—', span: 2 },
        ]}
      />
    </Space>
  );
}
