import PDFDocument from 'pdfkit';
import * as QRCode from 'qrcode';
import { noticeRows } from './notice-fields';
import { noticeFonts } from './notice-fonts';
import { BOLD, PAGE, PlacedBlock, REGULAR, SheetWriter } from './notice-layout';
import { NoticeData } from './notice.types';

const QR_SIZE = 74;
const LABEL_WIDTH = 108;

export function noticeTitle(data: NoticeData): string {
  return `${data.countyName}政务服务事项一次性告知单`;
}

/** The 一次性告知单 of one published version as an A4 PDF with the CJK font embedded. */
export async function renderNoticePdf(data: NoticeData): Promise<Buffer> {
  return (await layOutNotice(data)).pdf;
}

/** The sheet and where each of its blocks went (page, top, bottom), for tests of the layout. */
export async function layOutNotice(data: NoticeData): Promise<{ pdf: Buffer; plan: PlacedBlock[] }> {
  const fonts = noticeFonts();
  const qr = await QRCode.toBuffer(data.guideUrl, { type: 'png', margin: 1, width: 296, errorCorrectionLevel: 'M' });
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: `${noticeTitle(data)}：${data.content.name}`, Author: data.countyName, Subject: '一次性告知单' },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);

  const sheet = new SheetWriter(doc);
  header(doc, sheet, data, qr);
  const rows = noticeRows(data);
  // The closing and the signatures stay on the page of the last rows, as on the paper sheet.
  const tail = closingHeight(sheet);
  rows.forEach((row, i) => {
    const keep = i === rows.length - 1 ? tail : 0;
    if (row.kind === 'full') sheet.fullRow(row.label, row.lines, LABEL_WIDTH);
    else if (row.kind === 'pair')
      sheet.row(
        [
          { text: [row.cells[0].label], width: LABEL_WIDTH, label: true },
          { text: row.cells[0].value.split('\n'), width: (sheet.width - 2 * LABEL_WIDTH) / 2 },
          { text: [row.cells[1].label], width: LABEL_WIDTH, label: true },
          { text: row.cells[1].value.split('\n'), width: (sheet.width - 2 * LABEL_WIDTH) / 2 },
        ],
        keep,
      );
    else sheet.table(row.title, row.columns, row.rows, keep);
  });
  closing(sheet);
  sheet.footer(
    `第 ${data.version} 版  生效日期 ${data.effectiveFrom}  打印日期 ${data.printedOn}  事项编码 ${data.content.implementationCode}`,
    (page, total) => `第 ${page} 页 共 ${total} 页`,
  );
  doc.end();
  return { pdf: await done, plan: sheet.plan };
}

function header(doc: PDFKit.PDFDocument, sheet: SheetWriter, data: NoticeData, qr: Buffer): void {
  const top = doc.page.margins.top;
  const qrX = sheet.left + sheet.width - QR_SIZE;
  doc.image(qr, qrX, top, { width: QR_SIZE, height: QR_SIZE });
  // The title is centred on the page, kept clear of the QR code on the right.
  const titleX = sheet.left + QR_SIZE + 8;
  const titleWidth = sheet.width - 2 * (QR_SIZE + 8);
  doc.fillColor('#000000').font(BOLD).fontSize(17);
  doc.text(noticeTitle(data), titleX, top + 8, { width: titleWidth, align: 'center' });
  doc.moveDown(0.35);
  doc.font(REGULAR).fontSize(12).text(data.content.name, titleX, doc.y, { width: titleWidth, align: 'center' });
  if (data.unitName) doc.font(REGULAR).fontSize(9).text(`适用于：${data.unitName}`, titleX, doc.y + 2, { width: titleWidth, align: 'center' });
  const below = Math.max(doc.y, top + QR_SIZE) + 3;
  doc.font(REGULAR).fontSize(7).fillColor('#333333');
  doc.text(`扫码查看在线办事指南  ${data.guideUrl}`, sheet.left, below, { width: sheet.width, align: 'right' });
  doc.fillColor('#000000');
  doc.x = sheet.left;
  doc.y = doc.y + 6;
}

/** The promise of the sheet itself: everything needed is listed here, at once. */
const CLOSING_NOTE = [
  {
    text:
      '本单所列材料为办理本事项所需的全部材料，窗口不得要求申请人提交本单以外的材料；可通过数据共享获取的材料免于提交。' +
      '注：表中“容缺”指非关键材料可先行受理、在承诺期限内补齐。如对办理有疑问，请拨打咨询电话；对服务不满意，请拨打监督电话。',
    size: 8,
    gapBefore: 8,
    color: '#333333',
  },
];

/** The window clerk who handed the sheet over and the applicant who received it sign and date it. */
export const NOTICE_SIGNERS = ['告知人（签字）：', '申请人（签字）：'];

function closingHeight(sheet: SheetWriter): number {
  return sheet.textBlockHeight(CLOSING_NOTE) + 6 + sheet.signatureHeight(NOTICE_SIGNERS);
}

/** The note and the signature lines, together on one page. */
function closing(sheet: SheetWriter): void {
  if (closingHeight(sheet) > sheet.space()) sheet.newPage();
  sheet.textBlock(CLOSING_NOTE);
  sheet.signatureLines(NOTICE_SIGNERS);
}
