import { CasesError } from '../cases.errors';
import { CaseAction } from './case-process';
import { AcceptanceMode, CaseOutcome, DeliveryMethod, MoveCaseInput } from './case.types';

const text = (value: string | null | undefined) => (value ?? '').trim();

function required(field: string, value: string | null | undefined, max: number): string {
  const v = text(value);
  if (!v) throw CasesError.CaseInputInvalid(field, '必填', 'required');
  if (v.length > max) throw CasesError.CaseInputInvalid(field, `最多 ${max} 个字`, `at most ${max} characters`);
  return v;
}

function optional(field: string, value: string | null | undefined, max: number): string | null {
  const v = text(value);
  if (v.length > max) throw CasesError.CaseInputInvalid(field, `最多 ${max} 个字`, `at most ${max} characters`);
  return v || null;
}

export function materialList(field: string, values: string[] | null | undefined, requireOne: boolean): string[] {
  const list = (values ?? []).map((v) => text(v)).filter(Boolean);
  if (requireOne && !list.length) throw CasesError.CaseInputInvalid(field, '须一次列明全部材料', 'list every material at once');
  if (list.length > 100) throw CasesError.CaseInputInvalid(field, '最多 100 项', 'at most 100 items');
  if (list.some((v) => v.length > 100)) throw CasesError.CaseInputInvalid(field, '每项最多 100 个字', 'at most 100 characters each');
  return [...new Set(list)];
}

export function applicantNameOf(value: string): string {
  return required('applicantName', value, 100);
}

/** What one move needs besides the key, checked before anything is read or written. */
export interface CheckedMove {
  reason: string | null;
  missingMaterials: string[];
  acceptanceMode: AcceptanceMode;
  suspensionKind: string | null;
  outcome: CaseOutcome | null;
  legalBasis: string | null;
  deliveryMethod: DeliveryMethod | null;
  trackingNumber: string | null;
  /** 绿色通道 at acceptance: the project's investment in 万元, null when not. */
  greenChannelInvestmentWan: number | null;
  deliveryAddress: string | null;
  deliveryNotes: string | null;
}

export function checkMove(action: CaseAction, input: MoveCaseInput): CheckedMove {
  const checked: CheckedMove = {
    reason: text(input.reason) || null,
    missingMaterials: [],
    acceptanceMode: input.acceptanceMode ?? AcceptanceMode.FULL,
    suspensionKind: null,
    outcome: null,
    legalBasis: null,
    deliveryMethod: null,
    trackingNumber: null,
    greenChannelInvestmentWan: null,
    deliveryAddress: null,
    deliveryNotes: null,
  };
  if (checked.reason && checked.reason.length > 500) throw CasesError.CaseInputInvalid('reason', '最多 500 个字', 'at most 500 characters');
  switch (action) {
    case 'accept':
      checked.missingMaterials = materialList('missingMaterials', input.missingMaterials, checked.acceptanceMode === AcceptanceMode.WITH_GAPS);
      if (input.greenChannel) {
        const wan = input.investmentWan;
        if (wan == null || !Number.isInteger(wan) || wan < 0 || wan > 100_000_000) throw CasesError.CaseInputInvalid('investmentWan', '须填写投资额（万元，整数）', 'give the investment in 万元, a whole number');
        checked.greenChannelInvestmentWan = wan;
      }
      break;
    case 'request_supplement':
      checked.missingMaterials = materialList('missingMaterials', input.missingMaterials, true);
      break;
    case 'not_accept':
    case 'return':
    case 'withdraw':
      checked.reason = required('reason', input.reason, 500);
      break;
    case 'suspend':
      checked.reason = required('reason', input.reason, 500);
      if (!input.suspensionKind) throw CasesError.CaseInputInvalid('suspensionKind', '须选择中止事由', 'choose why the clock stops');
      checked.suspensionKind = input.suspensionKind;
      break;
    case 'decide':
      if (!input.outcome) throw CasesError.CaseInputInvalid('outcome', '须选择准予或不予', 'choose approved or rejected');
      checked.outcome = input.outcome;
      if (input.outcome === CaseOutcome.REJECTED) {
        checked.reason = required('reason', input.reason, 500);
        checked.legalBasis = required('legalBasis', input.legalBasis, 500);
      }
      break;
    case 'deliver':
      checked.deliveryMethod = input.deliveryMethod ?? DeliveryMethod.WINDOW;
      if (checked.deliveryMethod === DeliveryMethod.POST) checked.trackingNumber = required('trackingNumber', input.trackingNumber, 40);
      if (checked.deliveryMethod === DeliveryMethod.HOME) checked.deliveryAddress = optional('deliveryAddress', input.deliveryAddress, 200);
      checked.deliveryNotes = optional('deliveryNotes', input.deliveryNotes, 500);
      break;
  }
  return checked;
}
