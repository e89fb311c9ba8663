import type { Response } from 'express';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { Allow } from '../context/allow.decorator';
import { Ctx } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { Clock } from '../time/clock';
import { attachment, XLSX_MIME } from '../http/xlsx-response';
import { AuditExportQuery, filterOfQuery } from './audit-export.query';
import { AuditLogService } from './audit-log.service';

/** GET /api/audit/log.xlsx?actorId=&action=&action=&subjectType=&subjectId=&subject=&from=&to=&lang=en — the filtered audit log. */
@Controller('api/audit')
export class AuditXlsxController {
  constructor(
    private readonly log: AuditLogService,
    private readonly clock: Clock,
  ) {}

  @Get('log.xlsx')
  @Allow('read', 'AuditLog')
  async auditLogXlsx(@Ctx() ctx: RequestContext, @Query() query: AuditExportQuery, @Res() res: Response): Promise<void> {
    const lang = query.lang ?? 'zh';
    const body = await this.log.exportWorkbook(ctx, filterOfQuery(query), lang);
    const today = this.clock.today();
    res.setHeader('content-type', XLSX_MIME);
    res.setHeader('content-disposition', attachment(`audit-log-${today}.xlsx`, lang === 'en' ? `audit-log-${today}.xlsx` : `审计日志_${today}.xlsx`));
    res.setHeader('cache-control', 'no-store');
    res.end(body);
  }
}
