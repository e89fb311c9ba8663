import { MatterType } from '@county/catalog';
import { CASE_ACTIONS } from '../case/case-process';
import { CaseOutcome } from '../case/case.types';
import { CaseEventKind, CaseEventSource, eventsOfMove, RAISING_ACTIONS } from './case-event-kinds';
import { maskPhone, noticeText } from './notice-texts';
import { ConsoleSmsProvider } from './sms-provider';

const source = (over: Partial<CaseEventSource> = {}): CaseEventSource => ({
  caseNumber: '610921-20261207-0003',
  verificationCode: 'ABC234',
  matterName: '高龄津贴申请',
  applicantName: '王申请',
  dueDate: '2026-12-21',
  missingMaterials: [],
  gapsDueDate: null,
  outcome: null,
  reason: null,
  legalBasis: null,
  place: '城关镇便民服务中心',
  matterType: MatterType.PAYMENT,
  ...over,
});

describe('the events a move raises', () => {
  it('tells the applicant of acceptance, the supplement request and the decision, and nothing else', () => {
    const raising = CASE_ACTIONS.filter((a) => eventsOfMove(a, source({ outcome: CaseOutcome.APPROVED, matterType: MatterType.LICENSE })).length);
    expect(raising).toEqual(['accept', 'request_supplement', 'decide', 'deem_approved']);
    expect(RAISING_ACTIONS).toEqual(raising);
  });

  it('hands only an approved licence (行政许可) to supervision', () => {
    const licence = source({ matterType: MatterType.LICENSE });
    expect(eventsOfMove('decide', { ...licence, outcome: CaseOutcome.APPROVED })).toEqual([CaseEventKind.CASE_DECIDED, CaseEventKind.SUPERVISION_HANDOFF]);
    expect(eventsOfMove('decide', { ...licence, outcome: CaseOutcome.REJECTED })).toEqual([CaseEventKind.CASE_DECIDED]);
    expect(eventsOfMove('decide', source({ outcome: CaseOutcome.APPROVED }))).toEqual([CaseEventKind.CASE_DECIDED]);
  });
});

describe('notice texts', () => {
  it('names the case number, the code and the due date on acceptance, signed by the county', () => {
    const text = noticeText(CaseEventKind.CASE_ACCEPTED, source(), '汉阴县');
    expect(text).toBe('【汉阴县政务服务】您申请的“高龄津贴申请”已受理，受理编号610921-20261207-0003，查询码ABC234，承诺2026-12-21前办结。');
  });

  it('lists every missing material, and a rejection its reason', () => {
    expect(noticeText(CaseEventKind.SUPPLEMENT_REQUESTED, source({ missingMaterials: ['身份证', '照片'] }), '汉阴县')).toContain('身份证、照片');
    expect(noticeText(CaseEventKind.CASE_DECIDED, source({ outcome: CaseOutcome.REJECTED, reason: '不符合条件' }), '汉阴县')).toContain('不予。理由：不符合条件');
    expect(noticeText(CaseEventKind.CASE_DECIDED, source({ outcome: CaseOutcome.APPROVED }), '汉阴县')).toContain('准予。请到城关镇便民服务中心领取结果');
  });

  it('masks phones for logs and screens', () => {
    expect(maskPhone('13912345678')).toBe('139****5678');
    expect(maskPhone('0915-5212345')).toBe('091****2345');
    expect(maskPhone('12345')).toBe('*****');
  });
});

describe('the console SMS provider', () => {
  it('logs the message with the phone masked, never in plain', async () => {
    const logged: string[] = [];
    const spy = jest.spyOn(console, 'log').mockImplementation((line: string) => void logged.push(line));
    try {
      await new ConsoleSmsProvider().send({ to: '13912345678', text: '【汉阴县政务服务】已受理', reference: 'n-1' });
    } finally {
      spy.mockRestore();
    }
    expect(logged).toEqual(['[SMS console] to 139****5678 [n-1]: 【汉阴县政务服务】已受理']);
  });
});
