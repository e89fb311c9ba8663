import type { Request, Response } from 'express';
import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import multer, { MulterRequest } from 'multer';
import { Allow, Ctx, RequestContext } from '@county/tenancy';
import { CasesError } from '../cases.errors';
import { ProxyConsents } from './proxy-consents.service';
import { ProxyConsentView } from './proxy-consent.types';

/** The consent as GraphQL shows it: enum values by their names (AGENT, SIGNED_FORM, IN_FORCE). */
const restView = (v: ProxyConsentView) => ({ ...v, holder: v.holder.toUpperCase(), evidenceKind: v.evidenceKind.toUpperCase(), state: v.state.toUpperCase() });

const FIELDS = ['id', 'holder', 'allMatters', 'matterCodes', 'validFrom', 'validUntil', 'evidenceKind'] as const;

/**
 * POST /api/applicants/:applicantId/consents — multipart: id (optional, chosen on the phone),
 *   holder (AGENT | STATION), allMatters, matterCodes (a JSON array), validFrom, validUntil,
 *   evidenceKind (SIGNED_FORM | FINGERPRINT) and one file `evidence`, the photo of the form.
 * GET /api/consents/:id/evidence — the stored (normalized) photo, for those who may read the consent.
 */
@Controller('api')
export class ProxyConsentsController {
  constructor(private readonly consents: ProxyConsents) {}

  @Post('applicants/:applicantId/consents')
  @HttpCode(201)
  @Allow('create', 'ProxyConsent')
  // Returned, not sent: Nest answers once the request's transaction has committed.
  async record(@Ctx() ctx: RequestContext, @Param('applicantId') applicantId: string, @Req() req: Request) {
    const form = await this.form(req);
    const body = (form.body ?? {}) as Record<string, unknown>;
    const fields = Object.fromEntries(FIELDS.map((f) => [f, typeof body[f] === 'string' ? (body[f] as string) : undefined]));
    return restView(await this.consents.record(ctx, applicantId, fields, form.file?.buffer));
  }

  @Get('consents/:id/evidence')
  @Allow('read', 'ProxyConsent')
  async evidence(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { consent, mime, body } = await this.consents.evidence(ctx, id);
    res.setHeader('content-type', mime);
    res.setHeader('content-length', String(body.length));
    res.setHeader('content-disposition', `${mime === 'image/jpeg' ? 'inline' : 'attachment'}; filename="consent-${consent.id}.${mime === 'image/jpeg' ? 'jpg' : 'pdf'}"`);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader('etag', `"${consent.evidenceSha256}"`);
    res.end(body);
  }

  private form(req: Request): Promise<MulterRequest> {
    const parse = multer({ storage: multer.memoryStorage(), limits: { fileSize: this.consents.maxBytes, files: 1, fields: 10, fieldSize: 8192, parts: 12 } }).single('evidence');
    return new Promise((resolve, reject) =>
      parse(req, {} as Response, (err?: unknown) => {
        if (!err) return resolve(req as MulterRequest);
        if ((err as { code?: string }).code === 'LIMIT_FILE_SIZE') return reject(CasesError.MaterialFileTooLarge(this.consents.maxBytes));
        reject(CasesError.ProxyConsentInvalid('evidence', '请附一张委托书照片（表单字段 evidence）', 'attach one photo of the form (field “evidence”)'));
      }),
    );
  }
}
