import { checkFees } from './fees';

describe('fees', () => {
  it('a fee item needs its basis', () => {
    expect(() => checkFees([{ name: '工本费', basis: '  ', amount: '10' }])).toThrow(expect.objectContaining({ code: 'FEE_NEEDS_BASIS' }));
    expect(() => checkFees([{ name: '工本费', basis: '陕价费发〔2018〕1号', amount: '10' }])).not.toThrow();
    expect(() => checkFees([])).not.toThrow();
  });
});
