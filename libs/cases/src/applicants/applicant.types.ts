import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString } from 'class-validator';
import { Connection, PageArgs } from '@county/tenancy';

export enum PartyKind {
  PERSON = 'person', // 个人
  ORGANIZATION = 'organization', // 法人或其他组织
}

export enum ApplicantIdKind {
  RESIDENT_ID = 'resident_id', // 居民身份证
  CREDIT_CODE = 'credit_code', // 统一社会信用代码
}

/** What the counter offers follows from these (优先办理, 减免, 上门服务). */
export enum SpecialGroup {
  ELDERLY = 'elderly', // 老年人（60 周岁及以上，由出生日期得出）
  DISABLED = 'disabled', // 残疾人
  LOW_INCOME = 'low_income', // 低保对象
  ENTITLED = 'entitled', // 优抚对象
}

registerEnumType(PartyKind, { name: 'PartyKind', description: '个人或单位 / a person or an organization' });
registerEnumType(ApplicantIdKind, { name: 'ApplicantIdKind', description: '证件类别 / the kind of ID number' });
registerEnumType(SpecialGroup, { name: 'SpecialGroup', description: '特殊群体 / a special group the counter serves first' });

@ObjectType({ description: '申请人：证件号码只以脱敏形式出现 / an applicant; the ID number only masked' })
export class ApplicantView {
  @Field(() => ID) id: string;
  @Field(() => PartyKind) kind: PartyKind;
  @Field() name: string;
  @Field(() => ApplicantIdKind) idKind: ApplicantIdKind;
  @Field({ description: '如 110105********002X / e.g. 110105********002X' }) idNumberMasked: string;
  @Field(() => String, { nullable: true, description: '出生日期（个人）YYYY-MM-DD' }) birthDate: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => ID, { nullable: true, description: '居住的村（社区）或乡镇 / the village or township of residence' }) residenceUnitId: string | null;
  @Field(() => String, { nullable: true }) residenceUnitName: string | null;
  @Field({ description: '残疾人' }) disabled: boolean;
  @Field({ description: '低保对象' }) lowIncome: boolean;
  @Field({ description: '优抚对象' }) entitled: boolean;
  @Field({ description: '年满 60 周岁（按今天的北京日期） / 60 or older today' }) elderly: boolean;
  @Field(() => [SpecialGroup]) specialGroups: SpecialGroup[];
  @Field() createdAt: string;
  @Field() updatedAt: string;
}

@ObjectType('ApplicantConnection')
export class ApplicantConnection extends Connection(ApplicantView) {}

@InputType({ description: '登记申请人 / register an applicant' })
export class RegisterApplicantInput {
  @Field(() => PartyKind) @IsEnum(PartyKind) kind: PartyKind;
  @Field() @IsString() name: string;
  @Field({ description: '个人：身份证号码；单位：统一社会信用代码' }) @IsString() idNumber: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() address?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() residenceUnitId?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() disabled?: boolean;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() lowIncome?: boolean;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) @IsOptional() @IsBoolean() entitled?: boolean;
}

@InputType({ description: '修改申请人（证件号码不可改） / change an applicant; the ID number stays' })
export class UpdateApplicantInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() address?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() residenceUnitId?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() disabled?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() lowIncome?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() entitled?: boolean | null;
}

@ArgsType()
export class ApplicantsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '完整证件号码、姓名/名称的一部分或电话 / a full ID number, part of a name, or a phone' })
  @IsOptional()
  @IsString()
  search?: string | null;
}
