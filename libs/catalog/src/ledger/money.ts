/** Fee amounts are decimal strings of yuan ("50.00"); sums are done in fen so they stay exact. */
export function toFen(amount: string): number {
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec((amount ?? '').trim());
  if (!m) return 0;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
