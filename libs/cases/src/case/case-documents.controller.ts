import type { Response } from 'express';
import { Controller, Get, Param, Res } from '@nestjs/common';
import { Allow, attachment, Ctx, RequestContext } from '@county/tenancy';
import { CasesError } from '../cases.errors';
import { CaseService } from './case.service';
import { CASE_DOCUMENT_TITLES, CASE_DOCUMENTS, CaseDocument } from './case-documents';

/**
 * GET /api/cases/:id/{receipt,supplement,refusal,decision}.pdf — 受理通知书, 补正材料通知书,
 * 不予受理通知书, 办理结果通知书 of a case, for those who may read it, once the case has one.
 */
@Controller('api/cases')
export class CaseDocumentsController {
  constructor(private readonly cases: CaseService) {}

  @Get(':id/:document.pdf')
  @Allow('read', 'Case')
  async document(@Ctx() ctx: RequestContext, @Param('id') id: string, @Param('document') document: string, @Res() res: Response): Promise<void> {
    if (!CASE_DOCUMENTS.includes(document as CaseDocument)) throw CasesError.DocumentUnavailable(document);
    const kind = document as CaseDocument;
    const { pdf, reference } = await this.cases.document(ctx, id, kind);
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', attachment(`${kind}-${reference}.pdf`, `${CASE_DOCUMENT_TITLES[kind]}_${reference}.pdf`));
    res.setHeader('cache-control', 'no-store');
    res.end(pdf);
  }
}
