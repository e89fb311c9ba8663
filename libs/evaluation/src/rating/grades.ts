/** 五级评价, best first (国办发〔2019〕51号). */
export const GRADES = ['very_satisfied', 'satisfied', 'basic', 'dissatisfied', 'very_dissatisfied'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Record<Grade, { zh: string; en: string }> = {
  very_satisfied: { zh: '非常满意', en: 'Very satisfied' },
  satisfied: { zh: '满意', en: 'Satisfied' },
  basic: { zh: '基本满意', en: 'Fairly satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
  very_dissatisfied: { zh: '非常不满意', en: 'Very dissatisfied' },
};

/** What a rating may grade besides the whole service. */
export const DIMENSIONS = ['attitude', 'efficiency', 'policy_explanation', 'environment'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_LABELS: Record<Dimension, { zh: string; en: string }> = {
  attitude: { zh: '服务态度', en: 'Attitude' },
  efficiency: { zh: '办事效率', en: 'Efficiency' },
  policy_explanation: { zh: '政策解释', en: 'Policy explained' },
  environment: { zh: '办事环境', en: 'Surroundings' },
};

/** How a rating reached the platform. */
export const CHANNELS = ['window', 'public', 'agent'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, { zh: string; en: string }> = {
  window: { zh: '窗口评价器', en: 'Window pad' },
  public: { zh: '进度查询页', en: 'Public lookup' },
  agent: { zh: '代办员代评', en: 'Recorded by the village agent' },
};

/** The case states a rating may be given in: 办结 (delivered), when the applicant has the result. */
export const RATEABLE_STATES = ['delivered'] as const;

export const MAX_COMMENT = 500;
