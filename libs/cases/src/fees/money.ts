/**
 * Money as the fee sheet keeps it: whole fen (分) in integers, never floating yuan. The catalog
 * writes amounts as yuan strings (“50.00”, at most two decimals, FeeItem's own pattern).
 */
const YUAN = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

/** “50.00” → 5000; “0.5” → 50. Throws on anything that is not the catalog's amount pattern. */
export function yuanToFen(yuan: string): number {
  const m = YUAN.exec(yuan.trim());
  if (!m) throw new Error(`not an amount in yuan: ${yuan}`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 5050 → “50.50”. */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new Error(`not an amount in fen: ${fen}`);
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
