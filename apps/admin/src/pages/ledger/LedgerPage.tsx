import { Card, Tabs } from 'antd';
import { DateLedger } from './components/DateLedger';
import { VersionComparison } from './components/VersionComparison';
import { useT } from '../../i18n/i18n';
import { PageTitle } from '../../components/PageTitle';

/** 改革台账: what the reform cut — materials, steps, procedures, limits, fees — and by how much. */
export function LedgerPage() {
  const t = useT();
  return (
    <Card title={<PageTitle>{t('ledger.title')}</PageTitle>} data-testid="ledger-page">
      <Tabs
        items={[
          { key: 'dates', label: t('ledger.byDates'), children: <DateLedger /> },
          { key: 'versions', label: t('ledger.byVersions'), children: <VersionComparison /> },
        ]}
      />
    </Card>
  );
}
