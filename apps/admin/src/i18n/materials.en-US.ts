import type { materialsZhCN } from './materials.zh-CN';

/** Texts of a case's material photos. */
export const materialsEnUS: Record<keyof typeof materialsZhCN, string> = {
  'materials.title': 'Material photos',
  'materials.none': 'No material files yet',
  'materials.material': 'Material',
  'materials.materialPlaceholder': 'Material name, e.g. household register',
  'materials.upload': 'Upload a photo or PDF',
  'materials.uploaded': 'Uploaded',
  'materials.hint': 'JPEG, PNG or WebP photos or PDF, 10 MB each at most; photos are turned upright, scaled down and stripped of their location',
  'materials.needName': 'Name the material first',
  'materials.size': 'Size',
  'materials.by': 'Uploaded by',
  'materials.at': 'Time',
  'materials.open': 'Download',
  'materials.pdf': 'PDF',
};
