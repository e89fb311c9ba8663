import { Controller, Get, Header, Headers, Param, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { Public, RateLimited } from '@county/tenancy';
import { NoticeError } from './notice.errors';
import { NoticeService } from './notice.service';

/** RFC 6266 / 5987: an ASCII fallback and the Chinese name percent-encoded as UTF-8. */
export function inlineDisposition(asciiName: string, name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}

/** 一次性告知单 as a PDF, public like the guide: GET /guide/:countyCode/:implementationCode/notice.pdf[?version=N][&unit=12-digit code] */
@Controller('guide')
export class NoticeController {
  constructor(private readonly notices: NoticeService) {}

  @Get(':countyCode/:implementationCode/notice.pdf')
  @Public()
  @RateLimited('notice')
  // Kept, but asked again each time (a new version may be published at any moment): 304 when unchanged.
  @Header('Cache-Control', 'public, no-cache')
  @Header('X-Content-Type-Options', 'nosniff')
  async notice(
    @Param('countyCode') countyCode: string,
    @Param('implementationCode') implementationCode: string,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Query('version') version?: string,
    @Query('unit') unit?: string,
  ): Promise<StreamableFile | undefined> {
    if (version !== undefined && !/^[1-9]\d{0,5}$/.test(version)) throw NoticeError.VersionInvalid(String(version));
    const { pdf, data, etag } = await this.notices.pdf(
      countyCode,
      implementationCode,
      version === undefined ? null : Number(version),
      typeof unit === 'string' && unit.trim() ? unit.trim() : null,
    );
    res.setHeader('ETag', etag);
    if (ifNoneMatch?.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
      res.status(304);
      return undefined;
    }
    const code = data.content.implementationCode;
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      length: pdf.length,
      disposition: inlineDisposition(`notice-${code}-v${data.version}.pdf`, `${data.content.name}-一次性告知单-第${data.version}版.pdf`),
    });
  }
}
