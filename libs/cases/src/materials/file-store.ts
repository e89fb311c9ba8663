import { resolve } from 'node:path';
import { LocalFileStore } from './local-file-store';
import { S3FileStore } from './s3-file-store';

/**
 * Where case files live: never in the database. Keys are the store's own names
 * (`<tenant>/<case>/<file>.<ext>`); the database row keeps the key, the type and the checksum.
 */
export interface FileStore {
  /** Which kind of store, for the logs and docs ("local" or "s3"). */
  readonly kind: 'local' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  /** Removes `key`; a missing key is no error (used to undo a put whose row was not written). */
  delete(key: string): Promise<void>;
}

export const DEFAULT_FILE_STORE_DIR = '.data/files';

/** FILE_STORE_DIR, default `.data/files` beside the embedded database's `.data/postgres`. */
export function localFileStoreDir(env: NodeJS.ProcessEnv): string {
  return resolve(env.FILE_STORE_DIR?.trim() || DEFAULT_FILE_STORE_DIR);
}

/**
 * The store the environment configures: any S3-compatible store when S3_BUCKET is set
 * (S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE),
 * otherwise local disk under FILE_STORE_DIR.
 */
export function fileStoreFromEnv(env: NodeJS.ProcessEnv): FileStore {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return new LocalFileStore(localFileStoreDir(env));
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim();
  if (!!accessKeyId !== !!secretAccessKey) throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both or neither');
  return new S3FileStore({
    bucket,
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    region: env.S3_REGION?.trim() || 'us-east-1',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: /^(1|true|yes)$/i.test(env.S3_FORCE_PATH_STYLE?.trim() ?? ''),
  });
}

/** Keys are made by the service from uuids; anything else is refused before it reaches a path or a bucket. */
export const STORAGE_KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}\/[0-9a-f-]{36}\.(jpg|pdf)$/;

export function assertStorageKey(key: string): void {
  if (!STORAGE_KEY.test(key)) throw new Error(`not a storage key: ${key}`);
}
