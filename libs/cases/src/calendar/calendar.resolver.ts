import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Public, RateLimited, RequestContext } from '@county/tenancy';
import { WorkingCalendars } from './calendar.service';
import { CalendarDayKind, CalendarYearView, DueDateView } from './calendar.types';

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendars: WorkingCalendars) {}

  @Query(() => DueDateView, {
    complexity: 2,
    description: '按本县工作日历计算办理期限（受理当日不计入） / the due date of a limit in working days, the start day not counted',
  })
  @Public()
  @RateLimited('guide')
  dueDate(
    @Args('countyCode', { description: '县级区划代码 / county division code' }) countyCode: string,
    @Args('acceptedOn', { description: '受理日期 YYYY-MM-DD / the day the case was accepted' }) acceptedOn: string,
    @Args('workingDays', { type: () => Int, description: '时限（工作日），即办件为 0 / the limit in working days, 0 for 即办件' }) workingDays: number,
    @Args('naturalDayCap', { type: () => Int, nullable: true, description: '双限时的自然日上限 / a natural-day cap' }) naturalDayCap?: number,
  ) {
    return this.calendars.publicDueDate(countyCode, acceptedOn, workingDays, naturalDayCap);
  }

  @Query(() => CalendarYearView, { description: '本县某一年的节假日安排 / the county’s arrangement of one year' })
  @Allow('read', 'WorkingCalendar')
  workingCalendar(@Ctx() ctx: RequestContext, @Args('year', { type: () => Int }) year: number) {
    return this.calendars.year(ctx, year);
  }

  @Query(() => [Int], { description: '今年和明年中尚未确认节假日安排的年份 / this or next year without a confirmed arrangement' })
  @Allow('read', 'WorkingCalendar')
  unconfirmedCalendarYears(@Ctx() ctx: RequestContext) {
    return this.calendars.unconfirmedYears(ctx);
  }

  @Mutation(() => CalendarYearView, { description: '设置一天放假或上班（已有则改） / set a day off or a working day' })
  @Allow('manage', 'WorkingCalendar')
  setCalendarDay(
    @Ctx() ctx: RequestContext,
    @Args('date') date: string,
    @Args('kind', { type: () => CalendarDayKind }) kind: CalendarDayKind,
    @Args('name', { description: '如“元旦” / e.g. 元旦' }) name: string,
  ) {
    return this.calendars.setDay(ctx, date, kind, name);
  }

  @Mutation(() => CalendarYearView, { description: '取消本县对某天的设置 / clear the county’s entry of a day' })
  @Allow('manage', 'WorkingCalendar')
  clearCalendarDay(@Ctx() ctx: RequestContext, @Args('date') date: string) {
    return this.calendars.clearDay(ctx, date);
  }

  @Mutation(() => CalendarYearView, { description: '确认某年节假日安排已录入完整 / confirm a year’s arrangement is entered' })
  @Allow('manage', 'WorkingCalendar')
  confirmCalendarYear(@Ctx() ctx: RequestContext, @Args('year', { type: () => Int }) year: number) {
    return this.calendars.confirmYear(ctx, year);
  }

  @Mutation(() => CalendarYearView, { description: '撤销某年的确认 / reopen a year’s arrangement' })
  @Allow('manage', 'WorkingCalendar')
  reopenCalendarYear(@Ctx() ctx: RequestContext, @Args('year', { type: () => Int }) year: number) {
    return this.calendars.reopenYear(ctx, year);
  }
}
