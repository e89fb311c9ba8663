import { CatalogFigures, TARGETS } from './report';

const f1 = (n: number) => n.toFixed(1);

/** What dominates, in this run's figures. */
export function analysisOf(f: CatalogFigures): string {
  const ratio = f.publishProvince.large.p50 / f.publishProvince.small.p50;
  const village = f.villageProvince;
  const v = village.byWay;
  const s = f.searchProvince.byWay;
  const villageMet = v.service.p95 <= TARGETS.villageP95Ms;
  return `**What dominates.** Publishing never touches villages: it locks the matter, checks the rules again,
marks the draft published and appends one audit entry, the same few statements in a county of
${f.sizes.small} villages or ${f.sizes.large.toLocaleString('en-US')} (ratio of medians ${ratio.toFixed(2)}), and its tail is commit and
machine noise. One village's catalog is ${village.matters} whole matters, about ${village.contentKb} KB of JSON; turning
that out of Postgres and parsing it dominates a read that fetches it: the single hand-written statement takes
${f1(v.rawOwner.p50)} ms at p50 as owner and ${f1(v.rawApp.p50)} ms in the API's RLS transaction. The service asks Postgres
only which versions are in force (under RLS), the local settings and names, and takes the contents of published
versions, which never change, from an in-process cache: ${f1(v.service.p50)} ms at p50 and ${f1(v.service.p95)} ms at p95${
    villageMet
      ? ''
      : `, which misses the ${TARGETS.villageP95Ms} ms target`
  }. The public search filters name, pinyin and initials in SQL and opens only the contents it
returns; of its ${f1(s.service.p50)} ms p50, ${f1(s.service.p50 - s.rawApp.p50)} ms are the two short transactions that find the
county by its code before searching.${
    f.graphql
      ? ` Over HTTP the village catalog takes ${f1(f.graphql.effective.p50)} ms at p50: graphql-js resolving and
serialising every field of ${f.graphql.effectiveMatters} matters costs several times the database read.`
      : ''
  }
`;
}
