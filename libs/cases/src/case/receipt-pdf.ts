import PDFDocument from 'pdfkit';
import * as QRCode from 'qrcode';
import { noticeFonts } from '@county/catalog';

/** What a 受理通知书 says: the case, its deadline, and how to follow it without logging in. */
export interface ReceiptData {
  countyName: string;
  caseNumber: string;
  verificationCode: string;
  applicantName: string;
  matterName: string;
  acceptingUnitName: string;
  place: string;
  acceptedOn: string;
  limitWorkingDays: number;
  dueDate: string;
  dueProvisional: boolean;
  withGaps: boolean;
  missingMaterials: string[];
  gapsDueDate: string | null;
  progressUrl: string;
}

const MARGIN = 56;

/** 受理通知书 as an A4 PDF with the CJK font embedded and a QR code to the public progress page. */
export async function renderReceiptPdf(d: ReceiptData): Promise<Buffer> {
  const fonts = noticeFonts();
  const qr = await QRCode.toBuffer(d.progressUrl, { type: 'png', margin: 1, width: 296, errorCorrectionLevel: 'M' });
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, lang: 'zh-CN', displayTitle: true, info: { Title: `受理通知书 ${d.caseNumber}`, Author: d.countyName } });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('R', fonts.regular);
  doc.registerFont('B', fonts.bold);
  const width = doc.page.width - MARGIN * 2;

  doc.font('B').fontSize(20).text(`${d.countyName}政务服务受理通知书`, { align: 'center', width });
  doc.moveDown(0.3);
  doc.font('R').fontSize(11).fillColor('#333333').text(`受理编号：${d.caseNumber}`, { align: 'center', width });
  doc.moveDown(1.2);
  doc.fillColor('#000000').fontSize(12);
  doc.text(`${d.applicantName}：`);
  doc.moveDown(0.4);
  const limit = d.limitWorkingDays > 0 ? `${d.limitWorkingDays} 个工作日` : '当日办结（即办件）';
  doc.text(
    `您于 ${d.acceptedOn} 申请办理的“${d.matterName}”，经审查，${d.withGaps ? '符合容缺受理条件，予以容缺受理' : '申请材料齐全、符合法定形式，予以受理'}。承诺办理时限为${limit}（受理当日不计入，节假日顺延），预计办结日期为 ${d.dueDate}${d.dueProvisional ? '（暂定：跨入节假日安排尚未公布的年份，日期可能调整）' : ''}。`,
    { width, lineGap: 4 },
  );
  if (d.withGaps && d.missingMaterials.length) {
    doc.moveDown(0.6);
    doc.text(`请于 ${d.gapsDueDate ?? ''} 前按承诺补齐以下材料：${d.missingMaterials.join('、')}。`, { width, lineGap: 4 });
  }
  doc.moveDown(0.6);
  doc.text(`受理单位：${d.acceptingUnitName}${d.place ? `（${d.place}）` : ''}。办结后请凭本通知书领取结果，或按您选择的方式送达。`, { width, lineGap: 4 });
  doc.moveDown(1);
  const top = doc.y;
  doc.image(qr, MARGIN, top, { width: 96 });
  doc.font('B').text('办件进度查询', MARGIN + 112, top);
  doc.font('R').text(`扫码或访问：${d.progressUrl.replace(/\?.*$/, '')}`, MARGIN + 112, doc.y + 4, { width: width - 112 });
  doc.text(`受理编号：${d.caseNumber}`, MARGIN + 112, doc.y + 4);
  doc.text(`查询码：${d.verificationCode}`, MARGIN + 112, doc.y + 4);
  doc.y = Math.max(doc.y, top + 110);
  doc.moveDown(2);
  doc.text(`受理人（签章）：________________        申请人（签字）：________________`, MARGIN, doc.y, { width });
  doc.moveDown(1);
  doc.text(`${d.acceptingUnitName}    ${d.acceptedOn}`, { align: 'right', width });
  doc.end();
  return done;
}
