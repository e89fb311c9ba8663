import { downloadFile } from '../../../files/fileRequests';
import { exportPath, type AuditFilterState } from './auditFilter';

/** The filtered log as .xlsx, headers and labels in the interface's language. */
export function downloadAuditLog(filter: AuditFilterState, language: 'zh' | 'en'): Promise<void> {
  return downloadFile(exportPath(filter, language), 'audit-log.xlsx');
}
