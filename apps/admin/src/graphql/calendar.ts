import { graphql } from '../gql';

export const WorkingCalendarDocument = graphql(`
  query WorkingCalendar($year: Int!) {
    workingCalendar(year: $year) {
      ...CalendarYearFields
    }
  }
`);

export const CalendarYearFieldsFragment = graphql(`
  fragment CalendarYearFields on CalendarYearView {
    year
    status
    confirmedAt
    confirmedByName
    workingDays
    days {
      date
      kind
      name
      source
      nationalKind
      setByName
      setAt
    }
  }
`);

export const UnconfirmedCalendarYearsDocument = graphql(`
  query UnconfirmedCalendarYears {
    unconfirmedCalendarYears
  }
`);

export const DueDateDocument = graphql(`
  query DueDate($countyCode: String!, $acceptedOn: String!, $workingDays: Int!, $naturalDayCap: Int) {
    dueDate(countyCode: $countyCode, acceptedOn: $acceptedOn, workingDays: $workingDays, naturalDayCap: $naturalDayCap) {
      date
      provisional
      unconfirmedYears
      limitedBy
    }
  }
`);

export const SetCalendarDayDocument = graphql(`
  mutation SetCalendarDay($date: String!, $kind: CalendarDayKind!, $name: String!) {
    setCalendarDay(date: $date, kind: $kind, name: $name) {
      ...CalendarYearFields
    }
  }
`);

export const ClearCalendarDayDocument = graphql(`
  mutation ClearCalendarDay($date: String!) {
    clearCalendarDay(date: $date) {
      ...CalendarYearFields
    }
  }
`);

export const ConfirmCalendarYearDocument = graphql(`
  mutation ConfirmCalendarYear($year: Int!) {
    confirmCalendarYear(year: $year) {
      ...CalendarYearFields
    }
  }
`);

export const ReopenCalendarYearDocument = graphql(`
  mutation ReopenCalendarYear($year: Int!) {
    reopenCalendarYear(year: $year) {
      ...CalendarYearFields
    }
  }
`);
