import { cpus, totalmem } from 'node:os';
import { LoadFigures } from './load';

export interface ApiFigures {
  seconds: number;
  postgres: string;
  runs: { server: 'api' | 'bare'; key: string; figures: LoadFigures }[];
  starvation: { alone: LoadFigures; withLogins: LoadFigures; logins: LoadFigures };
  totalSeconds: number;
}

/** The issue's target: both public reads at least half the `{__typename}` rate of the same server. */
export const PUBLIC_READ_SHARE = 0.5;

const rate = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const ms = (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : '–');
const met = (ok: boolean) => (ok ? '**met**' : '**not met**');

export function markdownOf(f: ApiFigures): string {
  const cpu = cpus();
  const connectionsRun = [...new Set(f.runs.map((r) => r.figures.connections))];
  const find = (server: 'api' | 'bare', key: string, connections: number) =>
    f.runs.find((r) => r.server === server && r.key === key && r.figures.connections === connections)?.figures;
  const tables = connectionsRun.map((connections) => {
    const keys = [...new Set(f.runs.filter((r) => r.figures.connections === connections).map((r) => r.key))];
    const typename = find('api', 'typename', connections);
    const rows = keys.map((key) => {
      const a = find('api', key, connections)!;
      const b = find('bare', key, connections);
      const share = typename ? a.perSecond / typename.perSecond : NaN;
      return `| ${a.label} | ${rate(a.perSecond)} | ${ms(a.p50)} | ${ms(a.p95)} | ${ms(a.p99)} | ${a.errors} | ${b ? rate(b.perSecond) : '–'} | ${b ? ms(b.p50) : '–'} | ${b ? ms(b.p95) : '–'} | ${b ? `${((100 * a.perSecond) / b.perSecond).toFixed(0)} %` : '–'} | ${(100 * share).toFixed(0)} % |`;
    });
    return `### ${connections} concurrent clients

| operation | API req/s | p50 ms | p95 ms | p99 ms | errors | bare req/s | bare p50 | bare p95 | API / bare | API / \`{__typename}\` |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}`;
  });
  const at16 = (key: string) => find('api', key, 16)?.perSecond ?? NaN;
  const shareOf = (key: string) => at16(key) / at16('typename');
  const s = f.starvation;
  return `## API under load: logged-in reads, the public guide, logins

\`tools/bench/api.bench.ts\`, run with \`npm run bench:api\`; total run ${Math.round(f.totalSeconds)} s.
The API runs in its own process with production settings on the embedded Postgres ${f.postgres} holding the
demo county 汉阴县 (70 published matters); the request rate limits are raised for the run. autocannon
drives it for ${f.seconds} s per row (after 1 s of warm-up), each client sending its operation again as
soon as the answer arrives. The **bare** columns are a bare Apollo Server 5 on \`node:http\` answering the
same schema (\`apps/api/schema.gql\`) from memory with the answers the API gave, measured in the same
run: parsing, validation, execution and serialization without Nest, guards, transactions or Postgres.
Latencies are per request, nearest rank; errors are non-2xx answers, socket errors and timeouts.

- date: ${new Date().toISOString().slice(0, 10)}
- machine: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 20).toLocaleString('en-US')} MB RAM, Node ${process.version}; the load generator shares the machine

${tables.join('\n\n')}

### Logins beside reads

16 clients read the village guide while 40 others log in (argon2id, 19 MiB, 2 passes).

| | req/s | p50 ms | p95 ms | p99 ms | errors |
| --- | ---: | ---: | ---: | ---: | ---: |
| village guide, alone | ${rate(s.alone.perSecond)} | ${ms(s.alone.p50)} | ${ms(s.alone.p95)} | ${ms(s.alone.p99)} | ${s.alone.errors} |
| village guide, beside 40 logging in | ${rate(s.withLogins.perSecond)} | ${ms(s.withLogins.p50)} | ${ms(s.withLogins.p95)} | ${ms(s.withLogins.p99)} | ${s.withLogins.errors} |
| the 40 logging in | ${rate(s.logins.perSecond)} | ${ms(s.logins.p50)} | ${ms(s.logins.p95)} | ${ms(s.logins.p99)} | ${s.logins.errors} |

### Targets

| target | measured | |
| --- | --- | --- |
| public \`guideForUnit\` ≥ ${PUBLIC_READ_SHARE * 100} % of \`{__typename}\` at 16 clients | ${(100 * shareOf('unitGuide')).toFixed(0)} % (${rate(at16('unitGuide'))} of ${rate(at16('typename'))}/s) | ${met(shareOf('unitGuide') >= PUBLIC_READ_SHARE)} |
| public pinyin \`guideSearch\` ≥ ${PUBLIC_READ_SHARE * 100} % of \`{__typename}\` at 16 clients | ${(100 * shareOf('search')).toFixed(0)} % (${rate(at16('search'))}/s) | ${met(shareOf('search') >= PUBLIC_READ_SHARE)} |
| logins do not starve reads: guide p50 beside 40 logins | ${ms(s.withLogins.p50)} ms vs ${ms(s.alone.p50)} ms alone | |
`;
}
