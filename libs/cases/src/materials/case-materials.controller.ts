import type { Request, Response } from 'express';
import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import multer, { MulterRequest } from 'multer';
import { Allow, attachment, Ctx, RequestContext } from '@county/tenancy';
import { CasesError } from '../cases.errors';
import { CaseMaterials } from './case-materials.service';

/**
 * POST /api/cases/:id/materials — multipart: `material` (its name) and one `file` (≤ MATERIAL_MAX_BYTES,
 *   10 MB by default; JPEG, PNG, WebP or PDF by content), for those who may handle the case.
 * GET  /api/cases/:id/materials/:fileId — the stored (normalized) bytes, for those who may read the case.
 */
@Controller('api/cases')
export class CaseMaterialsController {
  constructor(private readonly materials: CaseMaterials) {}

  @Post(':id/materials')
  @HttpCode(201)
  @Allow('handle', 'Case')
  // Returned, not sent: Nest answers once the request's transaction has committed, so the uploader reads her own write.
  async upload(@Ctx() ctx: RequestContext, @Param('id') id: string, @Req() req: Request) {
    const form = await this.form(req);
    const file = await this.materials.upload(ctx, id, { materialName: typeof form.body?.material === 'string' ? form.body.material : undefined, bytes: form.file?.buffer });
    return file;
  }

  @Get(':id/materials/:fileId')
  @Allow('read', 'Case')
  async download(@Ctx() ctx: RequestContext, @Param('id') id: string, @Param('fileId') fileId: string, @Res() res: Response): Promise<void> {
    const { file, body } = await this.materials.download(ctx, id, fileId);
    const name = `${file.id}.${file.mime === 'application/pdf' ? 'pdf' : 'jpg'}`;
    res.setHeader('content-type', file.mime);
    res.setHeader('content-length', String(body.length));
    // Photos open in the browser; a PDF is saved, never rendered on the API's origin.
    const disposition = attachment(name, `${file.materialName}_${name}`);
    res.setHeader('content-disposition', file.mime === 'image/jpeg' ? disposition.replace(/^attachment/, 'inline') : disposition);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader('etag', `"${file.sha256}"`);
    res.end(body);
  }

  /** The multipart body in memory, one file at most; the limit refuses a larger one before it is all read. */
  private form(req: Request): Promise<MulterRequest> {
    const parse = multer({ storage: multer.memoryStorage(), limits: { fileSize: this.materials.maxBytes, files: 1, fields: 5, fieldSize: 4096, parts: 8 } }).single('file');
    return new Promise((resolve, reject) =>
      parse(req, {} as Response, (err?: unknown) => {
        if (!err) return resolve(req as MulterRequest);
        const code = (err as { code?: string }).code;
        if (code === 'LIMIT_FILE_SIZE') return reject(CasesError.MaterialFileTooLarge(this.materials.maxBytes));
        if (code === 'LIMIT_FILE_COUNT' || code === 'LIMIT_UNEXPECTED_FILE') return reject(CasesError.MaterialFileMissing());
        reject(CasesError.MaterialFileMissing());
      }),
    );
  }
}
