import { useMutation } from '@apollo/client/react';
import { Button, Popconfirm, Table, Tag, Typography } from 'antd';
import type { CalendarYearFieldsFragment } from '../../gql/graphql';
import type { CalendarDayKind } from '../../gql/graphql';
import { ClearCalendarDayDocument, UnconfirmedCalendarYearsDocument } from '../../graphql/calendar';
import { useRunMutation } from '../../components/useRunMutation';
import { useT } from '../../i18n/i18n';

type Day = CalendarYearFieldsFragment['days'][number];

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The year's days that differ from an ordinary week: holidays, make-up working days, county entries. */
export function CalendarDaysTable({ days, loading, canManage }: { days: Day[]; loading: boolean; canManage: boolean }) {
  const t = useT();
  const runMutation = useRunMutation();
  const [clear] = useMutation(ClearCalendarDayDocument, { refetchQueries: [UnconfirmedCalendarYearsDocument] });
  const kindTag = (kind: CalendarDayKind) => <Tag color={kind === 'HOLIDAY' ? 'red' : 'blue'}>{t(`calendar.kind.${kind}`)}</Tag>;

  return (
    <Table<Day>
      rowKey="date"
      size="small"
      loading={loading}
      dataSource={days}
      pagination={false}
      data-testid="calendar-days"
      onRow={(day) => ({ 'data-date': day.date, 'data-source': day.source }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t('calendar.noDays') }}
      columns={[
        { key: 'date', title: t('calendar.date'), dataIndex: 'date', width: 120 },
        { key: 'weekday', title: t('calendar.weekday'), width: 70, render: (_, day) => t(`calendar.weekday.${weekday(day.date)}`) },
        { key: 'kind', title: t('calendar.kindTitle'), width: 90, render: (_, day) => kindTag(day.kind) },
        { key: 'name', title: t('calendar.name'), dataIndex: 'name' },
        {
          key: 'source',
          title: t('calendar.source'),
          render: (_, day) =>
            day.source === 'COUNTY' ? (
              <span>
                <Tag color="gold">{t('calendar.source.COUNTY')}</Tag>
                {day.nationalKind ? <Typography.Text type="secondary">{t('calendar.overrides', { kind: t(`calendar.kind.${day.nationalKind}`) })}</Typography.Text> : null}
              </span>
            ) : (
              <Tag>{t('calendar.source.NATIONAL')}</Tag>
            ),
        },
        ...(canManage
          ? [
              {
                key: 'actions',
                title: t('calendar.actions'),
                width: 110,
                render: (_: unknown, day: Day) =>
                  day.source === 'COUNTY' ? (
                    <Popconfirm title={t('calendar.clearConfirm', { date: day.date })} onConfirm={() => runMutation(() => clear({ variables: { date: day.date } }), t('calendar.cleared', { date: day.date }))}>
                      <Button type="link" size="small" data-testid={`calendar-clear-${day.date}`}>
                        {t('calendar.clear')}
                      </Button>
                    </Popconfirm>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
