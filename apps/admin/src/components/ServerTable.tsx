import type { ReactNode } from 'react';
import { Button, Flex, Space, Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../ErrorAlert';
import { useT } from '../i18n/i18n';
import { tableScroll } from './tableScroll';
import type { ServerTableState } from './useServerTable';

interface ServerTableProps<T> {
  table: ServerTableState<T>;
  columns: TableColumnsType<T>;
  rowKey: keyof T & string;
  testId: string;
  /** Filters shown above the table; they are sent to the server with the query. */
  filters?: ReactNode;
  onRow?: TableProps<T>['onRow'];
  expandable?: TableProps<T>['expandable'];
  size?: TableProps<T>['size'];
  /** Fixed column widths and a horizontal scroll inside the table, so a wide list never widens the page. */
  tableLayout?: TableProps<T>['tableLayout'];
  scroll?: TableProps<T>['scroll'];
}

/** Every list page's table: rows come a page at a time from the server, filtered there. */
export function ServerTable<T extends object>({ table, columns, rowKey, testId, filters, onRow, expandable, size, tableLayout, scroll }: ServerTableProps<T>) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {filters ? <Space wrap>{filters}</Space> : null}
      <ErrorAlert error={table.error} />
      <Table<T>
        rowKey={rowKey}
        size={size}
        loading={table.loading}
        dataSource={table.rows}
        columns={columns}
        scroll={scroll ?? tableScroll(columns)}
        onRow={onRow}
        expandable={expandable}
        tableLayout={tableLayout}
        pagination={false}
        data-testid={testId}
      />
      <Pager table={table} testId={testId} />
    </Space>
  );
}

/** The total and the previous / next buttons under a server-paged list. */
export function Pager<T>({ table, testId }: { table: ServerTableState<T>; testId: string }) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(table.totalCount / table.pageSize));
  return (
    <Flex justify="flex-end" align="center" gap={12} wrap>
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }} data-testid={`${testId}-total`} data-total={table.totalCount}>
        {t('table.total', { total: table.totalCount })}
      </Typography.Text>
      <Typography.Text style={{ whiteSpace: 'nowrap' }} data-testid={`${testId}-page`}>{t('table.page', { page: table.page + 1, pages })}</Typography.Text>
      <Button size="small" icon={<LeftOutlined />} disabled={table.page === 0} onClick={table.previous} data-testid={`${testId}-previous`}>
        {t('table.previous')}
      </Button>
      <Button size="small" disabled={!table.hasNextPage} onClick={table.next} data-testid={`${testId}-next`}>
        {t('table.next')}
        <RightOutlined />
      </Button>
    </Flex>
  );
}
