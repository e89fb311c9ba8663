/**
 * 汉阴县 demo catalog: real matter names, plausible legal bases and limits. Compact rows are
 * expanded into full contents by demo-catalog.ts. Tiers: V village, T township, C county.
 */

export type BasisRow = [level: 'L' | 'AR' | 'LR' | 'LGR' | 'MR' | 'ND', title: string, article?: string];

export interface DemoMatter {
  name: string;
  type: 'license' | 'payment' | 'confirmation' | 'levy' | 'reward' | 'adjudication' | 'other_power' | 'public_service';
  kind: 'on_the_spot' | 'promised' | 'reported';
  statutory: number;
  promised: number;
  accept: string;
  decide: 'V' | 'T' | 'C';
  basis: BasisRow[];
  materials: string[];
  persons?: 'people' | 'organizations' | 'both';
  groups?: string[];
  survey?: boolean;
  expert?: boolean;
  fees?: [name: string, basis: string, amount: string][];
  result?: string;
  conditions?: string[];
  online?: number;
  natural?: number;
}

const SOCIAL_ASSISTANCE: BasisRow[] = [
  ['AR', '《社会救助暂行办法》'],
  ['LGR', '《陕西省社会救助办法》'],
];
const FOOD: BasisRow = ['L', '《中华人民共和国食品安全法》', '第三十五条'];
const EIA: BasisRow[] = [
  ['L', '《中华人民共和国环境影响评价法》', '第二十二条'],
  ['AR', '《建设项目环境保护管理条例》', '第九条'],
];
const REGISTRATION_FEE = '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）';

export const DEMO_MATTERS: Record<string, DemoMatter[]> = {
  汉阴县民政局: [
    { name: '最低生活保障审核确认', type: 'payment', kind: 'promised', statutory: 30, promised: 15, accept: 'VT', decide: 'C', basis: [...SOCIAL_ASSISTANCE, ['ND', '《陕西省最低生活保障审核确认办法》']], materials: ['最低生活保障申请书', '家庭成员居民身份证或户口簿', '家庭经济状况核对授权书'], groups: ['低保对象', '残疾人', '老年人'], survey: true, result: '最低生活保障金领取证' },
    { name: '特困人员救助供养审核确认', type: 'payment', kind: 'promised', statutory: 20, promised: 15, accept: 'VT', decide: 'C', basis: [['AR', '《社会救助暂行办法》', '第十四条'], ['ND', '《特困人员认定办法》']], materials: ['特困人员救助供养申请书', '居民身份证或户口簿'], groups: ['特困人员', '老年人', '残疾人'], survey: true },
    { name: '临时救助', type: 'payment', kind: 'promised', statutory: 20, promised: 10, accept: 'VT', decide: 'T', basis: [['AR', '《社会救助暂行办法》', '第四十七条'], ['ND', '《陕西省临时救助实施办法》']], materials: ['临时救助申请书', '居民身份证', '遭遇困难的相关证明'], groups: ['低保对象', '特困人员'], conditions: ['因火灾、交通事故等意外事件或家庭成员突发重大疾病导致基本生活暂时出现严重困难'] },
    { name: '高龄津贴申请', type: 'payment', kind: 'promised', statutory: 20, promised: 10, accept: 'VT', decide: 'C', basis: [['L', '《中华人民共和国老年人权益保障法》', '第三十三条'], ['ND', '《陕西省高龄老人基本生活保障补贴制度》']], materials: ['高龄津贴申请表', '老年人居民身份证', '一寸近期免冠照片'], groups: ['老年人'], conditions: ['具有本县户籍、年满80周岁的老年人'] },
    { name: '困难残疾人生活补贴和重度残疾人护理补贴', type: 'payment', kind: 'promised', statutory: 20, promised: 10, accept: 'VT', decide: 'C', basis: [['ND', '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）']], materials: ['残疾人两项补贴申请审批表', '中华人民共和国残疾人证', '居民身份证'], groups: ['残疾人', '低保对象'], result: '残疾人两项补贴审批结果通知' },
    { name: '经济困难老年人养老服务补贴', type: 'payment', kind: 'promised', statutory: 20, promised: 10, accept: 'VT', decide: 'C', basis: [['L', '《中华人民共和国老年人权益保障法》'], ['ND', '《关于建立健全经济困难的高龄、失能等老年人补贴制度的通知》']], materials: ['养老服务补贴申请表', '居民身份证'], groups: ['老年人'] },
    { name: '孤儿基本生活保障金给付', type: 'payment', kind: 'promised', statutory: 30, promised: 15, accept: 'VT', decide: 'C', basis: [['ND', '《国务院办公厅关于加强孤儿保障工作的意见》（国办发〔2010〕54号）']], materials: ['孤儿基本生活保障金申请表', '儿童户口簿', '父母死亡或宣告失踪证明'], groups: ['孤儿'] },
    { name: '惠民殡葬补贴', type: 'payment', kind: 'promised', statutory: 20, promised: 5, accept: 'VT', decide: 'C', basis: [['AR', '《殡葬管理条例》'], ['ND', '《汉阴县惠民殡葬政策实施办法》']], materials: ['惠民殡葬补贴申请表', '死亡证明', '火化证明'], groups: ['低保对象', '特困人员'] },
    { name: '内地居民婚姻登记', type: 'confirmation', kind: 'on_the_spot', statutory: 0, promised: 0, accept: 'C', decide: 'C', basis: [['L', '《中华人民共和国民法典》', '第一千零四十九条'], ['AR', '《婚姻登记条例》', '第七条']], materials: ['当事人居民身份证', '本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明', '2张2寸近期半身免冠合影照片'], result: '结婚证', online: 2 },
    { name: '内地居民离婚登记', type: 'confirmation', kind: 'on_the_spot', statutory: 0, promised: 0, accept: 'C', decide: 'C', basis: [['L', '《中华人民共和国民法典》', '第一千零七十六条'], ['AR', '《婚姻登记条例》', '第十一条']], materials: ['当事人居民身份证', '结婚证', '双方签署的离婚协议书'], result: '离婚证', conditions: ['离婚冷静期（30日）届满后30日内双方亲自到场申请发给离婚证'] },
    { name: '社会团体成立登记', type: 'license', kind: 'promised', statutory: 60, promised: 20, accept: 'C', decide: 'C', basis: [['AR', '《社会团体登记管理条例》', '第九条']], materials: ['登记申请书', '业务主管单位的批准文件', '验资报告、场所使用权证明', '发起人和拟任负责人的基本情况、身份证明', '章程草案'], persons: 'organizations', result: '社会团体法人登记证书' },
    { name: '民办非企业单位成立登记', type: 'license', kind: 'promised', statutory: 60, promised: 20, accept: 'C', decide: 'C', basis: [['AR', '《民办非企业单位登记管理暂行条例》', '第八条']], materials: ['登记申请书', '业务主管单位的批准文件', '场所使用权证明', '验资报告', '拟任负责人的基本情况、身份证明', '章程草案'], persons: 'organizations', result: '民办非企业单位登记证书' },
  ],
  汉阴县市场监督管理局: [
    { name: '个体工商户设立登记', type: 'license', kind: 'promised', statutory: 15, promised: 1, accept: 'TC', decide: 'C', basis: [['AR', '《促进个体工商户发展条例》'], ['AR', '《中华人民共和国市场主体登记管理条例》', '第十九条']], materials: ['个体工商户登记（备案）申请书', '经营者居民身份证', '经营场所使用相关文件'], persons: 'people', result: '营业执照', online: 4 },
    { name: '个体工商户变更登记', type: 'license', kind: 'promised', statutory: 15, promised: 1, accept: 'TC', decide: 'C', basis: [['AR', '《中华人民共和国市场主体登记管理条例》', '第二十四条']], materials: ['个体工商户变更登记申请书', '营业执照正副本', '经营者居民身份证'], persons: 'people', result: '营业执照', online: 4 },
    { name: '个体工商户注销登记', type: 'license', kind: 'on_the_spot', statutory: 10, promised: 0, accept: 'C', decide: 'C', basis: [['AR', '《中华人民共和国市场主体登记管理条例》', '第三十一条']], materials: ['个体工商户注销登记申请书', '营业执照正副本'], persons: 'people', result: '准予注销登记通知书', online: 4 },
    { name: '公司设立登记', type: 'license', kind: 'promised', statutory: 15, promised: 1, accept: 'C', decide: 'C', basis: [['L', '《中华人民共和国公司法》', '第二十九条'], ['AR', '《中华人民共和国市场主体登记管理条例》']], materials: ['公司登记（备案）申请书', '公司章程', '股东主体资格文件或自然人身份证明', '住所使用相关文件'], persons: 'organizations', result: '营业执照', online: 4 },
    { name: '食品经营许可（新办）', type: 'license', kind: 'promised', statutory: 20, promised: 10, accept: 'TC', decide: 'C', basis: [FOOD, ['MR', '《食品经营许可和备案管理办法》', '第二十一条']], materials: ['食品经营许可申请书', '营业执照', '与食品经营相适应的主要设备设施布局、操作流程等文件', '食品安全管理制度目录'], persons: 'both', survey: true, result: '食品经营许可证' },
    { name: '食品经营许可（延续）', type: 'license', kind: 'promised', statutory: 20, promised: 5, accept: 'TC', decide: 'C', basis: [FOOD, ['MR', '《食品经营许可和备案管理办法》', '第三十三条']], materials: ['食品经营许可延续申请书', '原食品经营许可证正副本'], persons: 'both', result: '食品经营许可证' },
    { name: '小餐饮经营许可', type: 'license', kind: 'promised', statutory: 15, promised: 5, accept: 'TC', decide: 'C', basis: [['LR', '《陕西省食品小作坊小餐饮及摊贩管理条例》', '第二十三条']], materials: ['小餐饮经营许可申请书', '营业执照', '从业人员健康证明'], persons: 'people', survey: true, result: '小餐饮经营许可证' },
    { name: '食品小作坊登记', type: 'license', kind: 'promised', statutory: 15, promised: 5, accept: 'TC', decide: 'C', basis: [['LR', '《陕西省食品小作坊小餐饮及摊贩管理条例》', '第九条']], materials: ['食品小作坊登记申请书', '营业执照', '生产加工场所平面图'], persons: 'people', survey: true, result: '食品小作坊登记证' },
    { name: '特种设备使用登记', type: 'license', kind: 'promised', statutory: 15, promised: 5, accept: 'C', decide: 'C', basis: [['L', '《中华人民共和国特种设备安全法》', '第三十三条']], materials: ['特种设备使用登记表', '产品合格证', '监督检验证明'], persons: 'organizations', result: '特种设备使用登记证' },
  ],
  汉阴县人力资源和社会保障局: [
    { name: '城乡居民基本养老保险参保登记', type: 'public_service', kind: 'on_the_spot', statutory: 0, promised: 0, accept: 'VTC', decide: 'C', basis: [['L', '《中华人民共和国社会保险法》', '第二十二条'], ['ND', '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）']], materials: ['城乡居民基本养老保险参保登记表', '居民身份证或户口簿'], persons: 'people', groups: ['老年人', '残疾人'], result: '参保登记信息', online: 4 },
    { name: '城乡居民基本养老保险待遇申领', type: 'payment', kind: 'promised', statutory: 20, promised: 5, accept: 'VTC', decide: 'C', basis: [['L', '《中华人民共和国社会保险法》'], ['ND', '《城乡居民基本养老保险经办规程》']], materials: ['城乡居民基本养老保险待遇申领表', '居民身份证', '本人银行账户信息'], persons: 'people', groups: ['老年人'], result: '养老保险待遇核定表' },
    { name: '城乡居民基本养老保险关系转移接续', type: 'public_service', kind: 'promised', statutory: 45, promised: 15, accept: 'TC', decide: 'C', basis: [['ND', '《城乡居民基本养老保险关系转移接续办法》']], materials: ['城乡居民基本养老保险关系转入申请表', '居民身份证'], persons: 'people' },
    { name: '就业困难人员认定', type: 'confirmation', kind: 'promised', statutory: 15, promised: 5, accept: 'TC', decide: 'C', basis: [['L', '《中华人民共和国就业促进法》', '第五十二条']], materials: ['就业困难人员认定申请表', '居民身份证', '就业创业证'], persons: 'people', groups: ['残疾人', '低保对象'] },
    { name: '失业保险金申领', type: 'payment', kind: 'promised', statutory: 10, promised: 3, accept: 'TC', decide: 'C', basis: [['L', '《中华人民共和国社会保险法》', '第四十五条'], ['AR', '《失业保险条例》', '第十六条']], materials: ['失业保险金申领登记表', '居民身份证'], persons: 'people', online: 4 },
    { name: '社会保障卡申领', type: 'public_service', kind: 'on_the_spot', statutory: 0, promised: 0, accept: 'TC', decide: 'C', basis: [['ND', '《社会保障卡管理办法》']], materials: ['社会保障卡申领登记表', '居民身份证'], persons: 'people', result: '社会保障卡' },
    { name: '创业担保贷款申请', type: 'public_service', kind: 'promised', statutory: 20, promised: 10, accept: 'TC', decide: 'C', basis: [['ND', '《创业担保贷款贴息资金管理办法》（财金〔2020〕21号）']], materials: ['创业担保贷款申请表', '居民身份证', '营业执照'], persons: 'people' },
  ],
  汉阴县医疗保障局: [
    { name: '城乡居民基本医疗保险参保登记', type: 'public_service', kind: 'on_the_spot', statutory: 0, promised: 0, accept: 'VTC', decide: 'C', basis: [['L', '《中华人民共和国社会保险法》', '第二十五条'], ['AR', '《医疗保障基金使用监督管理条例》']], materials: ['城乡居民医疗保险参保登记表', '居民身份证或户口簿'], persons: 'people', groups: ['老年人', '残疾人', '低保对象'], online: 4 },
    { name: '基本医疗保险关系转移接续', type: 'public_service', kind: 'promised', statutory: 45, promised: 10, accept: 'TC', decide: 'C', basis: [['ND', '《基本医疗保障关系转移接续暂行办法》']], materials: ['基本医疗保险参保人员转移接续申请表', '居民身份证'], persons: 'people', online: 4 },
    { name: '异地就医备案', type: 'public_service', kind: 'on_the_spot', statutory: 0, promised: 0, accept: 'TC', decide: 'C', basis: [['ND', '《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）']], materials: ['异地就医备案表', '居民身份证'], persons: 'people', online: 4 },
    { name: '门诊慢特病待遇认定', type: 'confirmation', kind: 'promised', statutory: 20, promised: 10, accept: 'VTC', decide: 'C', basis: [['ND', '《陕西省城乡居民基本医疗保险门诊慢特病管理办法》']], materials: ['门诊慢特病待遇认定申请表', '二级及以上医疗机构诊断证明', '居民身份证'], persons: 'people', groups: ['老年人', '残疾人'], expert: true },
    { name: '困难群众医疗救助', type: 'payment', kind: 'promised', statutory: 20, promised: 10, accept: 'VTC', decide: 'C', basis: [['AR', '《社会救助暂行办法》', '第二十八条'], ['ND', '《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》']], materials: ['医疗救助申请表', '医疗费用票据及费用清单', '居民身份证'], persons: 'people', groups: ['低保对象', '特困人员'] },
    { name: '零星医疗费用报销', type: 'payment', kind: 'promised', statutory: 30, promised: 15, accept: 'TC', decide: 'C', basis: [['L', '《中华人民共和国社会保险法》', '第二十九条']], materials: ['医疗费用报销申请表', '医疗费用发票原件', '出院小结或诊断证明'], persons: 'people' },
  ],
  汉阴县自然资源局: [
    { name: '乡村建设规划许可证核发', type: 'license', kind: 'promised', statutory: 20, promised: 10, accept: 'TC', decide: 'C', basis: [['L', '《中华人民共和国城乡规划法》', '第四十一条']], materials: ['乡村建设规划许可申请表', '建设工程设计方案', '村民委员会意见'], persons: 'both', survey: true, result: '乡村建设规划许可证' },
    { name: '建设用地规划许可证核发', type: 'license', kind: 'promised', statutory: 20, promised: 10, accept: 'C', decide: 'C', basis: [['L', '《中华人民共和国城乡规划法》', '第三十七条']], materials: ['建设用地规划许可申请表', '建设项目批准、核准或备案文件', '标注用地范围的地形图'], persons: 'organizations', expert: true, result: '建设用地规划许可证' },
    { name: '不动产首次登记', type: 'confirmation', kind: 'promised', statutory: 30, promised: 5, accept: 'C', decide: 'C', basis: [['L', '《中华人民共和国民法典》', '第二百一十条'], ['AR', '《不动产登记暂行条例》', '第二十条']], materials: ['不动产登记申请书', '申请人身份证明', '不动产权属来源证明材料', '不动产界址、空间界限、面积等材料'], persons: 'both', fees: [['住宅类不动产登记费', REGISTRATION_FEE, '80.00']], result: '不动产权证书' },
    { name: '不动产抵押登记', type: 'confirmation', kind: 'promised', statutory: 30, promised: 3, accept: 'C', decide: 'C', basis: [['AR', '《不动产登记暂行条例》', '第十四条']], materials: ['不动产登记申请书', '申请人身份证明', '不动产权证书', '主债权合同和抵押合同'], persons: 'both', fees: [['住宅类不动产抵押登记费', REGISTRATION_FEE, '80.00']], result: '不动产登记证明', online: 3 },
    { name: '临时用地审批', type: 'license', kind: 'promised', statutory: 20, promised: 10, accept: 'C', decide: 'C', basis: [['L', '《中华人民共和国土地管理法》', '第五十七条']], materials: ['临时用地申请书', '土地复垦方案', '临时使用土地合同'], persons: 'organizations', survey: true, result: '临时用地批准文件' },
  ],
  汉阴县住房和城乡建设局: [
    { name: '建筑工程施工许可证核发', type: 'license', kind: 'promised', statutory: 7, promised: 3, accept: 'C', decide: 'C', basis: [['L', '《中华人民共和国建筑法》', '第八条'], ['MR', '《建筑工程施工许可管理办法》', '第五条']], materials: ['建筑工程施工许可证申请表', '建设工程规划许可证', '施工合同', '施工图设计文件审查合格书'], persons: 'organizations', result: '建筑工程施工许可证', online: 4 },
    { name: '商品房预售许可', type: 'license', kind: 'promised', statutory: 10, promised: 5, accept: 'C', decide: 'C', basis: [['L', '《中华人民共和国城市房地产管理法》', '第四十五条'], ['MR', '《城市商品房预售管理办法》']], materials: ['商品房预售许可申请表', '营业执照和资质证书', '工程施工合同及工程进度说明', '商品房预售方案'], persons: 'organizations', survey: true, result: '商品房预售许可证' },
    { name: '农村危房改造补助', type: 'payment', kind: 'promised', statutory: 30, promised: 15, accept: 'VT', decide: 'C', basis: [['ND', '《农村危房改造补助资金管理暂行办法》']], materials: ['农村危房改造申请表', '居民身份证或户口簿', '房屋危险性鉴定结论'], persons: 'people', groups: ['低保对象', '特困人员', '残疾人'], survey: true },
    { name: '燃气经营许可证核发', type: 'license', kind: 'promised', statutory: 20, promised: 10, accept: 'C', decide: 'C', basis: [['AR', '《城镇燃气管理条例》', '第十五条']], materials: ['燃气经营许可申请书', '营业执照', '燃气设施建设工程竣工验收文件'], persons: 'organizations', survey: true, result: '燃气经营许可证' },
    { name: '房屋建筑和市政基础设施工程竣工验收备案', type: 'other_power', kind: 'promised', statutory: 15, promised: 5, accept: 'C', decide: 'C', basis: [['AR', '《建设工程质量管理条例》', '第四十九条']], materials: ['工程竣工验收备案表', '工程竣工验收报告', '施工单位签署的工程质量保修书'], persons: 'organizations' },
  ],
  汉阴县交通运输局: [
    { name: '巡游出租汽车经营许可', type: 'license', kind: 'promised', statutory: 20, promised: 10, accept: 'C', decide: 'C', basis: [['AR', '《国务院对确需保留的行政审批项目设定行政许可的决定》'], ['MR', '《巡游出租汽车经营服务管理规定》', '第八条']], materials: ['巡游出租汽车经营申请表', '投资人、负责人身份证明', '经营管理制度、安全生产管理制度文本'], persons: 'both', result: '道路运输经营许可证' },
    { name: '出租汽车驾驶员从业资格证核发', type: 'license', kind: 'promised', statutory: 20, promised: 10, accept: 'C', decide: 'C', basis: [['MR', '《出租汽车驾驶员从业资格管理规定》', '第十五条']], materials: ['出租汽车驾驶员从业资格证申请表', '机动车驾驶证', '无交通肇事犯罪、危险驾驶犯罪记录证明'], persons: 'people', result: '出租汽车驾驶员从业资格证' },
    { name: '道路旅客运输经营许可', type: 'license', kind: 'promised', statutory: 20, promised: 10, accept: 'C', decide: 'C', basis: [['AR', '《中华人民共和国道路运输条例》', '第十条']], materials: ['道路旅客运输经营申请表', '营业执照', '拟投入车辆承诺书', '安全生产管理制度文本'], persons: 'organizations', result: '道路运输经营许可证' },
    { name: '道路货物运输经营许可', type: 'license', kind: 'promised', statutory: 20, promised: 5, accept: 'C', decide: 'C', basis: [['AR', '《中华人民共和国道路运输条例》', '第二十四条']], materials: ['道路货物运输经营申请表', '负责人身份证明', '机动车驾驶证'], persons: 'both', result: '道路运输经营许可证', online: 4 },
    { name: '公路超限运输许可', type: 'license', kind: 'promised', statutory: 15, promised: 5, accept: 'C', decide: 'C', basis: [['L', '《中华人民共和国公路法》', '第五十条'], ['MR', '《超限运输车辆行驶公路管理规定》']], materials: ['公路超限运输申请表', '车辆行驶证', '货物说明书'], persons: 'both', result: '超限运输车辆通行证', online: 4 },
  ],
  安康市生态环境局汉阴分局: [
    { name: '建设项目环境影响报告书审批', type: 'license', kind: 'promised', statutory: 60, promised: 10, accept: 'C', decide: 'C', basis: EIA, materials: ['建设项目环境影响报告书审批申请', '建设项目环境影响报告书', '公众参与说明'], persons: 'organizations', expert: true, result: '环境影响报告书批复' },
    { name: '建设项目环境影响报告表审批', type: 'license', kind: 'promised', statutory: 30, promised: 5, accept: 'C', decide: 'C', basis: EIA, materials: ['建设项目环境影响报告表审批申请', '建设项目环境影响报告表'], persons: 'organizations', expert: true, result: '环境影响报告表批复' },
    { name: '建设项目环境影响登记表备案', type: 'other_power', kind: 'promised', statutory: 15, promised: 2, accept: 'C', decide: 'C', basis: [['L', '《中华人民共和国环境影响评价法》', '第二十二条'], ['MR', '《建设项目环境影响登记表备案管理办法》']], materials: ['建设项目环境影响登记表'], persons: 'both', result: '备案回执', online: 4 },
    { name: '排污许可证核发', type: 'license', kind: 'promised', statutory: 30, promised: 15, accept: 'C', decide: 'C', basis: [['AR', '《排污许可管理条例》', '第十条']], materials: ['排污许可证申请表', '自行监测方案', '守法承诺书'], persons: 'organizations', survey: true, result: '排污许可证', online: 4 },
    { name: '建设项目竣工环境保护验收备案', type: 'other_power', kind: 'promised', statutory: 20, promised: 5, accept: 'C', decide: 'C', basis: [['AR', '《建设项目环境保护管理条例》', '第十七条']], materials: ['竣工环境保护验收报告', '验收意见'], persons: 'organizations', online: 4 },
  ],
  汉阴县卫生健康局: [
    { name: '生育登记', type: 'public_service', kind: 'on_the_spot', statutory: 0, promised: 0, accept: 'VT', decide: 'T', basis: [['L', '《中华人民共和国人口与计划生育法》'], ['LR', '《陕西省人口与计划生育条例》']], materials: ['生育登记表', '夫妻双方居民身份证'], persons: 'people', result: '生育登记服务单', online: 4 },
    { name: '计划生育家庭特别扶助金', type: 'payment', kind: 'promised', statutory: 30, promised: 15, accept: 'VT', decide: 'C', basis: [['ND', '《全国独生子女伤残死亡家庭扶助制度试点方案》']], materials: ['计划生育家庭特别扶助申请表', '居民身份证', '独生子女死亡或伤残证明'], persons: 'people', groups: ['老年人'] },
    { name: '农村部分计划生育家庭奖励扶助', type: 'payment', kind: 'promised', statutory: 30, promised: 15, accept: 'VT', decide: 'C', basis: [['ND', '《农村部分计划生育家庭奖励扶助制度试点方案》']], materials: ['奖励扶助对象申报表', '居民身份证', '户口簿'], persons: 'people', groups: ['老年人'] },
    { name: '医疗机构执业登记', type: 'license', kind: 'promised', statutory: 45, promised: 20, accept: 'C', decide: 'C', basis: [['AR', '《医疗机构管理条例》', '第十五条']], materials: ['医疗机构执业登记申请书', '医疗机构用房产权证明或使用证明', '医疗机构规章制度'], persons: 'organizations', survey: true, result: '医疗机构执业许可证' },
    { name: '公共场所卫生许可', type: 'license', kind: 'promised', statutory: 20, promised: 5, accept: 'TC', decide: 'C', basis: [['AR', '《公共场所卫生管理条例》', '第八条']], materials: ['公共场所卫生许可申请表', '营业执照', '卫生管理制度'], persons: 'both', survey: true, result: '公共场所卫生许可证', online: 4 },
  ],
  汉阴县残疾人联合会: [
    { name: '残疾人证核发', type: 'confirmation', kind: 'promised', statutory: 30, promised: 15, accept: 'VTC', decide: 'C', basis: [['L', '《中华人民共和国残疾人保障法》'], ['ND', '《中华人民共和国残疾人证管理办法》', '第八条']], materials: ['残疾人证申请表', '居民身份证或户口簿', '二寸近期免冠彩色照片'], persons: 'people', groups: ['残疾人'], expert: true, result: '中华人民共和国残疾人证' },
    { name: '残疾人证换领', type: 'confirmation', kind: 'promised', statutory: 15, promised: 5, accept: 'TC', decide: 'C', basis: [['ND', '《中华人民共和国残疾人证管理办法》', '第十二条']], materials: ['残疾人证换领申请表', '原残疾人证'], persons: 'people', groups: ['残疾人'], result: '中华人民共和国残疾人证' },
    { name: '残疾人辅助器具适配补贴', type: 'payment', kind: 'promised', statutory: 20, promised: 10, accept: 'VTC', decide: 'C', basis: [['ND', '《陕西省残疾人基本辅助器具适配补贴办法》']], materials: ['辅助器具适配补贴申请表', '中华人民共和国残疾人证'], persons: 'people', groups: ['残疾人'] },
    { name: '残疾人机动轮椅车燃油补贴', type: 'payment', kind: 'promised', statutory: 20, promised: 10, accept: 'TC', decide: 'C', basis: [['ND', '《残疾人机动轮椅车燃油补贴办法》']], materials: ['燃油补贴申请表', '中华人民共和国残疾人证', '机动车行驶证'], persons: 'people', groups: ['残疾人'] },
  ],
  汉阴县农业农村局: [
    { name: '农村村民宅基地审批', type: 'license', kind: 'promised', statutory: 20, promised: 15, accept: 'VT', decide: 'T', basis: [['L', '《中华人民共和国土地管理法》', '第六十二条'], ['ND', '《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）']], materials: ['农村宅基地和建房（规划许可）申请表', '农村宅基地使用承诺书', '申请人户口簿', '村民小组会议记录'], persons: 'people', survey: true, result: '农村宅基地批准书' },
    { name: '农作物种子生产经营许可', type: 'license', kind: 'promised', statutory: 20, promised: 10, accept: 'C', decide: 'C', basis: [['L', '《中华人民共和国种子法》', '第三十一条'], ['MR', '《农作物种子生产经营许可管理办法》']], materials: ['农作物种子生产经营许可证申请表', '营业执照', '种子储藏、检验设施证明材料'], persons: 'organizations', survey: true, result: '农作物种子生产经营许可证' },
    { name: '兽药经营许可证核发', type: 'license', kind: 'promised', statutory: 30, promised: 15, accept: 'C', decide: 'C', basis: [['AR', '《兽药管理条例》', '第二十二条']], materials: ['兽药经营许可证申请表', '营业场所、仓库证明', '质量管理人员资格证明'], persons: 'both', survey: true, result: '兽药经营许可证' },
    { name: '动物防疫条件合格证核发', type: 'license', kind: 'promised', statutory: 20, promised: 10, accept: 'TC', decide: 'C', basis: [['L', '《中华人民共和国动物防疫法》', '第二十五条']], materials: ['动物防疫条件审查申请表', '场所地理位置图、各功能区布局平面图', '动物防疫制度'], persons: 'both', survey: true, result: '动物防疫条件合格证' },
    { name: '农药经营许可', type: 'license', kind: 'promised', statutory: 20, promised: 10, accept: 'C', decide: 'C', basis: [['AR', '《农药管理条例》', '第二十四条']], materials: ['农药经营许可证申请表', '营业场所和仓储场所地址、面积说明', '农药专业技术人员证明'], persons: 'both', survey: true, result: '农药经营许可证' },
    { name: '农村土地承包经营权流转合同鉴证', type: 'other_power', kind: 'promised', statutory: 20, promised: 5, accept: 'VT', decide: 'T', basis: [['L', '《中华人民共和国农村土地承包法》', '第三十六条'], ['MR', '《农村土地经营权流转管理办法》']], materials: ['土地经营权流转合同', '双方身份证明'], persons: 'both' },
    { name: '农机购置与应用补贴', type: 'payment', kind: 'promised', statutory: 30, promised: 15, accept: 'TC', decide: 'C', basis: [['L', '《中华人民共和国农业机械化促进法》', '第二十七条']], materials: ['农机购置补贴申请表', '购机发票', '居民身份证'], persons: 'both' },
  ],
};
