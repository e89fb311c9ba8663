import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Noto Sans Hans from the npm package @embedpdf/fonts-sc, never a system font, so the sheet
 * prints the same on every machine. The package exports only its entry (dist/index.cjs), not
 * package.json, so the font folder is found beside that entry.
 */
export function noticeFontDir(): string {
  return join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
}

export interface NoticeFonts {
  regular: Buffer;
  bold: Buffer;
}

let cached: NoticeFonts | undefined;

/** The two weights, read once per process (8 MB each; pdfkit embeds only the glyphs used). */
export function noticeFonts(): NoticeFonts {
  cached ??= {
    regular: readFileSync(join(noticeFontDir(), 'NotoSansHans-Regular.otf')),
    bold: readFileSync(join(noticeFontDir(), 'NotoSansHans-Bold.otf')),
  };
  return cached;
}
