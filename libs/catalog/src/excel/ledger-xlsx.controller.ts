import type { Response } from 'express';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { attachment, Allow, Ctx, RequestContext, XLSX_MIME } from '@county/tenancy';
import { LedgerService } from '../ledger/ledger.service';
import { ledgerWorkbook } from './ledger-workbook';

/** GET /api/catalog/ledger.xlsx?from=YYYY-MM-DD&to=YYYY-MM-DD[&changedOnly=1] — 优化对比台账 and 改革汇总表. */
@Controller('api/catalog')
export class LedgerXlsxController {
  constructor(private readonly ledger: LedgerService) {}

  @Get('ledger.xlsx')
  @Allow('read', 'Matter')
  async ledgerXlsx(
    @Ctx() ctx: RequestContext,
    @Query('from') from: string,
    @Query('to') to: string,
    @Query('changedOnly') changedOnly: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const only = changedOnly === '1' || changedOnly === 'true';
    const ledger = await this.ledger.catalogLedger(ctx, String(from ?? ''), String(to ?? ''), only);
    const county = await this.ledger.countyName(ctx);
    const body = await ledgerWorkbook(county, ledger);
    res.setHeader('content-type', XLSX_MIME);
    res.setHeader('content-disposition', attachment(`ledger-${from}-${to}.xlsx`, `${county}改革台账_${from}_${to}.xlsx`));
    res.setHeader('cache-control', 'no-store');
    res.end(body);
  }
}
