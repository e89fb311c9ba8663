import { sampleContent } from '../testing/sample-content';
import { inlineDisposition } from './notice.controller';
import { noticeRows, postcodeOf } from './notice-fields';
import { NoticeData } from './notice.types';
import { Tier } from '../content/catalog-enums';

const data = (overrides: Partial<NoticeData['content']> = {}): NoticeData => ({
  countyCode: '610921',
  countyName: '汉阴县',
  version: 1,
  effectiveFrom: '2024-11-23',
  content: sampleContent(overrides),
  implementingBodyName: '汉阴县民政局',
  coImplementingBodyNames: [],
  guideUrl: 'http://localhost:3000/guide/610921/X',
  printedOn: '2024-11-25',
  unitName: null,
  promiseSources: [],
});

const labels = (d: NoticeData) =>
  noticeRows(d).flatMap((r) => (r.kind === 'pair' ? r.cells.map((c) => c.label) : r.kind === 'full' ? [r.label] : [r.title]));

describe('一次性告知单 fields', () => {
  it('keeps the order of the reference form (附件7), materials last', () => {
    const form = ['事项名称', '事项类型', '实施主体', '事项依据', '法定时限', '承诺时限', '共同实施部门', '事项相对人', '是否收费', '收费依据与标准', '出具的文书或证照名称', '办理条件', '办理地点', '承办内设机构', '咨询电话', '监督机构', '监督电话', '邮寄地址', '邮政编码', '申报所需材料（如未标记数量默认为一份）'];
    const printed = labels(data());
    expect(printed.filter((l) => form.includes(l))).toEqual(form);
    expect(printed).toEqual(expect.arrayContaining(['事项编码', '办理时间', '到现场次数', '送达方式', '是否可代办', '办理流程']));
  });

  it('fills empty elements with 无 and states fees, caps and materials in words', () => {
    const rows = noticeRows(data({ naturalDayCap: 20, handlingOffice: null }));
    const pairs = Object.fromEntries(rows.flatMap((r) => (r.kind === 'pair' ? r.cells.map((c) => [c.label, c.value]) : [])));
    expect(pairs).toMatchObject({ 承诺时限: '10 个工作日，且不超过 20 个自然日', 是否收费: '不收费', 承办内设机构: '无', 邮政编码: '无' });
    const fulls = Object.fromEntries(rows.flatMap((r) => (r.kind === 'full' ? [[r.label, r.lines]] : [])));
    expect(fulls['共同实施部门']).toEqual(['无']);
    const materials = rows.find((r) => r.kind === 'table' && r.title.startsWith('申报所需材料'));
    expect(materials?.kind === 'table' && materials.rows[1]).toEqual(['2', '居民身份证', '原件', '1 份', '必需', '否', '免提交', '']);
  });

  it('reads the postcode out of the postal address', () => {
    expect(postcodeOf('陕西省安康市汉阴县政务服务中心（邮编 725100）')).toBe('725100');
    expect(postcodeOf('电话 09155212301')).toBe('无');
  });

  it('names the file in Chinese by RFC 5987 with an ASCII fallback', () => {
    expect(inlineDisposition('notice-X-v1.pdf', '临时救助(试行)-一次性告知单.pdf')).toBe(
      `inline; filename="notice-X-v1.pdf"; filename*=UTF-8''${encodeURIComponent('临时救助')}%28${encodeURIComponent('试行')}%29${encodeURIComponent('-一次性告知单.pdf')}`,
    );
  });

  it('at county level, a matter the county center does not accept says where to go instead of its address', () => {
    const place = (d: NoticeData) => noticeRows(d).find((r) => r.kind === 'full' && r.label === '办理地点');
    const villageOnly = data({ acceptingTiers: [Tier.VILLAGE, Tier.TOWNSHIP], place: '汉阴县政务服务中心民政窗口' });
    expect(place(villageOnly)).toMatchObject({ lines: [expect.stringMatching(/^县政务服务中心不受理本事项，请到所在乡镇（街道）便民服务中心或所在村（社区）便民服务站办理/)] });
    // At the county center, or printed for a unit, the place is the matter's own.
    expect(place(data({ acceptingTiers: [Tier.COUNTY], place: '汉阴县政务服务中心' }))).toMatchObject({ lines: ['汉阴县政务服务中心'] });
    expect(place({ ...villageOnly, unitName: '南街社区' })).toMatchObject({ lines: ['汉阴县政务服务中心民政窗口'] });
  });
});
