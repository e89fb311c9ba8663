import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SpecialGroup } from '../applicants/applicant.types';
import { DeliveryMethod } from '../case/case.types';

export enum CaseFeeStatus {
  DUE = 'due', // 待缴
  PAID = 'paid', // 已缴（银行回执）
  WAIVED = 'waived', // 已减免
}

registerEnumType(CaseFeeStatus, { name: 'CaseFeeStatus', description: '收费状态：待缴、已缴、已减免 / due, paid or waived' });

@ObjectType('CaseFee', { description: '办件的一项收费，受理时取自所依据的事项版本 / one fee of a case, copied from the pinned version at acceptance' })
export class CaseFeeView {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: '收费依据 / legal basis' }) basis: string;
  @Field({ description: '金额（元），如 80.00；库中以分为整数保存 / amount in yuan; stored as whole fen' }) amountYuan: string;
  @Field(() => CaseFeeStatus) status: CaseFeeStatus;
  @Field(() => String, { nullable: true, description: '银行缴款回执号 / the bank’s receipt number' }) bankReceiptNumber: string | null;
  @Field(() => String, { nullable: true, description: '缴款日期 / paid on' }) paidOn: string | null;
  @Field(() => SpecialGroup, { nullable: true, description: '减免所依据的特殊群体 / the group it was waived for' }) waivedGroup: SpecialGroup | null;
  @Field(() => String, { nullable: true }) waiveReason: string | null;
  @Field(() => String, { nullable: true, description: '登记人 / who recorded the payment or waiver' }) settledBy: string | null;
  @Field(() => String, { nullable: true }) settledAt: string | null;
}

@ObjectType('CaseDelivery', { description: '送达情况 / how the result was delivered' })
export class CaseDeliveryView {
  @Field(() => DeliveryMethod) method: DeliveryMethod;
  @Field(() => String, { nullable: true, description: '邮件单号（邮寄） / tracking number' }) trackingNumber: string | null;
  @Field(() => String, { nullable: true, description: '送达地址（上门） / address for home delivery' }) address: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
}

@InputType({ description: '登记缴费：票款分离，只登记银行缴款回执号 / record a payment by the bank’s receipt number' })
export class RecordCasePaymentInput {
  @Field() idempotencyKey: string;
  @Field(() => [ID], { description: '本回执缴清的收费项目 / the fee items this receipt pays' }) feeIds: string[];
  @Field({ description: '银行缴款回执号，6–40 位字母、数字或 - / the bank’s receipt number' }) bankReceiptNumber: string;
  @Field(() => String, { nullable: true, description: '缴款日期 YYYY-MM-DD，默认今日 / paid on, today by default' }) paidOn?: string | null;
}

@InputType({ description: '减免收费：申请人属于该特殊群体且事项规定了该群体 / waive a fee for a special group' })
export class WaiveCaseFeeInput {
  @Field() idempotencyKey: string;
  @Field(() => ID) feeId: string;
  @Field(() => SpecialGroup) group: SpecialGroup;
  @Field() reason: string;
}
