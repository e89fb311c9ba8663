import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { App, Button, Checkbox, DatePicker, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { ErrorAlert } from '../../../ErrorAlert';
import type { CatalogLedgerQuery } from '../../../gql/graphql';
import { CatalogLedgerDocument } from '../../../graphql/ledger';
import { useT } from '../../../i18n/i18n';
import { beijingToday } from '../../../time';
import { downloadLedger } from './downloadLedger';
import { MeasureCards } from './MeasureCards';
import { beforeAfter, MEASURE_KEYS, percent } from './measures';

type Row = CatalogLedgerQuery['catalogLedger']['rows'][number];

/** 按日期比较: the catalog in force on one date against another, matter by matter, with totals. */
export function DateLedger() {
  const t = useT();
  const { message } = App.useApp();
  const today = dayjs(beijingToday());
  const [range, setRange] = useState<[Dayjs, Dayjs]>([today.startOf('year'), today]);
  const [exporting, setExporting] = useState(false);
  const [changedOnly, setChangedOnly] = useState(false);
  const [fromDate, toDate] = range.map((d) => d.format('YYYY-MM-DD'));
  const result = useQuery(CatalogLedgerDocument, { variables: { fromDate, toDate, changedOnly } });
  const ledger = result.data?.catalogLedger;

  async function exportXlsx() {
    setExporting(true);
    try {
      await downloadLedger(fromDate, toDate, changedOnly);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t('error.unknown'));
    } finally {
      setExporting(false);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{t('ledger.dates')}</Typography.Text>
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
          data-testid="ledger-range"
        />
        <Checkbox checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} data-testid="ledger-changed-only">
          {t('ledger.changedOnly')}
        </Checkbox>
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()} data-testid="ledger-export">
          {t('ledger.export')}
        </Button>
      </Space>
      <ErrorAlert error={result.error} testId="ledger-error" />
      {ledger ? (
        <>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 2, md: 6 }}
            data-testid="ledger-summary"
            items={[
              { key: 'matters', label: t('ledger.matters'), children: `${beforeAfter(ledger.matters)}${t('common.parenthesized', { text: percent(ledger.matters.compression) })}` },
              { key: 'units', label: t('ledger.handlingUnits'), children: beforeAfter(ledger.handlingUnits) },
              { key: 'added', label: t('ledger.added'), children: ledger.added },
              { key: 'retired', label: t('ledger.retired'), children: ledger.retired },
              { key: 'optimized', label: t('ledger.optimized'), children: ledger.optimized },
              { key: 'devolved', label: t('ledger.devolved'), children: ledger.devolved },
              { key: 'changed', label: t('ledger.changed'), children: <span data-testid="ledger-changed-count">{ledger.changed}</span> },
            ]}
          />
          <Typography.Title level={5}>{t('ledger.totals')}</Typography.Title>
          <MeasureCards measures={ledger.totals} testId="ledger-totals" />
          <Table<Row>
            size="small"
            rowKey="matterId"
            loading={result.loading}
            dataSource={ledger.rows}
            data-testid="ledger-rows"
            scroll={{ x: 1300 }}
            pagination={{ pageSize: 20 }}
            columns={[
              { key: 'code', title: t('matter.implementationCode'), dataIndex: 'implementationCode', width: 200, fixed: 'left' },
              { key: 'name', title: t('matter.name'), dataIndex: 'name', width: 220, fixed: 'left' },
              {
                key: 'change',
                title: t('ledger.change'),
                width: 130,
                render: (_, row) => (
                  <Space size={2} wrap>
                    {row.added ? <Tag color="green">{t('ledger.added')}</Tag> : null}
                    {row.retired ? <Tag color="red">{t('ledger.retired')}</Tag> : null}
                    {row.optimized ? <Tag color="blue">{t('ledger.optimized')}</Tag> : null}
                    {row.devolved ? <Tag color="purple">{t('ledger.devolved')}</Tag> : null}
                    {row.changed && !row.added && !row.retired ? <Tag color="orange">{t('ledger.changed')}</Tag> : null}
                  </Space>
                ),
              },
              ...MEASURE_KEYS.map((key) => ({
                key,
                title: t(`ledger.measure.${key}`),
                width: 130,
                render: (_: unknown, row: Row) => {
                  const m = row.measures[key];
                  return (
                    <span>
                      {beforeAfter(m)}
                      {m.compression ? <Typography.Text type="success">{t('common.parenthesized', { text: percent(m.compression) })}</Typography.Text> : null}
                    </span>
                  );
                },
              })),
            ]}
          />
        </>
      ) : null}
    </Space>
  );
}
