import { describeDetail, referencedSubjects } from './audit-detail';
import '../tenancy.audit';

const ORG = '11111111-1111-4111-8111-111111111111';

describe('describeDetail', () => {
  const names = (type: string, id: string) => (type === 'OrgUnit' && id === ORG ? '城关镇' : undefined);

  it('labels keys, translates codes and names referenced ids', () => {
    const fields = describeDetail('membership_added', { userId: 'u-unknown', orgUnitId: ORG, role: 'supervisor' }, names);
    expect(fields).toEqual([
      { key: 'userId', labelZh: '人员', labelEn: 'User', value: 'u-unknown', valueZh: 'u-unknown', valueEn: 'u-unknown' },
      { key: 'orgUnitId', labelZh: '单位', labelEn: 'Org unit', value: '城关镇', valueZh: '城关镇', valueEn: '城关镇' },
      { key: 'role', labelZh: '角色', labelEn: 'Role', value: 'supervisor', valueZh: '电子监察', valueEn: 'Supervisor' },
    ]);
  });

  it('flattens a nested object one level and joins arrays', () => {
    const fields = describeDetail('delegation_granted', { matterCodes: ['A', 'B'], extra: { reason: 'disabled', deep: { x: 1 } }, allMatters: false }, names);
    expect(fields.map((f) => [f.key, f.labelZh, f.valueZh, f.valueEn])).toEqual([
      ['matterCodes', '事项编码', 'A、B', 'A, B'],
      ['extra.reason', 'extra · 原因', '账号已停用', 'Account disabled'],
      ['extra.deep', 'extra · deep', 'x：1', 'x: 1'],
      ['allMatters', '全部事项', '否', 'no'],
    ]);
  });

  it('an empty detail has no fields; a key no library declares reads as itself', () => {
    expect(describeDetail('logout', {}, names)).toEqual([]);
    expect(describeDetail('logout', { novel: 'x' }, names)[0]).toMatchObject({ labelZh: 'novel', labelEn: 'novel', value: 'x' });
  });

  it('finds the ids a detail refers to, nested ones too', () => {
    expect(referencedSubjects('delegation_granted', { departmentId: ORG, granteeUserId: null, matterCodes: ['A'] })).toEqual([{ type: 'OrgUnit', id: ORG }]);
    expect(referencedSubjects('org_unit_created', { after: { parentId: ORG }, list: [{ orgUnitId: ORG }] })).toEqual([
      { type: 'OrgUnit', id: ORG },
      { type: 'OrgUnit', id: ORG },
    ]);
  });
});
