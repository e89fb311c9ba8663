import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { FeeItem, Material, ProcedureStep } from '../content/matter-content';

const REFUSED = '下级不得增加或延长，提交即被拒绝（LOCAL_CHANGE_FORBIDDEN）/ refused: lower tiers may not add or lengthen this';

/**
 * What a township or village sets for itself. The refused fields exist so that an attempt
 * is answered with the rule it breaks instead of a bare schema error.
 */
@InputType()
export class LocalSettingInput {
  @Field(() => String, { nullable: true, description: '办理地点' }) @IsOptional() @Length(0, 300) address?: string | null;
  @Field(() => String, { nullable: true, description: '办理时间' }) @IsOptional() @Length(0, 200) hours?: string | null;
  @Field(() => String, { nullable: true, description: '咨询电话' }) @IsOptional() @Length(0, 40) phone?: string | null;
  @Field(() => ID, { nullable: true, description: '受理窗口' }) @IsOptional() @IsUUID() windowId?: string | null;
  @Field(() => Int, { nullable: true, description: '承诺时限，只能缩短 / promised limit, shorter only' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  promisedDays?: number | null;
  @Field(() => [Material], { nullable: true, description: REFUSED }) materials?: Material[] | null;
  @Field(() => [FeeItem], { nullable: true, description: REFUSED }) fees?: FeeItem[] | null;
  @Field(() => [ProcedureStep], { nullable: true, description: REFUSED }) steps?: ProcedureStep[] | null;
  @Field(() => [String], { nullable: true, description: REFUSED }) conditions?: string[] | null;
  @Field(() => Int, { nullable: true, description: REFUSED }) statutoryDays?: number | null;
  @Field(() => Int, { nullable: true, description: REFUSED }) naturalDayCap?: number | null;
}
