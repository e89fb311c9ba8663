import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CaseUnit } from '../case/case.types';

export enum CaseTaskState {
  OPEN = 'open', // 待出具意见
  AGREED = 'agreed', // 同意
  DISAGREED = 'disagreed', // 不同意
}

registerEnumType(CaseTaskState, { name: 'CaseTaskState', description: '联办任务状态 / where a joint department’s task is' });

@ObjectType('CaseTask', { description: '联办任务：一个联办部门对本件的并联审查 / one co-implementing department’s review of a case' })
export class CaseTaskView {
  @Field(() => ID) id: string;
  @Field(() => CaseUnit) department: CaseUnit;
  @Field(() => CaseTaskState) state: CaseTaskState;
  @Field(() => String, { nullable: true, description: '意见理由（不同意时必填） / the reason given' }) reason: string | null;
  @Field(() => String, { nullable: true, description: '出具意见的人员 / who gave the opinion' }) opinionByName: string | null;
  @Field(() => String, { nullable: true }) opinionAt: string | null;
  @Field({ description: '当前用户现在可否出具意见 / whether the caller may give the opinion now' }) canGiveOpinion: boolean;
}

@ObjectType('CaseSurvey', { description: '联合踏勘：一次现场踏勘服务全部联办部门 / one joint site survey' })
export class CaseSurveyView {
  @Field(() => ID) id: string;
  @Field(() => [CaseUnit], { description: '参加踏勘的部门（牵头部门在前） / the departments it served, the lead first' }) departments: CaseUnit[];
  @Field() reason: string;
  @Field() startedOn: string;
  @Field(() => String, { nullable: true }) endedOn: string | null;
}

@ObjectType('CaseDecider', { description: '作出决定的人员（审管分离据此判断） / who decided the case' })
export class CaseDeciderView {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field(() => CaseUnit, { description: '代表的决定部门 / the department decided for' }) onBehalfOf: CaseUnit;
  @Field(() => ID, { nullable: true, description: '依据的授权（一纸授权），按岗位决定时为空 / the delegation used, if any' }) delegationId: string | null;
}

@InputType({ description: '联办部门出具意见 / a joint department’s opinion' })
export class CaseTaskOpinionInput {
  @Field() idempotencyKey: string;
  @Field({ description: '同意或不同意 / agree or not' }) agree: boolean;
  @Field(() => String, { nullable: true, description: '理由（不同意时必填） / reason, required to disagree' }) reason?: string | null;
}
