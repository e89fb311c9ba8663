import { ErrorCatalog, errorCatalogs, RuntimeErrorSpec } from '@county/tenancy';
import '@county/catalog';
import '../graphql/api.errors';

/** The parameter names of a message function, as written in its source. */
function parameterNames(fn: (...args: unknown[]) => string): string[] {
  const source = fn.toString();
  const list = source.startsWith('(') ? source.slice(1, source.indexOf(')')) : source.slice(0, source.indexOf('=>'));
  return list
    .split(',')
    .map((p) => p.split(':')[0].trim())
    .filter(Boolean);
}

/** Stands for an argument: prints as `{name}` whatever the message does with it (map, join, dates). */
function placeholder(label: string): unknown {
  const self: unknown = new Proxy(() => self, {
    get: (_t, prop) => {
      if (prop === Symbol.toPrimitive || prop === 'toString') return () => label;
      if (prop === 'map') return (f: (x: unknown) => unknown) => [f(self)];
      return self;
    },
    apply: () => self,
  });
  return self;
}

function template(text: RuntimeErrorSpec['zh']): string {
  if (typeof text === 'string') return text;
  return text(...parameterNames(text).map((n) => placeholder(`{${n}}`)));
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export interface ErrorCodeRow {
  library: string;
  code: string;
  kind: string;
  field: string;
  zh: string;
  en: string;
}

export function errorCodeRows(catalogs: readonly ErrorCatalog[] = errorCatalogs()): ErrorCodeRow[] {
  return catalogs.flatMap((c) =>
    Object.values(c.specs).map((s) => ({
      library: c.library,
      code: s.code,
      kind: s.kind,
      field: Array.isArray(s.field) ? s.field.join('.') : typeof s.field === 'function' ? '{field}' : '',
      zh: template(s.zh),
      en: template(s.en),
    })),
  );
}

/** docs/errors.md: every code a client can receive, by library, with its kind and both messages. */
export function errorCodesTable(rows: ErrorCodeRow[] = errorCodeRows()): string {
  const lines = [
    '# Error codes',
    '',
    'Every coded error the API answers, printed from the code by `npm run contract:print` (a test keeps',
    'this file current). `extensions.code` is stable; `extensions.kind` decides the HTTP status of plain',
    'routes (invalid 400, unauthenticated 401, forbidden 403, not_found 404, conflict 409, limit 429,',
    'unavailable 503); `extensions.field` names the input the error concerns. `{name}` marks a value',
    'filled in when the error is raised. The same code may appear in more than one library when the',
    'meaning is the same (NOT_FOUND).',
    '',
    '| library | code | kind | field | 中文 | English |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.library} | \`${r.code}\` | ${r.kind} | ${r.field} | ${cell(r.zh)} | ${cell(r.en)} |`),
    '',
  ];
  return lines.join('\n');
}
