import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { isUuid, RequestContext, TenancyError, TenantDatabase } from '@county/tenancy';
import { casesAudit } from '../cases.audit';
import { CasesError } from '../cases.errors';
import { CaseRow, loadCases } from '../case/case-rows';
import { prepareMaterialContent } from './material-content';
import { materialFilesOf, materialFileViewOf } from './material-file-rows';
import { CaseMaterialFileView } from './material-file.types';
import { MATERIAL_FILES_OPTIONS, MaterialFilesSettings } from './material-files.options';

export interface MaterialUpload {
  materialName: string | undefined;
  bytes: Buffer | undefined;
}

export interface MaterialDownload {
  file: CaseMaterialFileView;
  body: Buffer;
}

/**
 * 材料照片: files of a case's materials. Whoever may handle the case uploads; whoever may read it
 * lists and downloads. Photos are normalized before anything is stored; the bytes go to the file
 * store, the row (key, type, size, checksum) to the database — the file first, and removed again
 * when the row cannot be written, so a refused upload leaves neither.
 */
@Injectable()
export class CaseMaterials {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(MATERIAL_FILES_OPTIONS) private readonly settings: MaterialFilesSettings,
  ) {}

  get maxBytes(): number {
    return this.settings.maxBytes;
  }

  list(ctx: RequestContext, caseId: string): Promise<CaseMaterialFileView[]> {
    return this.db.run(ctx, async (m) => {
      await this.readable(m, ctx, caseId);
      return (await materialFilesOf(m, caseId)).map(materialFileViewOf);
    });
  }

  async upload(ctx: RequestContext, caseId: string, upload: MaterialUpload): Promise<CaseMaterialFileView> {
    ctx.assertCan('handle', 'Case');
    const materialName = (upload.materialName ?? '').trim();
    // Who may touch the case is settled before the file is even looked at: another county's case is NOT_FOUND.
    await this.db.run(ctx, (m) => this.handleable(m, ctx, caseId));
    if (!materialName || [...materialName].length > 200) throw CasesError.MaterialNameInvalid();
    if (!upload.bytes?.length) throw CasesError.MaterialFileMissing();
    const content = await prepareMaterialContent(upload.bytes, this.settings.maxBytes);
    const id = randomUUID();
    const key = `${ctx.tenantId}/${caseId}/${id}.${content.ext}`;
    await this.settings.store.put(key, content.body, content.mime);
    try {
      return await this.db.run(ctx, async (m) => {
        await this.handleable(m, ctx, caseId);
        await m.query(
          `INSERT INTO case_material_file (tenant_id, id, case_id, material_name, storage_key, mime, bytes, sha256, width, height, uploaded_by)
           VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [id, caseId, materialName, key, content.mime, content.body.length, content.sha256, content.width, content.height, ctx.user.id],
        );
        await casesAudit(m, ctx, 'case_material_file_uploaded', { type: 'Case', id: caseId }, {
          materialName,
          fileId: id,
          mime: content.mime,
          bytes: content.body.length,
          sha256: content.sha256,
        });
        const [row] = await materialFilesOf(m, caseId, id);
        return materialFileViewOf(row);
      });
    } catch (e) {
      await this.settings.store.delete(key).catch(() => undefined);
      throw e;
    }
  }

  async download(ctx: RequestContext, caseId: string, fileId: string): Promise<MaterialDownload> {
    const row = await this.db.run(ctx, async (m) => {
      await this.readable(m, ctx, caseId);
      const [found] = isUuid(fileId) ? await materialFilesOf(m, caseId, fileId) : [];
      if (!found) throw CasesError.MaterialFileNotFound(fileId);
      return found;
    });
    // Read from the store after the transaction: a slow bucket holds no database connection.
    const body = await this.settings.store.get(row.storage_key);
    if (!body) throw CasesError.MaterialFileNotFound(fileId);
    return { file: materialFileViewOf(row), body };
  }


  private async readable(m: EntityManager, ctx: RequestContext, caseId: string): Promise<CaseRow> {
    ctx.assertCan('read', 'Case');
    const [c] = isUuid(caseId) ? await loadCases(m, ctx, [caseId]) : [];
    if (!c) throw CasesError.CaseNotFound(caseId);
    return c;
  }

  private async handleable(m: EntityManager, ctx: RequestContext, caseId: string): Promise<CaseRow> {
    const c = await this.readable(m, ctx, caseId);
    if (!c.can_handle) throw TenancyError.Forbidden();
    return c;
  }
}
