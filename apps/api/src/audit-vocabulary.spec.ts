import * as catalog from '@county/catalog';
import * as tenancy from '@county/tenancy';
import { auditLibraries, describeDetail } from '@county/tenancy';

const CJK = /[\u3400-\u9fff]/;

/** Every `*_AUDIT_ACTIONS` list the libraries export, by export name. */
const actionLists = Object.entries({ ...tenancy, ...catalog }).filter(([name]) => name.endsWith('_AUDIT_ACTIONS')) as [string, readonly string[]][];

describe('audit vocabulary', () => {
  it('finds the action lists of both libraries', () => {
    expect(actionLists.map(([name]) => name).sort()).toEqual(['CATALOG_AUDIT_ACTIONS', 'TENANCY_AUDIT_ACTIONS']);
  });

  it.each(actionLists)('labels every action of %s in Chinese and English', (_name, actions) => {
    for (const action of actions) {
      const library = auditLibraries().find((l) => l.actions.includes(action));
      const label = library?.vocabulary.actions[action];
      expect({ action, zh: label?.zh && CJK.test(label.zh), en: label?.en && !CJK.test(label.en) && label.en !== action }).toEqual({ action, zh: true, en: true });
    }
  });

  it('gives every library a name and no two actions the same label', () => {
    for (const { library, vocabulary, actions } of auditLibraries()) {
      expect({ library, zh: CJK.test(vocabulary.library.zh), en: !CJK.test(vocabulary.library.en) }).toEqual({ library, zh: true, en: true });
      expect(new Set(actions.map((a) => vocabulary.actions[a].zh)).size).toBe(actions.length);
      expect(new Set(actions.map((a) => vocabulary.actions[a].en)).size).toBe(actions.length);
    }
  });

  it('has English detail labels and code values without Chinese', () => {
    for (const { library, vocabulary } of auditLibraries()) {
      for (const [key, label] of Object.entries(vocabulary.details)) {
        expect({ library, key, en: CJK.test(label.en), zh: CJK.test(label.zh) }).toEqual({ library, key, en: false, zh: true });
        for (const [code, value] of Object.entries(label.values ?? {})) expect({ key, code, en: CJK.test(value.en) }).toEqual({ key, code, en: false });
      }
    }
  });

  it('describes what the catalog writes on a saved draft and an import in both languages', () => {
    const saved = describeDetail('matter_draft_saved', { version: 2, name: '独生子女父母光荣证', changedFields: ['materials', 'promisedDays'] }, () => undefined);
    expect(saved.find((f) => f.key === 'changedFields')).toMatchObject({ labelZh: '改动字段', labelEn: 'Changed fields', valueZh: '申请材料、承诺时限', valueEn: 'Materials, Promised limit' });
    const imported = describeDetail('catalog_imported', { mode: 'valid', imported: true, created: 1, matters: [{ implementationCode: 'X1', action: 'created' }] }, () => undefined);
    expect(imported.find((f) => f.key === 'mode')).toMatchObject({ valueZh: '只导入无误的', valueEn: 'Valid rows only', value: 'valid' });
    expect(imported.find((f) => f.key === 'imported')).toMatchObject({ valueZh: '是', valueEn: 'yes' });
    expect(imported.find((f) => f.key === 'matters')).toMatchObject({ valueZh: '实施编码：X1 结果：新增', valueEn: 'Implementation code: X1 Outcome: created' });
  });
});
