import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';

@ObjectType('CaseRules', { description: '本县办件规则：预警、容缺期限、绿色通道 / the county’s rules for its cases' })
export class CaseRulesView {
  @Field(() => Int, { description: '剩余工作日不多于此数时亮黄牌 / yellow at this many working days left or fewer' }) yellowWorkingDaysLeft: number;
  @Field(() => Int, { description: '剩余时限不多于此百分比时亮黄牌 / or at this share of the limit left (percent)' }) yellowSharePercent: number;
  @Field(() => Int, { description: '容缺材料补齐期限（工作日） / working days to bring promised materials' }) gapsDueWorkingDays: number;
  @Field(() => Int, { description: '绿色通道办结时限（工作日） / green-channel limit in working days' }) greenChannelWorkingDays: number;
  @Field(() => Int, { description: '进入绿色通道的最低投资额（万元） / least investment for the green channel, 万元' }) greenChannelMinInvestmentWan: number;
  @Field({ description: '绿色通道超时默许 / silence past the green-channel limit approves' }) greenChannelDeemedApproval: boolean;
  @Field({ description: '仍为平台默认值，本县尚未设置 / the defaults: the county has set none' }) isDefault: boolean;
  @Field(() => String, { nullable: true }) updatedAt: string | null;
}

@InputType({ description: '设置本县办件规则 / set the county’s rules for its cases' })
export class CaseRulesInput {
  @Field(() => Int) @IsInt() @Min(0) @Max(30) yellowWorkingDaysLeft: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) yellowSharePercent: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(60) gapsDueWorkingDays: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(365) greenChannelWorkingDays: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100_000_000) greenChannelMinInvestmentWan: number;
  @Field() @IsBoolean() greenChannelDeemedApproval: boolean;
}
