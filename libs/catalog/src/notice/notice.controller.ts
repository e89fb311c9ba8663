import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import { Public, RateLimited } from '@county/tenancy';
import { NoticeError } from './notice.errors';
import { NoticeService } from './notice.service';

/** RFC 6266 / 5987: an ASCII fallback and the Chinese name percent-encoded as UTF-8. */
export function inlineDisposition(asciiName: string, name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}

/** 一次性告知单 as a PDF, public like the guide: GET /guide/:countyCode/:implementationCode/notice.pdf[?version=N] */
@Controller('guide')
export class NoticeController {
  constructor(private readonly notices: NoticeService) {}

  @Get(':countyCode/:implementationCode/notice.pdf')
  @Public()
  @RateLimited('notice')
  @Header('Cache-Control', 'no-cache')
  @Header('X-Content-Type-Options', 'nosniff')
  async notice(
    @Param('countyCode') countyCode: string,
    @Param('implementationCode') implementationCode: string,
    @Query('version') version?: string,
  ): Promise<StreamableFile> {
    if (version !== undefined && !/^[1-9]\d{0,5}$/.test(version)) throw NoticeError.VersionInvalid(String(version));
    const { pdf, data } = await this.notices.pdf(countyCode, implementationCode, version === undefined ? null : Number(version));
    const code = data.content.implementationCode;
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      length: pdf.length,
      disposition: inlineDisposition(`notice-${code}-v${data.version}.pdf`, `${data.content.name}-一次性告知单-第${data.version}版.pdf`),
    });
  }
}
