import PDFDocument from 'pdfkit';
import * as QRCode from 'qrcode';
import { noticeFonts } from '@county/catalog';

/** The notices a case produces (seed 002's 受理通知书, 补正材料通知书, 不予受理通知书, 办理结果通知书). */
export const CASE_DOCUMENTS = ['receipt', 'supplement', 'refusal', 'decision'] as const;
export type CaseDocument = (typeof CASE_DOCUMENTS)[number];

export const CASE_DOCUMENT_TITLES: Record<CaseDocument, string> = {
  receipt: '受理通知书',
  supplement: '补正材料通知书',
  refusal: '不予受理通知书',
  decision: '办理结果通知书',
};

/** What the notices of one case say. */
export interface CaseDocumentData {
  countyName: string;
  caseId: string;
  caseNumber: string | null;
  verificationCode: string;
  applicantName: string;
  matterName: string;
  acceptingUnitName: string;
  decidingUnitName: string;
  place: string;
  submittedOn: string;
  acceptedOn: string | null;
  limitWorkingDays: number;
  dueDate: string | null;
  dueProvisional: boolean;
  withGaps: boolean;
  missingMaterials: string[];
  gapsDueDate: string | null;
  outcome: 'approved' | 'rejected' | null;
  reason: string | null;
  legalBasis: string | null;
  progressUrl: string;
  issuedOn: string;
}

const MARGIN = 56;
const REMEDY = '如不服本决定，可自收到本通知书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。';

function paragraphs(kind: CaseDocument, d: CaseDocumentData): string[] {
  const applied = `您于 ${d.submittedOn} 申请办理的“${d.matterName}”`;
  switch (kind) {
    case 'receipt': {
      const limit = d.limitWorkingDays > 0 ? `${d.limitWorkingDays} 个工作日` : '当日办结（即办件）';
      const due = `${d.dueDate ?? ''}${d.dueProvisional ? '（暂定：跨入节假日安排尚未公布的年份，日期可能调整）' : ''}`;
      return [
        `${applied}，经审查，${d.withGaps ? '符合容缺受理条件，予以容缺受理' : '申请材料齐全、符合法定形式，予以受理'}。承诺办理时限为${limit}（受理当日不计入，节假日顺延），预计办结日期为 ${due}。`,
        ...(d.withGaps && d.missingMaterials.length ? [`请于 ${d.gapsDueDate ?? ''} 前按承诺补齐以下材料：${d.missingMaterials.join('、')}。`] : []),
        `受理单位：${d.acceptingUnitName}${d.place ? `（${d.place}）` : ''}。办结后请凭本通知书领取结果，或按您选择的方式送达。`,
      ];
    }
    case 'supplement':
      return [
        `${applied}，申请材料不齐全或者不符合法定形式。现一次性告知您需要补正的全部材料：`,
        ...d.missingMaterials.map((m, i) => `${i + 1}. ${m}`),
        '请补正后重新提交。办理时限自材料补正齐全、予以受理之日起计算；本件不再另行要求补正其他材料。',
      ];
    case 'refusal':
      return [`${applied}，经审查，决定不予受理。`, `理由：${d.reason ?? ''}`, REMEDY];
    case 'decision':
      return d.outcome === 'approved'
        ? [`${applied}，经${d.decidingUnitName}审查，决定准予。`, `请到${d.acceptingUnitName}${d.place ? `（${d.place}）` : ''}领取办理结果，或按您选择的方式送达。`]
        : [`${applied}，经${d.decidingUnitName}审查，决定不予准予。`, `理由：${d.reason ?? ''}`, `法律依据：${d.legalBasis ?? ''}`, REMEDY];
  }
}

/** One notice of a case as an A4 PDF with the CJK font embedded and a QR code to the public progress page. */
export async function renderCaseDocument(kind: CaseDocument, d: CaseDocumentData): Promise<Buffer> {
  const fonts = noticeFonts();
  const title = `${d.countyName}政务服务${CASE_DOCUMENT_TITLES[kind]}`;
  const reference = d.caseNumber ? `受理编号：${d.caseNumber}` : `申请登记号：${d.caseId.slice(0, 8).toUpperCase()}`;
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, lang: 'zh-CN', displayTitle: true, info: { Title: `${CASE_DOCUMENT_TITLES[kind]} ${d.caseNumber ?? ''}`.trim(), Author: d.countyName } });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('R', fonts.regular);
  doc.registerFont('B', fonts.bold);
  const width = doc.page.width - MARGIN * 2;

  doc.font('B').fontSize(20).text(title, { align: 'center', width });
  doc.moveDown(0.3);
  doc.font('R').fontSize(11).fillColor('#333333').text(reference, { align: 'center', width });
  doc.moveDown(1.2);
  doc.fillColor('#000000').fontSize(12).text(`${d.applicantName}：`);
  for (const p of paragraphs(kind, d)) {
    doc.moveDown(0.5);
    doc.text(p, { width, lineGap: 4 });
  }
  if (d.caseNumber) {
    doc.moveDown(1);
    const top = doc.y;
    const qr = await QRCode.toBuffer(d.progressUrl, { type: 'png', margin: 1, width: 296, errorCorrectionLevel: 'M' });
    doc.image(qr, MARGIN, top, { width: 96 });
    doc.font('B').text('办件进度查询', MARGIN + 112, top);
    doc.font('R').text(`扫码或访问：${d.progressUrl.replace(/\?.*$/, '')}`, MARGIN + 112, doc.y + 4, { width: width - 112 });
    doc.text(`受理编号：${d.caseNumber}`, MARGIN + 112, doc.y + 4);
    doc.text(`查询码：${d.verificationCode}`, MARGIN + 112, doc.y + 4);
    doc.y = Math.max(doc.y, top + 110);
  }
  doc.moveDown(2);
  doc.text(`经办人（签章）：________________        申请人（签收）：________________`, MARGIN, doc.y, { width });
  doc.moveDown(1);
  doc.text(`${kind === 'decision' ? d.decidingUnitName : d.acceptingUnitName}    ${d.issuedOn}`, { align: 'right', width });
  doc.end();
  return done;
}
