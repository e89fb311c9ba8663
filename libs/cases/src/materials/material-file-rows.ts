import { EntityManager } from 'typeorm';
import { selectRows } from '@county/tenancy';
import { CaseMaterialFileView } from './material-file.types';

export interface MaterialFileRow {
  id: string;
  case_id: string;
  material_name: string;
  storage_key: string;
  mime: string;
  bytes: number;
  sha256: string;
  width: number | null;
  height: number | null;
  uploaded_by: string;
  uploaded_at: Date;
}

const SELECT = `SELECT f.id, f.case_id, f.material_name, f.storage_key, f.mime, f.bytes, f.sha256, f.width, f.height,
                       u.username AS uploaded_by, f.uploaded_at
                  FROM case_material_file f JOIN app_user u ON u.tenant_id = f.tenant_id AND u.id = f.uploaded_by`;

/** The files of a case, oldest first (the caller has checked it may read the case). */
export function materialFilesOf(m: EntityManager, caseId: string, fileId?: string): Promise<MaterialFileRow[]> {
  return fileId
    ? selectRows<MaterialFileRow>(m, `${SELECT} WHERE f.case_id = $1 AND f.id = $2`, [caseId, fileId])
    : selectRows<MaterialFileRow>(m, `${SELECT} WHERE f.case_id = $1 ORDER BY f.uploaded_at, f.id`, [caseId]);
}

export function materialFileViewOf(row: MaterialFileRow): CaseMaterialFileView {
  return {
    id: row.id,
    materialName: row.material_name,
    mime: row.mime,
    bytes: row.bytes,
    sha256: row.sha256,
    width: row.width,
    height: row.height,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at.toISOString(),
    url: `/api/cases/${row.case_id}/materials/${row.id}`,
  };
}
