import { createHash } from 'node:crypto';
import sharp, { OutputInfo } from 'sharp';
import { CasesError } from '../cases.errors';
import { sniffFileType } from './file-sniffing';

/** 10 MB per upload unless MATERIAL_MAX_BYTES says otherwise. */
export const DEFAULT_MATERIAL_MAX_BYTES = 10 * 1024 * 1024;
/** Photos are kept at most this many pixels on their long side: legible, and a tenth of a phone's original. */
export const MAX_IMAGE_SIDE = 2000;
/** A decompression bomb is refused before it is decoded (a 10 MB file may claim gigapixels). */
const MAX_INPUT_PIXELS = 120_000_000;

export interface MaterialContent {
  body: Buffer;
  mime: 'image/jpeg' | 'application/pdf';
  ext: 'jpg' | 'pdf';
  width: number | null;
  height: number | null;
  /** SHA-256 (hex) of `body`, the bytes as stored. */
  sha256: string;
}

export function sha256Of(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

/**
 * What an upload becomes before it is stored: photos (JPEG, PNG, WebP) turned upright by their
 * EXIF orientation, scaled to fit 2000 × 2000, re-encoded as JPEG with no metadata at all (the
 * GPS position of the applicant's home, the phone's serial); PDFs kept as they are.
 * The type is judged by the bytes; the limit applies to the upload as received.
 */
export async function prepareMaterialContent(upload: Buffer, maxBytes = DEFAULT_MATERIAL_MAX_BYTES): Promise<MaterialContent> {
  if (upload.length > maxBytes) throw CasesError.MaterialFileTooLarge(maxBytes);
  const type = sniffFileType(upload);
  if (type === 'pdf') return { body: upload, mime: 'application/pdf', ext: 'pdf', width: null, height: null, sha256: sha256Of(upload) };
  if (type !== 'jpeg' && type !== 'png' && type !== 'webp') throw CasesError.MaterialFileTypeUnsupported(type);
  let out: { data: Buffer; info: OutputInfo };
  try {
    out = await sharp(upload, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS })
      .rotate() // by the EXIF orientation, which re-encoding then drops with the rest of the metadata
      .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' }) // transparent PNG/WebP areas become paper-white, not black
      .jpeg({ quality: 85, chromaSubsampling: '4:2:0' })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw CasesError.MaterialImageUnreadable();
  }
  return { body: out.data, mime: 'image/jpeg', ext: 'jpg', width: out.info.width, height: out.info.height, sha256: sha256Of(out.data) };
}
