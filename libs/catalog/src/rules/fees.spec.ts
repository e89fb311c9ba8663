import { throwViolations } from '@county/tenancy';
import { feeViolations } from './fees';

describe('fees', () => {
  it('a fee item needs its basis', () => {
    expect(() => throwViolations(feeViolations([{ name: '工本费', basis: '  ', amount: '10' }]))).toThrow(expect.objectContaining({ code: 'FEE_NEEDS_BASIS' }));
    expect(() => throwViolations(feeViolations([{ name: '工本费', basis: '陕价费发〔2018〕1号', amount: '10' }]))).not.toThrow();
    expect(() => throwViolations(feeViolations([]))).not.toThrow();
  });
});
