import { throwViolations } from '@county/tenancy';
import { MaterialForm } from '../content/catalog-enums';
import { materialViolations } from './materials';

const material = (name: string) => ({ name, form: MaterialForm.ORIGINAL, copies: 1, required: true, deferrable: false, sharedData: false });

describe('materials', () => {
  it('needs at least one material', () => {
    expect(() => throwViolations(materialViolations([]))).toThrow(expect.objectContaining({ code: 'MATERIALS_REQUIRED' }));
  });

  it('refuses the same material twice, even with different spacing', () => {
    expect(() => throwViolations(materialViolations([material('居民身份证'), material(' 居民 身份证')]))).toThrow(
      expect.objectContaining({ code: 'MATERIAL_NAME_DUPLICATE' }),
    );
    expect(() => throwViolations(materialViolations([material('居民身份证'), material('户口簿')]))).not.toThrow();
  });
});
