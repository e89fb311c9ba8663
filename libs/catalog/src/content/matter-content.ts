import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ApplicantKind, CaseKind, DeliveryOption, LegalBasisLevel, MaterialForm, MatterType, StepKind, Tier } from './catalog-enums';

/**
 * Every element of a matter (事项要素), as one value: it is what a version stores in its
 * `content` column, what an editor sends and what the guide shows. One class serves as the
 * GraphQL input and output type so the two can never drift apart.
 */

export const CODE_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

@ObjectType('LegalBasis', { description: '事项依据 / one legal basis' })
@InputType('LegalBasisInput')
export class LegalBasis {
  @Field(() => LegalBasisLevel) @IsEnum(LegalBasisLevel) level: LegalBasisLevel;
  @Field({ description: '名称，如《中华人民共和国行政许可法》' }) @Length(1, 200) title: string;
  @Field(() => String, { nullable: true, description: '条款，如 第二十九条' })
  @IsOptional()
  @Length(0, 500)
  article?: string | null;
}

@ObjectType('Material', { description: '申请材料 / a required or optional material' })
@InputType('MaterialInput')
export class Material {
  @Field() @Length(1, 200) name: string;
  @Field(() => MaterialForm) @IsEnum(MaterialForm) form: MaterialForm;
  @Field(() => Int, { description: '份数 / copies' }) @IsInt() @Min(0) @Max(50) copies: number;
  @Field({ description: '是否必需 / required' }) @IsBoolean() required: boolean;
  @Field({ description: '是否容缺 / may be supplied later' }) @IsBoolean() deferrable: boolean;
  @Field({ description: '免提交：可通过共享数据获取 / obtainable from shared data' }) @IsBoolean() sharedData: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 500) note?: string | null;
}

@ObjectType('ProcedureStep', { description: '办理环节 / one procedure step with its time share' })
@InputType('ProcedureStepInput')
export class ProcedureStep {
  @Field() @Length(1, 100) name: string;
  @Field(() => StepKind) @IsEnum(StepKind) kind: StepKind;
  @Field(() => Int, { description: '时限（工作日）/ working days' }) @IsInt() @Min(0) @Max(3650) days: number;
  @Field({ description: '是否计入办理时限（踏勘、专家评审一般不计）/ counted in the limit' }) @IsBoolean() counted: boolean;
}

@ObjectType('FeeItem', { description: '收费项目 / a fee item' })
@InputType('FeeItemInput')
export class FeeItem {
  @Field() @Length(1, 200) name: string;
  @Field({ description: '收费依据 / legal basis of the fee' }) @Length(0, 500) basis: string;
  @Field({ description: '金额（元），如 50.00 / amount in yuan' })
  @Matches(/^\d{1,9}(\.\d{1,2})?$/)
  amount: string;
}

@ObjectType('MatterContent', { description: '事项全部要素 / every element of a matter' })
@InputType('MatterContentInput')
export class MatterContent {
  @Field({ description: '基本编码 / basic code' }) @Matches(CODE_PATTERN) basicCode: string;
  @Field({ description: '实施编码 / implementation code' }) @Matches(CODE_PATTERN) implementationCode: string;
  @Field() @Length(1, 100) name: string;
  @Field(() => MatterType) @IsEnum(MatterType) type: MatterType;
  @Field(() => String, { nullable: true, description: '子类型或业务办理项 / sub-type' })
  @IsOptional()
  @Length(0, 100)
  subType?: string | null;
  @Field(() => [ApplicantKind]) @ArrayMinSize(1) @IsEnum(ApplicantKind, { each: true }) applicantKinds: ApplicantKind[];
  @Field(() => [String], { description: '特殊群体，如 老年人、残疾人、低保对象' })
  @ArrayMaxSize(20)
  @Length(1, 50, { each: true })
  specialGroups: string[];
  @Field(() => [LegalBasis], { description: '事项依据，按效力层级排列 / ordered legal basis' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => LegalBasis)
  legalBasis: LegalBasis[];
  @Field(() => ID, { description: '实施主体（部门）/ implementing department' }) @IsUUID() implementingBodyId: string;
  @Field(() => String, { nullable: true, description: '承办机构（科室）/ handling office' })
  @IsOptional()
  @Length(0, 100)
  handlingOffice?: string | null;
  @Field(() => [ID], { description: '联办部门 / co-implementing departments' })
  @ArrayMaxSize(20)
  @IsUUID(undefined, { each: true })
  coImplementingBodyIds: string[];
  @Field(() => CaseKind) @IsEnum(CaseKind) caseKind: CaseKind;
  @Field(() => Int, { description: '法定时限（工作日）' }) @IsInt() @Min(0) @Max(3650) statutoryDays: number;
  @Field(() => Int, { description: '承诺时限（工作日）' }) @IsInt() @Min(0) @Max(3650) promisedDays: number;
  @Field(() => Int, { nullable: true, description: '自然日上限（双限时）/ natural-day cap' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  naturalDayCap?: number | null;
  @Field(() => Boolean, { nullable: true, description: '超时默许：逾期未作决定视为准予 / silence past the limit counts as approval' })
  @IsOptional()
  @IsBoolean()
  deemedApproval?: boolean | null;
  @Field(() => [String], { description: '办理条件' }) @ArrayMaxSize(50) @Length(1, 1000, { each: true }) conditions: string[];
  @Field(() => [Material]) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => Material) materials: Material[];
  @Field(() => [ProcedureStep]) @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => ProcedureStep) steps: ProcedureStep[];
  @Field(() => [FeeItem], { description: '收费项目；空表示不收费 / empty means free' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => FeeItem)
  fees: FeeItem[];
  @Field(() => [String], { description: '出具的文书或证照 / result documents' })
  @ArrayMaxSize(20)
  @Length(1, 200, { each: true })
  resultDocuments: string[];
  @Field(() => [DeliveryOption]) @ArrayMinSize(1) @IsEnum(DeliveryOption, { each: true }) deliveryOptions: DeliveryOption[];
  @Field(() => Int, { description: '到现场次数 0/1/2' }) @IsInt() @Min(0) @Max(2) visits: number;
  @Field(() => Int, { description: '网办深度 0–4（四级为全程网办）' }) @IsInt() @Min(0) @Max(4) onlineDepth: number;
  @Field({ description: '是否可代办 / proxy filing allowed' }) @IsBoolean() proxyAllowed: boolean;
  @Field(() => [Tier], { description: '受理层级 / tiers that accept' })
  @ArrayMinSize(1)
  @IsEnum(Tier, { each: true })
  acceptingTiers: Tier[];
  @Field(() => Tier, { description: '办理（决定）层级 / tier that decides' }) @IsEnum(Tier) decidingTier: Tier;
  @Field({ description: '办理地点' }) @Length(0, 300) place: string;
  @Field({ description: '办理时间' }) @Length(0, 200) hours: string;
  @Field({ description: '咨询电话' }) @Length(0, 40) consultPhone: string;
  @Field({ description: '监督投诉电话' }) @Length(0, 40) supervisionPhone: string;
  @Field({ description: '邮寄地址' }) @Length(0, 300) postalAddress: string;
}
