import { useMutation } from '@apollo/client/react';
import { Alert, Button, Popconfirm, Space } from 'antd';
import type { CalendarYearFieldsFragment } from '../../gql/graphql';
import { ConfirmCalendarYearDocument, ReopenCalendarYearDocument, UnconfirmedCalendarYearsDocument } from '../../graphql/calendar';
import { useRunMutation } from '../../components/useRunMutation';
import { useT } from '../../i18n/i18n';
import { formatTime } from '../../time';

/** Whether due dates into the year are final, and the administrator's confirm / reopen. */
export function CalendarYearStatus({ calendar, canManage }: { calendar: CalendarYearFieldsFragment; canManage: boolean }) {
  const t = useT();
  const runMutation = useRunMutation();
  const refetchQueries = [UnconfirmedCalendarYearsDocument];
  const [confirm, confirming] = useMutation(ConfirmCalendarYearDocument, { refetchQueries });
  const [reopen, reopening] = useMutation(ReopenCalendarYearDocument, { refetchQueries });
  const { year } = calendar;
  const counts = { year, workingDays: calendar.workingDays };

  if (calendar.status === 'NATIONAL') {
    return <Alert type="success" showIcon data-testid="calendar-status" data-status="NATIONAL" title={t('calendar.national', counts)} />;
  }
  if (calendar.status === 'CONFIRMED') {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="calendar-status"
        data-status="CONFIRMED"
        title={t('calendar.confirmed', { ...counts, who: calendar.confirmedByName ?? '—', at: formatTime(calendar.confirmedAt) })}
        action={
          canManage ? (
            <Popconfirm title={t('calendar.reopenConfirm', { year })} onConfirm={() => runMutation(() => reopen({ variables: { year } }), t('calendar.reopened', { year }))}>
              <Button size="small" loading={reopening.loading} data-testid="calendar-reopen">
                {t('calendar.reopen')}
              </Button>
            </Popconfirm>
          ) : null
        }
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="calendar-status"
      data-status="UNCONFIRMED"
      title={t('calendar.unconfirmed', { year })}
      description={
        <Space orientation="vertical">
          <span>{t('calendar.unconfirmedHint', { year, count: calendar.days.length })}</span>
          {canManage ? (
            <Popconfirm
              title={t('calendar.confirmConfirm', { year, count: calendar.days.length })}
              onConfirm={() => runMutation(() => confirm({ variables: { year } }), t('calendar.confirmedOk', { year }))}
            >
              <Button type="primary" loading={confirming.loading} data-testid="calendar-confirm">
                {t('calendar.confirm', { year })}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      }
    />
  );
}
