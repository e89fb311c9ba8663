import { StepKind } from '../content/catalog-enums';
import { sampleContent } from '../testing/sample-content';
import { ledgerSide } from './ledger-side';
import { compareSides, compression } from './ledger-measures';
import { fenToYuan, toFen } from './money';

describe('reform ledger of one matter', () => {
  const five = sampleContent({
    materials: ['申请书', '身份证', '户口簿', '收入证明', '照片'].map((name) => ({
      name,
      form: sampleContent().materials[0].form,
      copies: 1,
      required: true,
      deferrable: false,
      sharedData: false,
      note: null,
    })),
    fees: [
      { name: '工本费', basis: '陕价费发〔2018〕1号', amount: '10.50' },
      { name: '登记费', basis: '陕价费发〔2018〕2号', amount: '20' },
    ],
  });

  it('counts materials, steps, procedures, visits, limits and fees of a version', () => {
    const side = ledgerSide(1, '2026-01-01', five);
    expect(side).toMatchObject({ version: 1, materials: five.materials.map((m) => m.name), steps: ['受理', '审查', '决定', '送达'] });
    expect(side.procedures).toEqual(['受理', '审查', '决定', '送达']);
    expect(side.feeTotal).toBe('30.50');
  });

  it('removing 2 of 5 materials compresses materials by 40 %', () => {
    const after = { ...five, materials: five.materials.slice(0, 3), promisedDays: 5, statutoryDays: 20, fees: five.fees.slice(0, 1) };
    after.steps = [
      { name: '受理', kind: StepKind.ACCEPT, days: 1, counted: true },
      { name: '审查决定', kind: StepKind.DECIDE, days: 4, counted: true },
    ];
    const m = compareSides(ledgerSide(1, null, five), ledgerSide(2, null, after));
    expect(m.materials).toEqual({ before: 5, after: 3, reduced: 2, compression: 0.4 });
    expect(m.steps).toEqual({ before: 4, after: 2, reduced: 2, compression: 0.5 });
    expect(m.procedures).toMatchObject({ before: 4, after: 2 });
    expect(m.promisedDays).toEqual({ before: 10, after: 5, reduced: 5, compression: 0.5 });
    expect(m.statutoryDays.compression).toBe(0);
    expect(m.feeItems).toMatchObject({ before: 2, after: 1 });
    expect(m.feeTotal).toEqual({ before: '30.50', after: '10.50', reduced: '20.00', compression: 2000 / 3050 });
  });

  it('several 环节 of one 程序 count once as a procedure', () => {
    const c = sampleContent({
      steps: [
        { name: '受理', kind: StepKind.ACCEPT, days: 1, counted: true },
        { name: '初审', kind: StepKind.REVIEW, days: 2, counted: true },
        { name: '复审', kind: StepKind.REVIEW, days: 2, counted: true },
        { name: '决定', kind: StepKind.DECIDE, days: 1, counted: true },
      ],
    });
    const side = ledgerSide(1, null, c);
    expect(side.steps).toHaveLength(4);
    expect(side.procedures).toEqual(['受理', '审查', '决定']);
  });

  it('compression is null when there was nothing before', () => {
    expect(compression(0, 0)).toBeNull();
    expect(compression(0, 3)).toBeNull();
    expect(compression(768, 370)).toBeCloseTo(0.518, 3);
  });

  it('money is summed in fen', () => {
    expect(toFen('0.1')).toBe(10);
    expect(toFen('123456789.99')).toBe(12345678999);
    expect(fenToYuan(toFen('0.10') + toFen('0.20'))).toBe('0.30');
    expect(fenToYuan(-150)).toBe('-1.50');
  });
});
