import { downloadFile } from '../../../files/fileRequests';

/** Downloads the ledger workbook (优化对比台账 and 汇总表) between two dates; `changedOnly` lists only the changed matters. */
export function downloadLedger(fromDate: string, toDate: string, changedOnly = false): Promise<void> {
  const query = new URLSearchParams({ from: fromDate, to: toDate, ...(changedOnly ? { changedOnly: '1' } : {}) });
  return downloadFile(`/api/catalog/ledger.xlsx?${query.toString()}`, `ledger-${fromDate}-${toDate}.xlsx`);
}
