import { splitTable } from './table-split';

/**
 * A bordered form on A4 with pdfkit: rows of label and value cells that wrap, never cross the
 * footer, split long lists across pages and keep a sub-table together (table-split.ts), its
 * header repeating after a page break. Every block drawn is noted in `plan`, for tests.
 */

export const PAGE = { margin: 42, top: 40, bottom: 58 } as const;
const FONT_SIZE = 9.5;
const LABEL_FILL = '#eef2f7';
const BORDER = '#555555';
const PAD_X = 5;
const PAD_Y = 4;
const LINE_GAP = 2;
const PARA_GAP = 4;
const SIGN_SIZE = 10.5;
const SIGN_ROW = 30;

export const REGULAR = 'NoticeRegular';
export const BOLD = 'NoticeBold';

export interface Cell {
  /** One paragraph per entry. */
  text: string[];
  /** Relative width; the row is scaled to the page. */
  width: number;
  label?: boolean;
  align?: 'left' | 'center';
  size?: number;
}

/** One block as laid out: its page (1-based) and its top and bottom in points from the page top. */
export interface PlacedBlock {
  page: number;
  kind: 'row' | 'band' | 'header' | 'text';
  /** The first paragraph of the block's first cell: a label, a table title or a row's 序号. */
  text: string;
  top: number;
  bottom: number;
}

export class SheetWriter {
  readonly plan: PlacedBlock[] = [];

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  get page(): number {
    return this.doc.bufferedPageRange().count;
  }

  /** Height between the margins of a fresh page. */
  get pageSpace(): number {
    return this.limit - this.doc.page.margins.top;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get limit(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  space(): number {
    return this.limit - this.doc.y;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.y = this.doc.page.margins.top;
  }

  /** A label cell on the left and its paragraphs across the rest; splits between paragraphs. */
  fullRow(label: string, lines: string[], labelWidth: number): void {
    let rest = lines;
    let title = label;
    while (rest.length > 0) {
      const widths = this.scale([labelWidth, this.width - labelWidth]);
      let take = rest.length;
      const rowFor = (n: number): Cell[] => [
        { text: [title], width: widths[0], label: true },
        { text: rest.slice(0, n), width: widths[1] },
      ];
      while (take > 1 && this.rowHeight(rowFor(take)) > this.space()) take--;
      // A single paragraph taller than a whole page is drawn anyway rather than looping.
      if (this.rowHeight(rowFor(take)) > this.space() && this.doc.y > this.doc.page.margins.top) {
        this.newPage();
        continue;
      }
      this.drawRow(rowFor(take), false, 'row');
      rest = rest.slice(take);
      title = `${label}（续）`;
    }
  }

  /**
   * A row of cells drawn whole: on the next page if it does not fit here. `keepWithNext` is the
   * height of what must follow on the same page.
   */
  row(cells: Cell[], keepWithNext = 0): void {
    const scaled = cells.map((c, i) => ({ ...c, width: this.scale(cells.map((x) => x.width))[i] }));
    const h = this.rowHeight(scaled);
    if (h + keepWithNext > this.space() && h + keepWithNext <= this.pageSpace) this.newPage();
    this.drawRow(scaled, true, 'row');
  }

  /**
   * A titled table kept together: whole on this page, else whole on the next, else broken
   * between rows (table-split.ts) with the title（续）and header again on each new page.
   * `keepWithNext` is the height of the block that must stay with its last rows.
   */
  table(title: string, columns: { title: string; width: number; align?: 'left' | 'center' }[], rows: string[][], keepWithNext = 0): void {
    const widths = this.scale(columns.map((c) => c.width));
    const band = (t: string): Cell[] => [{ text: [t], width: this.width, label: true }];
    const header: Cell[] = columns.map((c, i) => ({ text: [c.title], width: widths[i], label: true, align: 'center', size: 8.5 }));
    const cellsOf = (r: string[]): Cell[] =>
      r.map((text, i) => ({ text: [text], width: widths[i], align: columns[i].align ?? 'left', size: 8.5 }));
    const body = rows.map(cellsOf);
    // The（续）title is what repeats; it is never shorter than the first title.
    const head = this.rowHeight(band(`${title}（续）`)) + this.rowHeight(header);
    const parts = splitTable(
      body.map((c) => this.rowHeight(c)),
      { space: this.space(), page: this.pageSpace, head, tail: keepWithNext },
    );
    parts.forEach((part, i) => {
      if (part.newPage) this.newPage();
      this.drawRow(band(i === 0 ? title : `${title}（续）`), false, 'band');
      this.drawRow(header, false, 'header');
      for (const cells of body.slice(part.from, part.to)) this.drawRow(cells, false, 'row');
    });
  }

  /** Paragraphs of plain text across the width, kept together on one page. */
  textBlock(paragraphs: { text: string; size: number; gapBefore: number; color?: string }[]): void {
    const doc = this.doc;
    if (this.textBlockHeight(paragraphs) > this.space() && this.doc.y > doc.page.margins.top) this.newPage();
    const top = doc.y;
    for (const p of paragraphs) {
      doc.font(REGULAR).fontSize(p.size).fillColor(p.color ?? '#000000');
      doc.text(p.text, this.left, doc.y + p.gapBefore, { width: this.width, lineGap: LINE_GAP });
    }
    doc.fillColor('#000000');
    doc.x = this.left;
    this.plan.push({ page: this.page, kind: 'text', text: paragraphs[0]?.text ?? '', top, bottom: doc.y });
  }

  /**
   * Signature lines as on the paper sheet: “告知人（签字）：______  日期：____年__月__日”, one
   * per signer, drawn on this page (the caller keeps them with what precedes them).
   */
  signatureLines(signers: string[]): void {
    const doc = this.doc;
    doc.font(REGULAR).fontSize(SIGN_SIZE).fillColor('#000000');
    const top = doc.y;
    const dateX = this.left + this.width * 0.56;
    for (const signer of signers) {
      const y = doc.y + SIGN_ROW - SIGN_SIZE - 4;
      doc.text(signer, this.left, y, { lineBreak: false });
      const nameFrom = this.left + doc.widthOfString(signer) + 2;
      doc.moveTo(nameFrom, y + SIGN_SIZE + 2).lineTo(dateX - 16, y + SIGN_SIZE + 2).lineWidth(0.5).stroke('#000000');
      doc.text('日期：', dateX, y, { lineBreak: false });
      const dateFrom = dateX + doc.widthOfString('日期：') + 2;
      const gaps = ['　　　　　', '年', '　　　', '月', '　　　', '日'];
      let x = dateFrom;
      for (const g of gaps) {
        if (!g.startsWith('　')) doc.text(g, x, y, { lineBreak: false });
        x += doc.widthOfString(g);
      }
      doc.moveTo(dateFrom, y + SIGN_SIZE + 2).lineTo(x, y + SIGN_SIZE + 2).lineWidth(0.5).stroke('#000000');
      doc.y = top + (signers.indexOf(signer) + 1) * SIGN_ROW;
      this.plan.push({ page: this.page, kind: 'text', text: signer, top: y, bottom: y + SIGN_SIZE + 2 });
    }
    doc.x = this.left;
  }

  signatureHeight(signers: string[]): number {
    return signers.length * SIGN_ROW;
  }

  textBlockHeight(paragraphs: { text: string; size: number; gapBefore: number }[]): number {
    return paragraphs.reduce((sum, p) => {
      this.doc.font(REGULAR).fontSize(p.size);
      return sum + p.gapBefore + this.doc.heightOfString(p.text, { width: this.width, lineGap: LINE_GAP });
    }, 0);
  }

  private scale(weights: number[]): number[] {
    const sum = weights.reduce((a, b) => a + b, 0);
    return weights.map((w) => (w / sum) * this.width);
  }

  private textHeight(cell: Cell): number {
    this.useFont(cell);
    const w = cell.width - 2 * PAD_X;
    // heightOfString counts a line gap under the last line too; the cell padding already gives that room.
    const heights = cell.text.map((p) => this.doc.heightOfString(p || ' ', { width: w, lineGap: LINE_GAP }) - LINE_GAP);
    return heights.reduce((a, b) => a + b, 0) + PARA_GAP * (cell.text.length - 1);
  }

  private rowHeight(cells: Cell[]): number {
    return Math.max(...cells.map((c) => this.textHeight(c))) + 2 * PAD_Y;
  }

  private useFont(cell: Cell): void {
    this.doc.font(cell.label ? BOLD : REGULAR).fontSize(cell.size ?? FONT_SIZE);
  }

  private drawRow(cells: Cell[], breakBefore: boolean, kind: PlacedBlock['kind']): void {
    const h = this.rowHeight(cells);
    if (breakBefore && h > this.space()) this.newPage();
    const doc = this.doc;
    const y = doc.y;
    let x = this.left;
    for (const cell of cells) {
      if (cell.label) doc.rect(x, y, cell.width, h).fill(LABEL_FILL);
      doc.lineWidth(0.6).rect(x, y, cell.width, h).stroke(BORDER);
      // Labels start at the top like their values, so a label and its first line share a baseline.
      this.useFont(cell);
      doc.fillColor('#000000');
      let ty = y + PAD_Y;
      for (const p of cell.text) {
        doc.text(p, x + PAD_X, ty, { width: cell.width - 2 * PAD_X, lineGap: LINE_GAP, align: cell.align ?? (cell.label ? 'center' : 'left') });
        ty = doc.y - LINE_GAP + PARA_GAP;
      }
      x += cell.width;
    }
    doc.x = this.left;
    doc.y = y + h;
    this.plan.push({ page: this.page, kind, text: cells[0]?.text[0] ?? '', top: y, bottom: y + h });
  }

  /** Footer lines on every buffered page, drawn below the bottom margin. */
  footer(left: string, right: (page: number, total: number) => string): void {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing under the margin must not open a new page
      const y = doc.page.height - bottom + 14;
      doc.moveTo(this.left, y - 5).lineTo(this.left + this.width, y - 5).lineWidth(0.4).stroke('#999999');
      doc.font(REGULAR).fontSize(7.5).fillColor('#333333');
      doc.text(left, this.left, y, { width: this.width * 0.8, lineBreak: false });
      doc.text(right(i - range.start + 1, range.count), this.left, y, { width: this.width, align: 'right', lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
  }
}
