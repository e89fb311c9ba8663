import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CalendarDayKind {
  HOLIDAY = 'holiday', // 放假
  WORKDAY = 'workday', // 上班（调休）
}

export enum CalendarDaySource {
  NATIONAL = 'national', // 国务院通知
  COUNTY = 'county', // 本县设置
}

export enum CalendarYearStatus {
  NATIONAL = 'national', // 已内置国务院通知
  CONFIRMED = 'confirmed', // 本县已录入并确认
  UNCONFIRMED = 'unconfirmed', // 未确认：跨入该年的期限为暂定
}

export enum DueLimit {
  WORKING_DAYS = 'working_days',
  NATURAL_DAYS = 'natural_days',
}

registerEnumType(CalendarDayKind, { name: 'CalendarDayKind', description: '放假或上班 / a day off or a working day' });
registerEnumType(CalendarDaySource, { name: 'CalendarDaySource', description: '国务院通知或本县设置 / national arrangement or county entry' });
registerEnumType(CalendarYearStatus, { name: 'CalendarYearStatus', description: '全年安排的状态 / whether a year’s arrangement is known' });
registerEnumType(DueLimit, { name: 'DueLimit', description: '决定期限的是工作日还是自然日上限（双限时） / which limit decided the due date' });

@ObjectType({ description: '与平常不同的一天：节假日、调休上班日或本县设置 / a day that differs from an ordinary week' })
export class CalendarDayView {
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field(() => CalendarDayKind) kind: CalendarDayKind;
  @Field({ description: '如“国庆节” / e.g. 国庆节' }) name: string;
  @Field(() => CalendarDaySource) source: CalendarDaySource;
  @Field(() => CalendarDayKind, { nullable: true, description: '本县设置覆盖的国家安排 / the national kind a county entry overrides' })
  nationalKind: CalendarDayKind | null;
  @Field(() => String, { nullable: true }) setByName: string | null;
  @Field(() => String, { nullable: true }) setAt: string | null;
}

@ObjectType({ description: '某一年的节假日安排 / one year’s arrangement' })
export class CalendarYearView {
  @Field(() => Int) year: number;
  @Field(() => CalendarYearStatus) status: CalendarYearStatus;
  @Field(() => String, { nullable: true }) confirmedAt: string | null;
  @Field(() => String, { nullable: true }) confirmedByName: string | null;
  @Field(() => [CalendarDayView], { description: '按日期排序 / in date order' }) days: CalendarDayView[];
  @Field(() => Int, { description: '全年工作日数 / working days in the year' }) workingDays: number;
}

@ObjectType({ description: '办理期限 / a due date' })
export class DueDateView {
  @Field({ description: '到期日 YYYY-MM-DD' }) date: string;
  @Field({ description: '跨入未确认节假日安排的年份，日期可能变动 / reaches a year whose arrangement is unconfirmed' }) provisional: boolean;
  @Field(() => [Int]) unconfirmedYears: number[];
  @Field(() => DueLimit) limitedBy: DueLimit;
}
