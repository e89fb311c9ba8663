import { Card } from 'antd';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { ServerTable } from '../../components/ServerTable';
import { useServerTable } from '../../components/useServerTable';
import type { SupervisionHandoffsQuery } from '../../gql/graphql';
import { SupervisionHandoffsDocument } from '../../graphql/notices';
import { useT } from '../../i18n/i18n';

type Handoff = SupervisionHandoffsQuery['supervisionHandoffs']['nodes'][number];

/** 审管联动: the licences approved and handed to the department that supervises the licensee, newest first. */
export function SupervisionHandoffsPage() {
  const t = useT();
  const table = useServerTable(SupervisionHandoffsDocument, {}, (data) => data.supervisionHandoffs);
  return (
    <Card title={<PageTitle>{t('handoffs.title')}</PageTitle>}>
      <ServerTable<Handoff>
        table={table}
        rowKey="id"
        testId="handoffs-table"
        columns={[
          { key: 'number', title: t('handoffs.caseNumber'), render: (_, h) => <Link to={`/cases/${h.caseId}`}>{h.caseNumber ?? '—'}</Link> },
          { key: 'matter', title: t('handoffs.matter'), dataIndex: 'matterName' },
          { key: 'licensee', title: t('handoffs.licensee'), dataIndex: 'licenseeName' },
          { key: 'unit', title: t('handoffs.unit'), dataIndex: 'supervisingUnitName' },
          { key: 'approver', title: t('handoffs.approver'), dataIndex: 'approvedByName' },
          { key: 'decided', title: t('handoffs.decidedOn'), dataIndex: 'decidedOn' },
        ]}
      />
    </Card>
  );
}
