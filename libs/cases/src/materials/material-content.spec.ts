import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { DomainError } from '@county/tenancy';
import { sniffFileType } from './file-sniffing';
import { MAX_IMAGE_SIDE, prepareMaterialContent, sha256Of } from './material-content';
import { fileStoreFromEnv, localFileStoreDir } from './file-store';
import { LocalFileStore } from './local-file-store';
import { S3FileStore } from './s3-file-store';

/**
 * A phone photo as phones store it: pixels landscape (3000 × 1000, left half red, right half
 * blue), EXIF orientation 6 ("turn 90° clockwise to view"), the phone's make and where it was taken.
 */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 3000, height: 1000, channels: 3, background: '#0000ff' } })
    .composite([{ input: { create: { width: 1500, height: 1000, channels: 3, background: '#ff0000' } }, left: 0, top: 0 }])
    .withExif({ IFD0: { Make: 'TestPhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '32/1 53/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '108/1 30/1 0/1' } })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
}

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
};

const pixel = async (jpeg: Buffer, x: number, y: number) => {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i], data[i + 1], data[i + 2]];
};
const isRed = ([r, g, b]: number[]) => r > 200 && g < 60 && b < 60;
const isBlue = ([r, g, b]: number[]) => b > 200 && r < 60 && g < 60;

describe('material photos are normalized before they are stored', () => {
  it('turns a phone photo upright, drops its EXIF (GPS included) and fits it in 2000 px', async () => {
    const upload = await phonePhoto();
    const before = await sharp(upload).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.toString('latin1')).toContain('TestPhone');

    const out = await prepareMaterialContent(upload);
    expect(out.mime).toBe('image/jpeg');
    const after = await sharp(out.body).metadata();
    expect(after.format).toBe('jpeg');
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(out.body.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    expect(out.body.includes(Buffer.from('TestPhone'))).toBe(false);
    // Turned 90° clockwise: portrait now, and the red left half is on top.
    expect([after.width, after.height]).toEqual([667, MAX_IMAGE_SIDE]);
    expect([out.width, out.height]).toEqual([667, MAX_IMAGE_SIDE]);
    expect(isRed(await pixel(out.body, 333, 200))).toBe(true);
    expect(isBlue(await pixel(out.body, 333, 1800))).toBe(true);
    expect(out.sha256).toBe(sha256Of(out.body));
    expect(out.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps small photos their size, re-encodes PNG and WebP as JPEG, flattens transparency to white', async () => {
    const png = await sharp({ create: { width: 400, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const fromPng = await prepareMaterialContent(png);
    expect([fromPng.mime, fromPng.width, fromPng.height]).toEqual(['image/jpeg', 400, 300]);
    expect((await pixel(fromPng.body, 10, 10)).every((v) => v > 240)).toBe(true);
    const webp = await sharp({ create: { width: 2500, height: 2500, channels: 3, background: '#00ff00' } }).webp().toBuffer();
    const fromWebp = await prepareMaterialContent(webp);
    expect([fromWebp.mime, fromWebp.width, fromWebp.height]).toEqual(['image/jpeg', 2000, 2000]);
  });

  it('keeps a PDF byte for byte', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const out = await prepareMaterialContent(pdf);
    expect(out.mime).toBe('application/pdf');
    expect(out.body.equals(pdf)).toBe(true);
    expect(out.sha256).toBe(sha256Of(pdf));
  });

  it('refuses with a code: too large, a type judged by content, a damaged photo', async () => {
    const photo = await phonePhoto();
    expect(await codeOf(prepareMaterialContent(photo, photo.length - 1))).toBe('CASE_MATERIAL_FILE_TOO_LARGE');
    expect(await codeOf(prepareMaterialContent(photo, photo.length))).toBe('no error');
    expect(await codeOf(prepareMaterialContent(Buffer.from('GIF89a............')))).toBe('CASE_MATERIAL_FILE_TYPE_UNSUPPORTED');
    expect(await codeOf(prepareMaterialContent(Buffer.from('<html><script>alert(1)</script></html>')))).toBe('CASE_MATERIAL_FILE_TYPE_UNSUPPORTED');
    expect(await codeOf(prepareMaterialContent(photo.subarray(0, 600)))).toBe('CASE_MATERIAL_IMAGE_UNREADABLE');
    expect(await codeOf(prepareMaterialContent(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4])))).toBe('CASE_MATERIAL_IMAGE_UNREADABLE');
  });
});

describe('file types by their first bytes', () => {
  it('knows JPEG, PNG, WebP, HEIC and PDF whatever the name says', async () => {
    expect(sniffFileType(await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } }).jpeg().toBuffer())).toBe('jpeg');
    expect(sniffFileType(await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } }).png().toBuffer())).toBe('png');
    expect(sniffFileType(await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } }).webp().toBuffer())).toBe('webp');
    expect(sniffFileType(Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic')]))).toBe('heic');
    expect(sniffFileType(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    for (const other of ['', 'PK\u0003\u0004', 'RIFF....WAVE', '\u0089PN', 'GIF89a', '%PD', 'II*\u0000']) expect(sniffFileType(Buffer.from(other, 'latin1'))).toBe('unknown');
  });
});

describe('file stores', () => {
  const key = () => `${randomUUID()}/${randomUUID()}/${randomUUID()}.jpg`;

  it('the local store writes under its directory, reads back, deletes, and refuses keys that are not its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'file-store-'));
    const store = new LocalFileStore(dir);
    const k = key();
    await store.put(k, Buffer.from('bytes'), 'image/jpeg');
    expect(readFileSync(join(dir, k), 'utf8')).toBe('bytes');
    expect(statSync(join(dir, k)).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, k.split('/')[0], k.split('/')[1]))).toEqual([k.split('/')[2]]); // no temp file left
    expect((await store.get(k))?.toString()).toBe('bytes');
    await store.delete(k);
    expect(await store.get(k)).toBeNull();
    await store.delete(k); // already gone: no error
    await expect(store.put('../../etc/passwd', Buffer.from('x'), 'image/jpeg')).rejects.toThrow('not a storage key');
    await expect(store.get(`${randomUUID()}/../${randomUUID()}.jpg`)).rejects.toThrow('not a storage key');
  });

  it('is local under .data/files unless FILE_STORE_DIR or S3_BUCKET say otherwise', () => {
    expect(localFileStoreDir({})).toBe(join(process.cwd(), '.data/files'));
    const local = fileStoreFromEnv({ FILE_STORE_DIR: '/srv/county-files' });
    expect(local).toBeInstanceOf(LocalFileStore);
    expect((local as LocalFileStore).dir).toBe('/srv/county-files');
    const s3 = fileStoreFromEnv({ S3_BUCKET: 'case-files', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b', S3_FORCE_PATH_STYLE: 'true' });
    expect(s3.kind).toBe('s3');
    expect((s3 as S3FileStore).bucket).toBe('case-files');
    expect(() => fileStoreFromEnv({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'only-one' })).toThrow('go together');
  });

  // A real S3-compatible store (MinIO, say) when one is configured; none is started here, and no network is used.
  const s3 = process.env.S3_ENDPOINT && process.env.S3_BUCKET ? it : it.skip;
  if (!process.env.S3_ENDPOINT) console.info('S3FileStore round trip skipped: set S3_ENDPOINT, S3_BUCKET (and S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE) to run it');
  s3('the S3 store writes, reads back and deletes in the configured bucket', async () => {
    const store = fileStoreFromEnv(process.env) as S3FileStore;
    const k = key();
    const body = await phonePhoto();
    await store.put(k, body, 'image/jpeg');
    expect((await store.get(k))?.equals(body)).toBe(true);
    await store.delete(k);
    expect(await store.get(k)).toBeNull();
    store.destroy();
  });
});
