import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { MatterStatus, MatterType, Tier } from '../content/catalog-enums';

@InputType()
export class MattersFilter {
  @Field(() => String, { nullable: true, description: '名称、拼音、拼音首字母或实施编码 / name, pinyin, initials or code' })
  @IsOptional()
  @Length(0, 100)
  search?: string | null;
  @Field(() => Tier, { nullable: true, description: '受理层级 / accepted at this tier' }) @IsOptional() @IsEnum(Tier) tier?: Tier | null;
  @Field(() => MatterType, { nullable: true }) @IsOptional() @IsEnum(MatterType) type?: MatterType | null;
  @Field(() => MatterStatus, { nullable: true }) @IsOptional() @IsEnum(MatterStatus) status?: MatterStatus | null;
  @Field(() => ID, { nullable: true, description: '实施主体（部门）/ implementing department' })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;
}
