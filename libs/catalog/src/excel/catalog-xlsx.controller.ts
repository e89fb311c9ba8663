import type { Request, Response } from 'express';
import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { Allow, Clock, Ctx, RequestContext } from '@county/tenancy';
import { CatalogExcelService } from './catalog-excel.service';
import { attachment, XLSX_MIME } from './xlsx-response';
import { ImportError } from './import-issue';

/**
 * GET  /api/catalog/export.xlsx — the whole catalog, editable in Excel.
 * POST /api/catalog/import?mode=all|valid — body: the .xlsx bytes (content-type XLSX_MIME, ≤ 10 MB).
 */
@Controller('api/catalog')
export class CatalogXlsxController {
  constructor(
    private readonly excel: CatalogExcelService,
    private readonly clock: Clock,
  ) {}

  @Get('export.xlsx')
  @Allow('update', 'Matter')
  async exportXlsx(@Ctx() ctx: RequestContext, @Res() res: Response): Promise<void> {
    const body = await this.excel.exportCatalog(ctx);
    const today = this.clock.today();
    res.setHeader('content-type', XLSX_MIME);
    res.setHeader('content-disposition', attachment(`catalog-${today}.xlsx`, `事项目录_${today}.xlsx`));
    res.setHeader('cache-control', 'no-store');
    res.end(body);
  }

  /** Answers 200 with the report; 422 when mode=all found errors and imported nothing. */
  @Post('import')
  @HttpCode(200)
  @Allow('update', 'Matter')
  async importXlsx(@Ctx() ctx: RequestContext, @Query('mode') mode: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const m = mode ?? 'all';
    if (m !== 'all' && m !== 'valid') throw ImportError.ValueInvalid(String(mode), '“all”或“valid”', 'all or valid');
    const report = await this.excel.importCatalog(ctx, req.body, m);
    res.status(report.imported ? 200 : 422).json(report);
  }
}
