import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@county/tenancy';
import { APPLICANT_ANSWERS, ApplicantAnswer, RECTIFICATION_STATES, RectificationState, RectificationWarning } from './rectification-process';
import { RatingGradeEnum, RatingPerson, RatingUnit } from '../rating/rating.types';
import { Grade } from '../rating/grades';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as Record<Uppercase<T>, T>;

export const RectificationStateEnum = enumOf(RECTIFICATION_STATES);
export const ApplicantAnswerEnum = enumOf(APPLICANT_ANSWERS);
export const RectificationWarningEnum = enumOf(['normal', 'yellow', 'red'] as const);

registerEnumType(RectificationStateEnum, { name: 'RectificationState', description: '整改状态：待核实、已核实、已整改、已回访、已办结 / where a rectification is' });
registerEnumType(ApplicantAnswerEnum, { name: 'CallbackAnswer', description: '回访时群众的意见 / the applicant’s answer on the callback' });
registerEnumType(RectificationWarningEnum, { name: 'RectificationWarning', description: '整改预警：正常、黄牌、红牌 / deadline warning' });

@ObjectType('RectificationStepRecord', { description: '整改的一步：内容、办理人、时间 / one step, who and when' })
export class RectificationStepView {
  @Field() text: string;
  @Field(() => RatingPerson, { nullable: true }) by: RatingPerson | null;
  @Field() at: string;
}

@ObjectType('Rectification', { description: '差评整改 / the follow-up of a bad rating' })
export class RectificationView {
  @Field(() => ID) id: string;
  @Field(() => ID) ratingId: string;
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true }) caseNumber: string | null;
  @Field() matterName: string;
  @Field(() => RatingGradeEnum) grade: Grade;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => RatingUnit, { description: '责任单位 / the responsible unit' }) responsibleUnit: RatingUnit;
  @Field(() => RectificationStateEnum) state: RectificationState;
  @Field() openedOn: string;
  @Field({ description: '整改期限（工作日历） / due, on the working calendar' }) dueDate: string;
  @Field() dueProvisional: boolean;
  @Field(() => RectificationWarningEnum, { nullable: true }) warning: RectificationWarning | null;
  @Field(() => RectificationStepView, { nullable: true, description: '核实情况 / the finding' }) verification: RectificationStepView | null;
  @Field(() => RectificationStepView, { nullable: true, description: '整改措施 / the measures' }) measures: RectificationStepView | null;
  @Field(() => RectificationStepView, { nullable: true, description: '回访情况 / the callback' }) callback: RectificationStepView | null;
  @Field(() => ApplicantAnswerEnum, { nullable: true, description: '回访时群众的意见 / the applicant’s answer' }) applicantAnswer: ApplicantAnswer | null;
  @Field(() => RectificationStepView, { nullable: true, description: '复核意见 / the supervisor’s review' }) review: RectificationStepView | null;
  @Field({ description: '当前用户可办理下一步 / the caller may take the next step' }) canAct: boolean;
}

@ObjectType('RectificationConnection')
export class RectificationConnection extends Connection(RectificationView) {}

@InputType({ description: '整改的一步 / one step of a rectification' })
export class RectificationStepInput {
  @Field({ description: '核实情况、整改措施、回访情况或复核意见 / the finding, measures, callback outcome or review note' }) text: string;
  @Field(() => ApplicantAnswerEnum, { nullable: true, description: '回访必填 / required for the callback' }) applicantAnswer?: ApplicantAnswer | null;
}
