import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Select, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useAbility } from '../../auth/ability';
import { ErrorAlert } from '../../ErrorAlert';
import { WorkingCalendarDocument } from '../../graphql/calendar';
import { useT } from '../../i18n/i18n';
import { beijingToday } from '../../time';
import { CalendarDaysTable } from './CalendarDaysTable';
import { CalendarYearStatus } from './CalendarYearStatus';
import { DueDateCheck } from './DueDateCheck';
import { SetCalendarDayForm } from './SetCalendarDayForm';
import { PageTitle } from '../../components/PageTitle';

/**
 * 工作日历: the State Council's arrangement as the platform ships it, and what the county's
 * administrator enters over it — above all next year's, published each November or December.
 */
export function CalendarPage() {
  const t = useT();
  const ability = useAbility();
  const canManage = ability.can('manage', 'WorkingCalendar');
  const thisYear = Number(beijingToday().slice(0, 4));
  const [search, setSearch] = useSearchParams();
  const asked = Number(search.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2099 ? asked : thisYear;
  const years = [...new Set([thisYear - 2, thisYear - 1, thisYear, thisYear + 1, year])].sort();
  const result = useQuery(WorkingCalendarDocument, { variables: { year } });
  const calendar = result.data?.workingCalendar;

  return (
    <Card
      title={<PageTitle>{t('calendar.title')}</PageTitle>}
      extra={
        <Select
          aria-label={t('calendar.year')}
          data-testid="calendar-year"
          value={year}
          style={{ width: 120 }}
          options={years.map((y) => ({ value: y, label: t('calendar.yearOption', { year: y }) }))}
          onChange={(y: number) => setSearch({ year: String(y) })}
        />
      }
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <ErrorAlert error={result.error} testId="calendar-error" />
        {calendar ? <CalendarYearStatus calendar={calendar} canManage={canManage} /> : null}
        <Row gutter={[24, 24]}>
          <Col xs={24} xl={15}>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t('calendar.specialDays', { year })}
            </Typography.Title>
            <CalendarDaysTable days={calendar?.days ?? []} loading={result.loading && !calendar} canManage={canManage} />
          </Col>
          <Col xs={24} xl={9}>
            <Space orientation="vertical" size="large" style={{ width: '100%' }}>
              {canManage ? <SetCalendarDayForm year={year} /> : null}
              <DueDateCheck />
            </Space>
          </Col>
        </Row>
      </Space>
    </Card>
  );
}
