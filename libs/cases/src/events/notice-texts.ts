import { CaseOutcome } from '../case/case.types';
import { CaseEventKind, CaseEventPayload } from './case-event-kinds';

type NoticeKind = Exclude<CaseEventKind, CaseEventKind.SUPERVISION_HANDOFF>;

/**
 * The applicant's notice of an event, the same words by SMS and in the app. An SMS carries the
 * county as its signature (【汉阴县政务服务】) and stays short: the receipt and notices hold the rest.
 */
export function noticeText(kind: NoticeKind, p: CaseEventPayload, countyName: string): string {
  const matter = `“${p.matterName}”`;
  const body = (() => {
    switch (kind) {
      case CaseEventKind.CASE_ACCEPTED:
        return `您申请的${matter}已受理，受理编号${p.caseNumber}，查询码${p.verificationCode}${p.dueDate ? `，承诺${p.dueDate}前办结` : ''}。` +
          (p.missingMaterials.length ? `容缺材料请于${p.gapsDueDate}前补齐：${p.missingMaterials.join('、')}。` : '');
      case CaseEventKind.SUPPLEMENT_REQUESTED:
        return `您申请的${matter}需补正材料：${p.missingMaterials.join('、')}。请一次补齐后提交，补齐前时限不起算。`;
      case CaseEventKind.CASE_DECIDED:
        return p.outcome === CaseOutcome.APPROVED
          ? `您申请的${matter}（${p.caseNumber}）已办结，结果：准予。${p.place ? `请到${p.place}领取结果。` : ''}`
          : `您申请的${matter}（${p.caseNumber}）已办结，结果：不予。理由：${p.reason ?? ''}。详见办理结果通知书。`;
    }
  })();
  return `【${countyName}政务服务】${body}`;
}

/** A phone number as logs and screens show it: 138****5678; a landline keeps its area code and last four. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}
