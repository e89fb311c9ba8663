import { DomainError, throwViolations } from '@county/tenancy';
import { MaterialForm } from '../content/catalog-enums';
import { sampleContent } from '../testing/sample-content';
import { matterViolations } from './matter-rules';

describe('matterViolations', () => {
  it('accepts the sample and checks phones of the content', () => {
    expect(matterViolations(sampleContent())).toEqual([]);
    expect(() => throwViolations(matterViolations(sampleContent({ consultPhone: '5212345' })))).toThrow(
      expect.objectContaining({ code: 'PHONE_INVALID', field: ['consultPhone'] }),
    );
  });

  it('reports every broken rule at once, each with the field it concerns', () => {
    const material = { form: MaterialForm.ORIGINAL, copies: 1, required: true, deferrable: false, sharedData: false, note: null };
    const content = sampleContent({
      statutoryDays: 5,
      promisedDays: 10,
      supervisionPhone: '123',
      materials: [{ ...material, name: '申请书' }, { ...material, name: '身份证' }, { ...material, name: ' 申请 书' }],
      fees: [{ name: '工本费', basis: '', amount: '10' }],
    });
    const found = matterViolations(content).map((e) => [e.code, e.field?.join('.')]);
    expect(found).toEqual([
      ['PROMISED_EXCEEDS_STATUTORY', 'promisedDays'],
      ['FEE_NEEDS_BASIS', 'fees.0.basis'],
      ['MATERIAL_NAME_DUPLICATE', 'materials.2.name'],
      ['PHONE_INVALID', 'supervisionPhone'],
    ]);
    let thrown: DomainError | undefined;
    try {
      throwViolations(matterViolations(content));
    } catch (e) {
      thrown = e;
    }
    expect(thrown?.code).toBe('PROMISED_EXCEEDS_STATUTORY');
    expect((thrown?.details.violations as { code: string }[]).map((v) => v.code)).toEqual(found.map(([code]) => code));
  });
});
