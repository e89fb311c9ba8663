import { throwViolations } from '@county/tenancy';
import { sampleContent } from '../testing/sample-content';
import { localChangeViolations } from './local-change';

const county = sampleContent({ promisedDays: 10, statutoryDays: 20 });
const errorOf = (change: Record<string, unknown>) => {
  try {
    throwViolations(localChangeViolations(change, county));
    return null;
  } catch (e) {
    return e;
  }
};

describe('local changes', () => {
  it('address, hours, phone, window and a shorter promise are local', () => {
    expect(errorOf({ address: '城关镇便民服务中心', hours: '8:00–18:00', phone: '0915-5211111', windowId: 'w', promisedDays: 5 })).toBeNull();
    expect(errorOf({ promisedDays: 10 })).toBeNull();
  });

  it('lengthening the promised limit is refused, naming the rule and the attempt', () => {
    const e = errorOf({ promisedDays: 12 });
    expect(e.code).toBe('LOCAL_CHANGE_FORBIDDEN');
    expect(e.messageZh).toContain('不得擅自增加审批环节、程序、要件及延长时限');
    expect(e.messageZh).toContain('延长承诺时限（10 → 12 个工作日）');
  });

  it.each([
    [{ materials: [{ name: '村委会证明' }] }, '增加申请材料「村委会证明」'],
    [{ fees: [{ name: '服务费' }] }, '增加收费项目「服务费」'],
    [{ steps: [{ name: '村级初审' }] }, '增加办理环节「村级初审」'],
    [{ conditions: ['本村户籍'] }, '增加办理条件「本村户籍」'],
    [{ statutoryDays: 30 }, '变更法定时限'],
    [{ naturalDayCap: 40 }, '延长自然日上限'],
    [{ decidingTier: 'township' }, '变更“decidingTier”'],
  ])('%j is refused', (change, named) => {
    const e = errorOf(change);
    expect(e.code).toBe('LOCAL_CHANGE_FORBIDDEN');
    expect(e.messageZh).toContain(named);
  });

  it('names every attempt at once', () => {
    const e = errorOf({ materials: [{ name: 'A' }], promisedDays: 15 });
    expect(e.details.attempted).toHaveLength(2);
  });

  it('a local phone must be valid', () => {
    expect(errorOf({ phone: '123' }).code).toBe('PHONE_INVALID');
  });

  it('a negative promise is refused, not clamped, together with a bad phone', () => {
    const e = errorOf({ promisedDays: -3, phone: '123' });
    expect(e.code).toBe('LOCAL_LIMIT_NEGATIVE');
    expect(e.field).toEqual(['promisedDays']);
    expect(e.details.violations.map((v: { code: string }) => v.code)).toEqual(['LOCAL_LIMIT_NEGATIVE', 'PHONE_INVALID']);
  });
});
