import { useQuery } from '@apollo/client/react';
import { Alert } from 'antd';
import { Link } from 'react-router';
import { UnconfirmedCalendarYearsDocument } from '../../graphql/calendar';
import { useT } from '../../i18n/i18n';

/** Tells the administrator when this or next year's holiday arrangement still needs entering. */
export function CalendarAlert() {
  const t = useT();
  const { data } = useQuery(UnconfirmedCalendarYearsDocument, { fetchPolicy: 'cache-and-network' });
  const years = data?.unconfirmedCalendarYears ?? [];
  if (!years.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="calendar-alert"
      title={t('calendar.alert', { years: years.join(t('common.listSeparator')) })}
      action={<Link to={`/calendar?year=${years[0]}`}>{t('calendar.alertLink')}</Link>}
    />
  );
}
