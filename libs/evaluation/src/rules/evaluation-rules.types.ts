import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { Grade } from '../rating/grades';
import { RatingGradeEnum } from '../rating/rating.types';

@ObjectType('EvaluationRules', { description: '本县好差评规则 / the county’s rules for ratings' })
export class EvaluationRulesView {
  @Field(() => [RatingGradeEnum], { description: '计为差评的等级 / the grades that count as bad' }) badGrades: Grade[];
  @Field(() => Int, { description: '整改期限（工作日） / working days a rectification may take' }) rectificationWorkingDays: number;
  @Field({ description: '匿名差评（公开查询页）也转整改 / anonymous bad ratings open a rectification too' }) anonymousBadOpensRectification: boolean;
  @Field({ description: '仍为平台默认值，本县尚未设置 / the defaults: the county has set none' }) isDefault: boolean;
  @Field(() => String, { nullable: true }) updatedAt: string | null;
}

@InputType({ description: '设置本县好差评规则 / set the county’s rules for ratings' })
export class EvaluationRulesInput {
  @Field(() => [RatingGradeEnum]) badGrades: Grade[];
  @Field(() => Int) @IsInt() @Min(1) @Max(60) rectificationWorkingDays: number;
  @Field() @IsBoolean() anonymousBadOpensRectification: boolean;
}
