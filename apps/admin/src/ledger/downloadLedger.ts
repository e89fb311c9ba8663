import { readSession } from '../auth/session';

/**
 * Downloads the ledger workbook. A plain link would not carry the bearer token, so the file is
 * fetched with it and handed to the browser as a blob.
 */
export async function downloadLedger(fromDate: string, toDate: string): Promise<void> {
  const session = readSession();
  const query = new URLSearchParams({ from: fromDate, to: toDate });
  const response = await fetch(`/api/catalog/ledger.xlsx?${query.toString()}`, {
    headers: session ? { authorization: `Bearer ${session.accessToken}` } : {},
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
    throw new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status}`);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  // The server names the file in Chinese (RFC 6266 filename*); fall back to an ASCII name.
  const named = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '');
  link.download = named ? decodeURIComponent(named[1]) : `ledger-${fromDate}-${toDate}.xlsx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
