import type { Response } from 'express';
import { Controller, Get, Param, Res } from '@nestjs/common';
import { Allow, attachment, Ctx, RequestContext } from '@county/tenancy';
import { CaseService } from './case.service';

/** GET /api/cases/:id/receipt.pdf — 受理通知书 of an accepted case, for those who may read it. */
@Controller('api/cases')
export class ReceiptController {
  constructor(private readonly cases: CaseService) {}

  @Get(':id/receipt.pdf')
  @Allow('read', 'Case')
  async receipt(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { pdf, caseNumber } = await this.cases.receipt(ctx, id);
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', attachment(`receipt-${caseNumber}.pdf`, `受理通知书_${caseNumber}.pdf`));
    res.setHeader('cache-control', 'no-store');
    res.end(pdf);
  }
}
