/** What a file is, judged by its first bytes (never by the client's content-type or name). */
export type SniffedType = 'jpeg' | 'png' | 'webp' | 'heic' | 'pdf' | 'unknown';

const startsWith = (b: Buffer, bytes: number[], at = 0) => b.length >= at + bytes.length && bytes.every((x, i) => b[at + i] === x);
const ascii = (b: Buffer, from: number, to: number) => (b.length >= to ? b.subarray(from, to).toString('latin1') : '');

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

export function sniffFileType(b: Buffer): SniffedType {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  if (ascii(b, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(b, 8, 12))) return 'heic';
  if (ascii(b, 0, 5) === '%PDF-') return 'pdf';
  return 'unknown';
}
