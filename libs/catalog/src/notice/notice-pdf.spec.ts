import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StepKind } from '../content/catalog-enums';
import { sampleContent } from '../testing/sample-content';
import { PAGE, PlacedBlock } from './notice-layout';
import { layOutNotice, NOTICE_SIGNERS } from './notice-pdf';
import { NoticeData } from './notice.types';

const A4_HEIGHT = 841.89;
const PAGE_SPACE = A4_HEIGHT - PAGE.top - PAGE.bottom;

const data = (stepCount: number, stepName = (i: number) => `第${i + 1}环节审查`): NoticeData => ({
  countyCode: '610921',
  countyName: '汉阴县',
  version: 1,
  effectiveFrom: '2024-11-23',
  content: sampleContent({
    steps: Array.from({ length: stepCount }, (_, i) => ({ name: stepName(i), kind: StepKind.REVIEW, days: 1, counted: true })),
  }),
  implementingBodyName: '汉阴县民政局',
  coImplementingBodyNames: [],
  guideUrl: 'http://localhost:3000/guide/610921/X',
  printedOn: '2024-11-25',
  unitName: null,
  promiseSources: [],
});

/** The 办理流程 table as laid out: its bands, headers and rows, in order. */
function stepsTable(plan: PlacedBlock[]): PlacedBlock[] {
  const start = plan.findIndex((b) => b.kind === 'band' && b.text === '办理流程');
  const end = plan.findIndex((b, i) => i > start && b.kind === 'text');
  return plan.slice(start, end);
}

/** Words of each page, read back from the PDF by poppler (pdftotext -bbox) with their top edge. */
function pdfPages(pdf: Buffer): { text: string; words: { text: string; top: number }[] }[] {
  const dir = mkdtempSync(join(tmpdir(), 'notice-layout-'));
  try {
    const file = join(dir, 'sheet.pdf');
    writeFileSync(file, pdf);
    const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    return html
      .split('<page ')
      .slice(1)
      .map((page) => {
        const words = [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ text: m[2], top: Number(m[1]) }));
        return { words, text: words.map((w) => w.text).join('') };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('一次性告知单 pages', () => {
  it('ends with the signature and date lines of 告知人 and 申请人, on the page of the last rows', async () => {
    const { pdf, plan } = await layOutNotice(data(4));
    const pages = pdfPages(pdf);
    const last = pages.at(-1)!;
    for (const signer of NOTICE_SIGNERS) expect(last.text).toContain(`${signer}日期：年月日`);
    const signTop = last.words.find((w) => w.text.startsWith('告知人'))!.top;
    const applicantTop = last.words.find((w) => w.text.startsWith('申请人（签字）'))!.top;
    expect(applicantTop).toBeGreaterThan(signTop);
    // Nothing of the form is printed under the signatures (only the footer).
    const below = last.words.filter((w) => w.top > applicantTop + 5 && w.top < A4_HEIGHT - PAGE.bottom).map((w) => w.text);
    expect(below).toEqual([]);
    const steps = stepsTable(plan);
    expect(steps.at(-1)!.page).toBe(plan.at(-1)!.page);
    expect(plan.at(-1)!.text).toBe('申请人（签字）：');
  });

  it('keeps a 办理流程 table that fits on a page on one page, moving it whole when the rest of the page is too short', async () => {
    const seen = { here: 0, moved: 0, broken: 0 };
    // The sample's fields leave too little of page 1 for a table and the signatures: 6 and 24 steps move, 44 break.
    for (const n of [6, 24, 44]) {
      const { plan } = await layOutNotice(data(n));
      const steps = stepsTable(plan);
      const rows = steps.filter((b) => b.kind === 'row');
      const head = steps[1].bottom - steps[0].top;
      const closing = plan.find((b, i) => i > plan.indexOf(steps.at(-1)!) && b.kind === 'text')!;
      const tail = plan.at(-1)!.bottom - closing.top;
      const needed = head + rows.reduce((sum, b) => sum + b.bottom - b.top, 0) + tail;
      const pages = [...new Set(steps.map((b) => b.page))];
      const before = plan[plan.indexOf(steps[0]) - 1];
      if (needed <= PAGE_SPACE) {
        // All on one page with the signatures, never a lone header or row before a break.
        expect(pages).toHaveLength(1);
        expect(plan.at(-1)!.page).toBe(pages[0]);
        if (before.page < pages[0]) {
          seen.moved++;
          expect(steps[0].top).toBeCloseTo(PAGE.top, 0);
        } else seen.here++;
      } else {
        seen.broken++;
        for (const p of pages) expect(steps.filter((b) => b.page === p && b.kind === 'row').length).toBeGreaterThanOrEqual(2);
      }
    }
    // Every case was met by the lengths tried.
    expect(seen.moved).toBeGreaterThan(0);
    expect(seen.broken).toBeGreaterThan(0);
  });

  it('breaks a 办理流程 taller than a page between rows, the header again on the next page and two rows at least on each', async () => {
    const { pdf, plan } = await layOutNotice(data(70));
    const steps = stepsTable(plan);
    const byPage = new Map<number, PlacedBlock[]>();
    for (const b of steps) byPage.set(b.page, [...(byPage.get(b.page) ?? []), b]);
    expect(byPage.size).toBeGreaterThanOrEqual(2);
    for (const [, blocks] of byPage) {
      expect(blocks.map((b) => b.kind).slice(0, 2)).toEqual(['band', 'header']);
      expect(blocks.filter((b) => b.kind === 'row').length).toBeGreaterThanOrEqual(2);
      expect(blocks.at(-1)!.bottom).toBeLessThanOrEqual(A4_HEIGHT - PAGE.bottom + 0.01);
    }

    // The PDF says the same: 办理流程（续）with its header on the next page, step 1 before it.
    const pages = pdfPages(pdf);
    const first = [...byPage.keys()][0];
    const second = [...byPage.keys()][1];
    const words = (p: number) => pages[p - 1].words.map((w) => w.text);
    expect(words(first)).toEqual(expect.arrayContaining(['办理流程', '序号', '环节', '环节类型', '时限', '说明', '第1环节审查']));
    expect(words(second)).toEqual(expect.arrayContaining(['办理流程（续）', '序号', '环节', '环节类型', '时限', '说明']));
    expect(words(second)).not.toContain('第1环节审查');
    // The header row stands above the first row of the part.
    const top = (p: number, w: string) => pages[p - 1].words.find((x) => x.text === w)!.top;
    expect(top(second, '序号')).toBeLessThan(top(second, steps.find((b) => b.page === second && b.kind === 'row')!.text));
    expect(pages.at(-1)!.text).toContain('合计（计入办理时限）');
    expect(pages.at(-1)!.text).toContain('70个工作日');
    expect(pages.at(-1)!.text).toContain('告知人（签字）：');
    expect(pdf.length).toBeGreaterThan(1000);
  });
});
