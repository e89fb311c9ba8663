/**
 * A bordered form on A4 with pdfkit: rows of label and value cells that wrap, never cross the
 * footer, split long lists across pages and repeat a sub-table's header after a page break.
 */

export const PAGE = { margin: 42, top: 40, bottom: 58 } as const;
const FONT_SIZE = 9.5;
const LABEL_FILL = '#eef2f7';
const BORDER = '#555555';
const PAD_X = 5;
const PAD_Y = 4;
const LINE_GAP = 2;
const PARA_GAP = 4;

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

export class SheetWriter {
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get limit(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private space(): number {
    return this.limit - this.doc.y;
  }

  private newPage(): void {
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
      this.drawRow(rowFor(take), false);
      rest = rest.slice(take);
      title = `${label}（续）`;
    }
  }

  /** A row of cells drawn whole: on the next page if it does not fit here. */
  row(cells: Cell[]): void {
    this.drawRow(cells.map((c, i) => ({ ...c, width: this.scale(cells.map((x) => x.width))[i] })), true);
  }

  /** A titled table; the title and header come back after a page break. */
  table(title: string, columns: { title: string; width: number; align?: 'left' | 'center' }[], rows: string[][]): void {
    const widths = this.scale(columns.map((c) => c.width));
    const band = (t: string): Cell[] => [{ text: [t], width: this.width, label: true }];
    const header: Cell[] = columns.map((c, i) => ({ text: [c.title], width: widths[i], label: true, align: 'center', size: 8.5 }));
    const cellsOf = (r: string[]): Cell[] =>
      r.map((text, i) => ({ text: [text], width: widths[i], align: columns[i].align ?? 'left', size: 8.5 }));
    const first = rows.length ? this.rowHeight(cellsOf(rows[0])) : 0;
    if (this.rowHeight(band(title)) + this.rowHeight(header) + first > this.space()) this.newPage();
    this.drawRow(band(title), false);
    this.drawRow(header, false);
    for (const r of rows) {
      const cells = cellsOf(r);
      if (this.rowHeight(cells) > this.space()) {
        this.newPage();
        this.drawRow(band(`${title}（续）`), false);
        this.drawRow(header, false);
      }
      this.drawRow(cells, false);
    }
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

  private drawRow(cells: Cell[], breakBefore: boolean): void {
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
