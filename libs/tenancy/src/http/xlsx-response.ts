/** What the Excel routes send: the xlsx content type and a download name in Chinese. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** RFC 5987/6266: an ASCII fallback and the UTF-8 Chinese name. */
export function attachment(fallback: string, name: string): string {
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
