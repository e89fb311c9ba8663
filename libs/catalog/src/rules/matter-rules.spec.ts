import { sampleContent } from '../testing/sample-content';
import { validateMatterContent } from './matter-rules';

describe('validateMatterContent', () => {
  it('accepts the sample and checks phones of the content', () => {
    expect(() => validateMatterContent(sampleContent())).not.toThrow();
    expect(() => validateMatterContent(sampleContent({ consultPhone: '5212345' }))).toThrow(
      expect.objectContaining({ code: 'PHONE_INVALID' }),
    );
  });
});
