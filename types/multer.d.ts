declare module 'multer' {
  import type { Request, RequestHandler } from 'express';

  interface File {
    fieldname: string;
    originalname: string;
    mimetype: string;
    size: number;
    buffer: Buffer;
  }
  interface Options {
    storage?: unknown;
    limits?: { fileSize?: number; files?: number; fields?: number; fieldSize?: number; parts?: number; fieldNameSize?: number };
  }
  interface Multer {
    single(field: string): RequestHandler;
  }
  interface MulterFactory {
    (options?: Options): Multer;
    memoryStorage(): unknown;
    MulterError: new (...args: unknown[]) => Error & { code: string; field?: string };
  }
  const multer: MulterFactory;
  export default multer;
  export type MulterRequest = Request & { file?: File; body: Record<string, unknown> };
}
