import { MatterContent } from '../content/matter-content';

/** Everything printed on a 一次性告知单: one published version of a matter, at county level. */
export interface NoticeData {
  countyCode: string;
  countyName: string;
  version: number;
  effectiveFrom: string;
  content: MatterContent;
  implementingBodyName: string | null;
  coImplementingBodyNames: string[];
  /** The township or village whose local settings the sheet applies; null at county level. */
  unitName: string | null;
  /** Where the promise comes from when a township or village shortened it. */
  promiseSources: { unitName: string; promisedDays: number; inEffect: boolean }[];
  /** The public guide page of the matter, printed under the QR code. */
  guideUrl: string;
  /** The Beijing day it was printed: one rendering serves the whole day (NoticeCache). */
  printedOn: string;
}

/** A two-column grid row: label | value | label | value. */
export interface NoticePair {
  kind: 'pair';
  cells: [NoticeField, NoticeField];
}

export interface NoticeField {
  label: string;
  value: string;
}

/** A label with one or more paragraphs across the whole width; long lists continue on the next page. */
export interface NoticeFull {
  kind: 'full';
  label: string;
  lines: string[];
}

/** A titled sub-table (materials, steps) whose header repeats after a page break. */
export interface NoticeTable {
  kind: 'table';
  title: string;
  columns: { title: string; width: number; align?: 'left' | 'center' }[];
  rows: string[][];
}

export type NoticeRow = NoticePair | NoticeFull | NoticeTable;
