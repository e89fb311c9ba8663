import type { Request, Response } from 'express';
import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { attachment, Allow, Clock, Ctx, RequestContext, TenantDatabase, XLSX_MIME } from '@county/tenancy';
import { CatalogExcelService } from './catalog-excel.service';
import { ImportError } from './import-issue';
import { ImportMode } from './catalog-import';
import { importErrorsWorkbook } from './import-errors-workbook';

/**
 * GET  /api/catalog/export.xlsx — the whole catalog, editable in Excel.
 * POST /api/catalog/import?mode=all|valid[&preview=1] — body: the .xlsx bytes (content-type XLSX_MIME, ≤ 10 MB).
 * POST /api/catalog/import/problems.xlsx?mode=all|valid[&lang=en] — the same body previewed; answers the problems as a sheet.
 */
@Controller('api/catalog')
export class CatalogXlsxController {
  constructor(
    private readonly excel: CatalogExcelService,
    private readonly clock: Clock,
    private readonly db: TenantDatabase,
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
  async importXlsx(
    @Ctx() ctx: RequestContext,
    @Query('mode') mode: string | undefined,
    @Query('preview') preview: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const m = importMode(mode);
    if (preview !== undefined && preview !== '1' && preview !== 'true') throw ImportError.ValueInvalid(String(preview), '“1”或不填', '1 or absent');
    // In a transaction of its own that has committed before the answer is sent (the request's own
    // commits only after this handler has written the response): whoever reads next sees the import.
    const report = await this.db.runDetached(ctx, () => this.excel.importCatalog(ctx, req.body, m, preview !== undefined));
    res.status(report.imported || report.preview ? 200 : 422).json(report);
  }

  /** What a preview of the file finds wrong, as a sheet to fix the file from (nothing is written). */
  @Post('import/problems.xlsx')
  @HttpCode(200)
  @Allow('update', 'Matter')
  async problemsXlsx(
    @Ctx() ctx: RequestContext,
    @Query('mode') mode: string | undefined,
    @Query('lang') lang: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const report = await this.excel.importCatalog(ctx, req.body, importMode(mode), true);
    const body = await importErrorsWorkbook(report.errors, lang === 'en' ? 'en' : 'zh');
    res.setHeader('content-type', XLSX_MIME);
    res.setHeader('content-disposition', attachment('import-problems.xlsx', '导入问题.xlsx'));
    res.setHeader('cache-control', 'no-store');
    res.end(body);
  }
}

function importMode(mode: string | undefined): ImportMode {
  const m = mode ?? 'all';
  if (m !== 'all' && m !== 'valid') throw ImportError.ValueInvalid(String(mode), '“all”或“valid”', 'all or valid');
  return m;
}
