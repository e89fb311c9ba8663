import { DomainError } from '@county/tenancy';

/** The rule lower tiers break when they change more than what is local (国务院“放管服”要求). */
export const LOCAL_CHANGE_RULE_ZH = '不得擅自增加审批环节、程序、要件及延长时限';

/** Coded errors of the catalog domain. Codes are stable: clients and tests rely on them. */
export const CatalogError = {
  NotFound: (id: string) => new DomainError('NOT_FOUND', `未找到事项（${id}）`, `Matter ${id} was not found`, { id }),
  VersionNotFound: (id: string, version: number) =>
    new DomainError('NOT_FOUND', `未找到事项（${id}）的第 ${version} 版`, `Version ${version} of matter ${id} was not found`, { id, version }),
  UnitNotFound: (id: string) => new DomainError('NOT_FOUND', `未找到单位（${id}）`, `Org unit ${id} was not found`, { id }),
  CountyNotFound: (code: string) =>
    new DomainError('NOT_FOUND', `未找到区划 ${code} 对应的县（区）`, `No county is served for division ${code}`, { code }),
  PromisedExceedsStatutory: (promised: number, statutory: number) =>
    new DomainError(
      'PROMISED_EXCEEDS_STATUTORY',
      `承诺时限（${promised} 个工作日）不得超过法定时限（${statutory} 个工作日）`,
      `The promised limit (${promised} working days) may not exceed the statutory limit (${statutory})`,
      { promised, statutory },
    ),
  OnTheSpotMustBeZero: (promised: number) =>
    new DomainError(
      'ON_THE_SPOT_MUST_BE_ZERO',
      `即办件的承诺时限须为 0 个工作日（当场办结），当前为 ${promised}`,
      `An on-the-spot matter must have a promised limit of 0 working days, not ${promised}`,
      { promised },
    ),
  StepsExceedPromised: (sum: number, promised: number) =>
    new DomainError(
      'STEPS_EXCEED_PROMISED',
      `计入时限的各环节用时合计 ${sum} 个工作日，超过承诺时限 ${promised} 个工作日`,
      `Counted steps take ${sum} working days, more than the promised ${promised}`,
      { sum, promised },
    ),
  NaturalCapBelowPromised: (cap: number, promised: number) =>
    new DomainError(
      'NATURAL_CAP_BELOW_PROMISED',
      `自然日上限（${cap} 天）不得少于承诺的 ${promised} 个工作日`,
      `The natural-day cap (${cap}) may not be shorter than the promised ${promised} working days`,
      { cap, promised },
    ),
  MatterCodeTaken: (code: string) =>
    new DomainError('MATTER_CODE_TAKEN', `实施编码 ${code} 已被其他事项使用`, `The implementation code ${code} is already used by another matter`, { code }),
  MatterCodeFixed: () =>
    new DomainError(
      'MATTER_CODE_FIXED',
      '事项发布后不能修改编码；如需变更请取消本事项并新建',
      'Codes cannot change once a matter has been published; retire it and create a new one',
    ),
  FeeNeedsBasis: (fee: string) =>
    new DomainError('FEE_NEEDS_BASIS', `收费项目“${fee}”须注明收费依据`, `The fee item “${fee}” needs its legal basis`, { fee }),
  DecidingTierBelowAccepting: (deciding: string, accepting: string) =>
    new DomainError(
      'DECIDING_TIER_BELOW_ACCEPTING',
      `办理层级（${deciding}）不能低于受理层级（${accepting}）：案件只能向上报送，不能向下交办`,
      `The deciding tier (${deciding}) may not be below an accepting tier (${accepting}): cases go up, never down`,
      { deciding, accepting },
    ),
  ReportedMustDecideAbove: (deciding: string) =>
    new DomainError(
      'REPORTED_MUST_DECIDE_ABOVE',
      `上报件须由高于受理层级的层级办理，${deciding}同时受理又办理`,
      `A reported matter must be decided above every accepting tier; ${deciding} both accepts and decides`,
      { deciding },
    ),
  MaterialsRequired: () =>
    new DomainError('MATERIALS_REQUIRED', '至少须列明一项申请材料', 'List at least one application material'),
  MaterialNameDuplicate: (name: string) =>
    new DomainError('MATERIAL_NAME_DUPLICATE', `申请材料“${name}”重复列出`, `The material “${name}” is listed twice`, { name }),
  PhoneInvalid: (field: string, phone: string) =>
    new DomainError('PHONE_INVALID', `电话号码“${phone}”格式不正确`, `The phone number “${phone}” is not valid`, { field, phone }),
  ImplementingBodyInvalid: (id: string) =>
    new DomainError('IMPLEMENTING_BODY_INVALID', `实施主体（${id}）须为本县的部门`, `The implementing body ${id} must be a department of this county`, { id }),
  EffectiveDateInvalid: (date: string, earliest: string) =>
    new DomainError(
      'EFFECTIVE_DATE_INVALID',
      `生效日期 ${date} 无效，最早为 ${earliest}`,
      `The effective date ${date} is not valid; the earliest allowed is ${earliest}`,
      { date, earliest },
    ),
  NoDraft: () => new DomainError('NO_DRAFT', '该事项没有待编辑的草稿', 'This matter has no draft'),
  DraftExists: (version: number) =>
    new DomainError('DRAFT_EXISTS', `该事项已有草稿（第 ${version} 版）`, `This matter already has a draft (version ${version})`, { version }),
  NotPublished: () => new DomainError('NOT_PUBLISHED', '该事项尚未发布', 'This matter has not been published yet'),
  MatterRetired: () => new DomainError('MATTER_RETIRED', '该事项已取消', 'This matter has been retired'),
  LocalChangeForbidden: (attempts: { zh: string; en: string }[]) =>
    new DomainError(
      'LOCAL_CHANGE_FORBIDDEN',
      `${LOCAL_CHANGE_RULE_ZH}：${attempts.map((a) => a.zh).join('；')}`,
      `Lower tiers may not add steps, procedures or materials or lengthen time limits: ${attempts.map((a) => a.en).join('; ')}`,
      { attempted: attempts.map((a) => a.en) },
    ),
  LocalSettingUnitInvalid: (kind: string) =>
    new DomainError(
      'LOCAL_SETTING_UNIT_INVALID',
      '本地化设置只适用于乡镇（街道）和村（社区）',
      `Local settings apply to townships and villages, not to a ${kind}`,
      { kind },
    ),
  NotAcceptedAtUnit: (tier: string) =>
    new DomainError('NOT_ACCEPTED_AT_UNIT', `该事项不在${tier}受理`, `This matter is not accepted at the ${tier} tier`, { tier }),
  LocalWindowInvalid: (id: string) =>
    new DomainError('LOCAL_WINDOW_INVALID', '窗口须为本单位便民服务中心（站）的窗口', 'The window must belong to this unit’s service center', { id }),
};
