import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@county/tenancy';
import { CHANNELS, Channel, DIMENSIONS, Dimension, Grade, GRADES } from './grades';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as Record<Uppercase<T>, T>;

export const RatingGradeEnum = enumOf(GRADES);
export const RatingDimensionEnum = enumOf(DIMENSIONS);
export const RatingChannelEnum = enumOf(CHANNELS);

registerEnumType(RatingGradeEnum, { name: 'RatingGrade', description: '评价等级：非常满意、满意、基本满意、不满意、非常不满意 / the five grades' });
registerEnumType(RatingDimensionEnum, { name: 'RatingDimension', description: '评价维度 / what a rating may grade besides the whole' });
registerEnumType(RatingChannelEnum, { name: 'RatingChannel', description: '评价渠道：窗口、公开查询、代办员代评 / how a rating came in' });

@ObjectType('RatingDimensionGrade')
export class DimensionGradeView {
  @Field(() => RatingDimensionEnum) dimension: Dimension;
  @Field(() => RatingGradeEnum) grade: Grade;
}

@InputType('RatingDimensionGradeInput')
export class DimensionGradeInput {
  @Field(() => RatingDimensionEnum) dimension: Dimension;
  @Field(() => RatingGradeEnum) grade: Grade;
}

@ObjectType('RatingPerson', { description: '经办人 / a person who handled the case' })
export class RatingPerson {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('RatingUnit')
export class RatingUnit {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('CaseRating', { description: '好差评：一事一评 / the one rating of a case' })
export class RatingView {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true }) caseNumber: string | null;
  @Field() matterName: string;
  @Field(() => RatingGradeEnum) grade: Grade;
  @Field(() => [DimensionGradeView]) dimensions: DimensionGradeView[];
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => RatingChannelEnum) channel: Channel;
  @Field({ description: '代办员代评 / recorded by a village agent for the applicant' }) byProxy: boolean;
  @Field({ description: '匿名（公开查询页，未登录） / given without login' }) anonymous: boolean;
  @Field({ description: '按本县规则为差评 / bad under the county’s rules' }) bad: boolean;
  @Field(() => RatingUnit, { description: '受理单位 / where the case was accepted' }) acceptingUnit: RatingUnit;
  @Field(() => RatingUnit, { description: '决定部门 / the deciding department' }) decidingUnit: RatingUnit;
  @Field(() => RatingPerson, { nullable: true, description: '受理人 / who accepted the case' }) acceptedBy: RatingPerson | null;
  @Field(() => RatingPerson, { nullable: true, description: '决定人 / who decided the case' }) decidedBy: RatingPerson | null;
  @Field(() => RatingPerson, { nullable: true, description: '录入人（窗口或代办员） / who recorded it' }) recordedBy: RatingPerson | null;
  @Field() ratedAt: string;
  @Field(() => ID, { nullable: true, description: '差评转出的整改单 / the rectification it opened' }) rectificationId: string | null;
}

@ObjectType('GradeCount')
export class GradeCount {
  @Field(() => RatingGradeEnum) grade: Grade;
  @Field(() => Int) count: number;
}

@ObjectType('CaseRatingConnection')
export class RatingConnection extends Connection(RatingView) {
  @Field(() => [GradeCount], { description: '各等级条数（同一筛选条件） / how many per grade under the same filters' }) gradeCounts: GradeCount[];
}

@InputType({ description: '评价一个办结的办件 / rate a finished case' })
export class RateCaseInput {
  @Field({ description: '设备上生成一次，重试原样带上 / made once, sent again on retry' }) idempotencyKey: string;
  @Field(() => RatingGradeEnum) grade: Grade;
  @Field(() => [DimensionGradeInput], { nullable: true }) dimensions?: DimensionGradeInput[] | null;
  @Field(() => String, { nullable: true, description: '评语，不超过 500 字 / a comment, at most 500 characters' }) comment?: string | null;
}

@ObjectType('PublicRating', { description: '公开查询页的评价结果（不含个人信息） / a rating given on the public lookup' })
export class PublicRatingView {
  @Field() caseNumber: string;
  @Field(() => RatingGradeEnum) grade: Grade;
  @Field() ratedAt: string;
}

@InputType('RatingFilter')
export class RatingFilter {
  @Field(() => [RatingGradeEnum], { nullable: true }) grades?: Grade[] | null;
  @Field(() => Boolean, { nullable: true, description: '只看差评 / bad ones only' }) badOnly?: boolean | null;
  @Field(() => RatingChannelEnum, { nullable: true }) channel?: Channel | null;
  @Field(() => String, { nullable: true, description: '评价日期起（北京时间） / from, Beijing date' }) from?: string | null;
  @Field(() => String, { nullable: true, description: '评价日期止 / to, Beijing date' }) to?: string | null;
}
