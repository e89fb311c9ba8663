import { cpus, totalmem } from 'node:os';
import { median, type PageLoad } from './measure';

/** The issue's target: first contentful paint of the guide's pages on Fast 3G, cold cache. */
export const FCP_TARGET_MS = 3000;

export interface BuildFigures {
  /** What was measured: "this build" or the baseline's label (commit). */
  label: string;
  served: string;
  pages: { page: string; url: string; loads: PageLoad[] }[];
}

export interface GuideFigures {
  runs: number;
  chromium: string;
  builds: BuildFigures[];
  assets: { file: string; raw: number; br?: number; gz?: number }[];
  totalSeconds: number;
}

const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '–');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function markdownOf(f: GuideFigures): string {
  const cpu = cpus();
  const rows = f.builds.flatMap((build) =>
    build.pages.map(({ page, loads }) => {
      const fcps = loads.map((l) => l.fcp).filter(Number.isFinite);
      const missing = loads.length - fcps.length;
      const fcp = median(fcps);
      return `| ${page} | ${build.label} | ${s(fcp)}${missing ? ` (${missing} of ${loads.length} loads reported no paint entry)` : ''} | ${s(Math.min(...fcps))}–${s(Math.max(...fcps))} | ${s(median(loads.map((l) => l.content)))} | ${kb(median(loads.map((l) => l.bytes)))} | ${median(loads.map((l) => l.requests))} | ${Number.isFinite(fcp) && fcp <= FCP_TARGET_MS ? '**met**' : '**not met**'} |`;
    }),
  );
  const served = f.builds.map((b) => `  - ${b.label}: ${b.served}`).join('\n');
  const urls = [...new Set(f.builds.flatMap((b) => b.pages.map((p) => `  - ${p.page}: \`${p.url}\``)))].join('\n');
  const assetRows = f.assets.map((a) => `| \`${a.file}\` | ${kb(a.raw)} | ${a.br ? kb(a.br) : '–'} | ${a.gz ? kb(a.gz) : '–'} |`).join('\n');
  return `## Public guide on a phone's weak network

Cold loads of the public guide in headless Chromium (\`tools/bench/guide.bench.ts\`, run with
\`npm run bench:guide\`): a fresh browser context per load (empty cache), 390×844 viewport,
throttled through the DevTools protocol to Fast 3G (1.6 Mbps down, 750 kbps up, 150 ms latency),
the real API on embedded Postgres with the demo county. Median of ${f.runs} loads per page and build;
the builds' loads alternate. Target: first contentful paint ≤ ${FCP_TARGET_MS / 1000} s.

- date: ${new Date().toISOString().slice(0, 10)}
- machine: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 20).toLocaleString('en-US')} MB RAM, Node ${process.version}, ${f.chromium}
- pages:
${urls}
- builds:
${served}

| page | build | FCP (median) | FCP (min–max) | content on screen | bytes transferred | requests | FCP ≤ ${FCP_TARGET_MS / 1000} s |
| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |
${rows.join('\n')}

"FCP" is \`performance.getEntriesByName('first-contentful-paint')\`; "content on screen" is when the
page's own data is rendered (the search results; the matter's name), both from navigation start.
This build's first paint is \`guide.html\`'s static header and loading line, before any script runs.
Bytes are what went over the wire (\`Network.loadingFinished\` \`encodedDataLength\`: headers and
compressed bodies, the GraphQL answers included).

What this build's guide page loads (\`dist/apps/admin/guide.html\` and its scripts):

| file | raw | brotli | gzip |
| --- | ---: | ---: | ---: |
${assetRows}

Total bench time ${f.totalSeconds.toFixed(0)} s.`;
}
