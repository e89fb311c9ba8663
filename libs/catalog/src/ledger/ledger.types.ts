import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Tier } from '../content/catalog-enums';

@ObjectType('LedgerMeasure', { description: '改革前后数量与压缩率 / a measure before and after' })
export class LedgerMeasureView {
  @Field(() => Int) before: number;
  @Field(() => Int) after: number;
  @Field(() => Int, { description: '减少数量 = 改革前 − 改革后' }) reduced: number;
  @Field(() => Float, { nullable: true, description: '压缩率 =（改革前 − 改革后）/ 改革前；改革前为 0 时为空' }) compression: number | null;
}

@ObjectType('LedgerAmount', { description: '收费金额（元）改革前后 / fee amounts in yuan' })
export class LedgerAmountView {
  @Field() before: string;
  @Field() after: string;
  @Field() reduced: string;
  @Field(() => Float, { nullable: true }) compression: number | null;
}

@ObjectType('LedgerMeasures', { description: '要件、环节、程序、跑动、时限、收费的对比 / every measure of the reform ledger' })
export class LedgerMeasuresView {
  @Field(() => LedgerMeasureView, { description: '申请材料（件）' }) materials: LedgerMeasureView;
  @Field(() => LedgerMeasureView, { description: '办理环节（个）：办理流程的每一项' }) steps: LedgerMeasureView;
  @Field(() => LedgerMeasureView, { description: '办理程序（个）：环节所属的法定程序（受理、审查、决定、送达、踏勘、专家评审）' })
  procedures: LedgerMeasureView;
  @Field(() => LedgerMeasureView, { description: '到现场次数' }) visits: LedgerMeasureView;
  @Field(() => LedgerMeasureView, { description: '法定时限（工作日）' }) statutoryDays: LedgerMeasureView;
  @Field(() => LedgerMeasureView, { description: '承诺时限（工作日）' }) promisedDays: LedgerMeasureView;
  @Field(() => LedgerMeasureView, { description: '收费项目（项）' }) feeItems: LedgerMeasureView;
  @Field(() => LedgerAmountView, { description: '收费金额合计（元）' }) feeTotal: LedgerAmountView;
}

@ObjectType('LedgerSide', { description: '台账中一个版本的要素 / what the ledger counts of one version' })
export class LedgerSideView {
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) effectiveFrom: string | null;
  @Field() name: string;
  @Field(() => ID) implementingBodyId: string;
  @Field(() => String, { nullable: true }) handlingOffice: string | null;
  @Field(() => [String]) materials: string[];
  @Field(() => [String], { description: '环节' }) steps: string[];
  @Field(() => [String], { description: '程序' }) procedures: string[];
  @Field(() => Int) visits: number;
  @Field(() => Int) statutoryDays: number;
  @Field(() => Int) promisedDays: number;
  @Field(() => [String]) feeItems: string[];
  @Field({ description: '元' }) feeTotal: string;
  @Field(() => [Tier]) acceptingTiers: Tier[];
  @Field(() => Tier) decidingTier: Tier;
}

@ObjectType('MatterComparison', { description: '一个事项两个版本的改革对比 / two versions of a matter compared' })
export class MatterComparisonView {
  @Field(() => ID) matterId: string;
  @Field() implementationCode: string;
  @Field() name: string;
  @Field(() => LedgerSideView) before: LedgerSideView;
  @Field(() => LedgerSideView) after: LedgerSideView;
  @Field(() => LedgerMeasuresView) measures: LedgerMeasuresView;
}

@ObjectType('CatalogLedgerRow', { description: '优化对比台账的一行 / one matter of the catalog ledger' })
export class CatalogLedgerRowView {
  @Field(() => ID) matterId: string;
  @Field() implementationCode: string;
  @Field() name: string;
  @Field(() => LedgerSideView, { nullable: true, description: '起始日施行的版本；新增事项为空' }) before: LedgerSideView | null;
  @Field(() => LedgerSideView, { nullable: true, description: '截止日施行的版本；取消事项为空' }) after: LedgerSideView | null;
  @Field({ description: '新增' }) added: boolean;
  @Field({ description: '取消' }) retired: boolean;
  @Field({ description: '下放' }) devolved: boolean;
  @Field(() => Tier, { nullable: true, description: '下放承接层级' }) devolvedTo: Tier | null;
  @Field({ description: '本次进行了优化' }) optimized: boolean;
  @Field({ description: '本期内容有变化（含新增、取消）/ content changed between the dates' }) changed: boolean;
  @Field(() => LedgerMeasuresView) measures: LedgerMeasuresView;
}

@ObjectType('CatalogLedger', { description: '改革台账：两个日期施行的目录之比较 / the catalog in force at two dates compared' })
export class CatalogLedgerView {
  @Field() fromDate: string;
  @Field() toDate: string;
  @Field({ description: '是否只列有变化的事项 / only changed matters listed' }) changedOnly: boolean;
  @Field(() => Int, { description: '本期内容有变化的事项数 / matters whose content changed' }) changed: number;
  @Field(() => [CatalogLedgerRowView]) rows: CatalogLedgerRowView[];
  @Field(() => LedgerMeasureView, { description: '施行事项数（行政审批权力数量）' }) matters: LedgerMeasureView;
  @Field(() => LedgerMeasureView, { description: '股室数量：实施部门及承办科室' }) handlingUnits: LedgerMeasureView;
  @Field(() => Int) added: number;
  @Field(() => Int) retired: number;
  @Field(() => Int) devolved: number;
  @Field(() => Int) optimized: number;
  @Field(() => LedgerMeasuresView, { description: '全目录合计（新增、取消事项计入）' }) totals: LedgerMeasuresView;
  @Field(() => LedgerMeasuresView, { description: '两日均施行事项的合计' }) continuingTotals: LedgerMeasuresView;
}
