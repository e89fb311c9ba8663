import { DEFAULT_MATERIAL_MAX_BYTES } from './material-content';
import { FileStore, fileStoreFromEnv } from './file-store';

export const MATERIAL_FILES_OPTIONS = Symbol('MATERIAL_FILES_OPTIONS');

export interface MaterialFilesOptions {
  /** Where the files go; from the environment (FILE_STORE_DIR, S3_*) unless given. */
  store?: FileStore;
  /** Largest upload accepted, in bytes; MATERIAL_MAX_BYTES, else 10 MB. */
  maxBytes?: number;
}

export interface MaterialFilesSettings {
  store: FileStore;
  maxBytes: number;
}

export function materialFilesSettings(options: MaterialFilesOptions = {}, env: NodeJS.ProcessEnv = process.env): MaterialFilesSettings {
  const fromEnv = Number(env.MATERIAL_MAX_BYTES);
  const maxBytes = options.maxBytes ?? (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_MATERIAL_MAX_BYTES);
  return { store: options.store ?? fileStoreFromEnv(env), maxBytes };
}
