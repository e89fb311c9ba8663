import type { ErrorSpec } from '@county/tenancy';

/** 10485760 → "10 MB"; the docs generator passes placeholders ("{limit}"), kept as they are. */
const mb = (bytes: number) => (typeof bytes === 'number' && Number.isFinite(bytes) ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${String(bytes)} MB`);

/** Coded errors of material files (材料照片), part of CasesError (cases.errors.ts). */
export const MATERIAL_FILE_ERRORS = {
  MaterialFileTooLarge: {
    code: 'CASE_MATERIAL_FILE_TOO_LARGE',
    kind: 'invalid',
    zh: (limit: number) => `文件过大：每个材料文件不超过 ${mb(limit)}`,
    en: (limit: number) => `The file is too large: a material file may be at most ${mb(limit)}`,
    details: (limit: number) => ({ maxBytes: limit }),
    field: ['file'],
  },
  MaterialFileTypeUnsupported: {
    code: 'CASE_MATERIAL_FILE_TYPE_UNSUPPORTED',
    kind: 'invalid',
    zh: (found: string) => `不支持的文件类型（${found === 'heic' ? 'HEIC 照片，请在手机相机设置中选择“兼容性最佳”后重拍' : '按文件内容识别'}）：只收 JPEG、PNG、WebP 照片或 PDF`,
    en: (found: string) => `Unsupported file type (${found === 'heic' ? 'a HEIC photo: set the phone camera to “Most compatible” and take it again' : 'judged by its content'}): only JPEG, PNG or WebP photos and PDF files are accepted`,
    details: (found: string) => ({ found }),
    field: ['file'],
  },
  MaterialImageUnreadable: {
    code: 'CASE_MATERIAL_IMAGE_UNREADABLE',
    kind: 'invalid',
    zh: '照片无法读取（文件已损坏或不完整），请重新拍摄或上传',
    en: 'The photo cannot be read (the file is damaged or incomplete); take or upload it again',
    field: ['file'],
  },
  MaterialFileMissing: {
    code: 'CASE_MATERIAL_FILE_MISSING',
    kind: 'invalid',
    zh: '请选择一个文件（表单字段 file，每次一个）',
    en: 'Choose one file (form field “file”, one per upload)',
    field: ['file'],
  },
  MaterialNameInvalid: {
    code: 'CASE_MATERIAL_NAME_INVALID',
    kind: 'invalid',
    zh: '请写明这是哪份材料（1–200 个字）',
    en: 'Name the material the file is for (1–200 characters)',
    field: ['material'],
  },
  MaterialFileNotFound: {
    code: 'NOT_FOUND',
    kind: 'not_found',
    zh: (id: string) => `未找到材料文件 ${id}`,
    en: (id: string) => `No material file ${id}`,
    details: (id: string) => ({ id }),
  },
} as const satisfies Record<string, ErrorSpec<never[], string>>;
