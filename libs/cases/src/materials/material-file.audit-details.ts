import type { AuditDetailLabel } from '@county/tenancy';

/** How an upload reads on the case's timeline (part of the cases vocabulary). */
export const MATERIAL_FILE_AUDIT_DETAILS: Record<string, AuditDetailLabel> = {
  materialName: { zh: '材料', en: 'Material' },
  fileId: { zh: '文件', en: 'File' },
  mime: { zh: '文件类型', en: 'File type' },
  bytes: { zh: '字节数', en: 'Bytes' },
  sha256: { zh: 'SHA-256 校验值', en: 'SHA-256' },
};
