import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { assertStorageKey, FileStore } from './file-store';

/** Files on local disk under one directory (`.data/files` by default); written atomically (temp file, then rename). */
export class LocalFileStore implements FileStore {
  readonly kind = 'local' as const;

  constructor(readonly dir: string) {}

  /** The file's path under the store's directory. */
  pathOf(key: string): string {
    assertStorageKey(key);
    return join(this.dir, key);
  }

  // The type is the row's to keep; a file on disk is only its bytes.
  async put(key: string, body: Buffer, _contentType?: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const temp = `${path}.${randomUUID()}.part`;
    await writeFile(temp, body, { mode: 0o600, flag: 'wx' });
    await rename(temp, path);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
