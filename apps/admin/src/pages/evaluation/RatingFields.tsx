import { Form, Input, Radio, Select, Space } from 'antd';
import type { RatingDimension, RatingGrade } from '../../gql/graphql';
import { useT } from '../../i18n/i18n';

export const GRADES: RatingGrade[] = ['VERY_SATISFIED', 'SATISFIED', 'BASIC', 'DISSATISFIED', 'VERY_DISSATISFIED'];
export const DIMENSIONS: RatingDimension[] = ['ATTITUDE', 'EFFICIENCY', 'POLICY_EXPLANATION', 'ENVIRONMENT'];

export interface RatingValues {
  grade: RatingGrade;
  comment?: string;
  dimensions?: Partial<Record<RatingDimension, RatingGrade>>;
}

/** The rating's input as the API takes it: only the aspects given, a blank comment as none. */
export const ratingInput = (v: RatingValues, idempotencyKey: string) => ({
  idempotencyKey,
  grade: v.grade,
  comment: v.comment?.trim() || null,
  dimensions: Object.entries(v.dimensions ?? {})
    .filter(([, grade]) => !!grade)
    .map(([dimension, grade]) => ({ dimension: dimension as RatingDimension, grade: grade as RatingGrade })),
});

/** 五级评价, the optional aspects and a comment: the pad at the window and the public page ask the same. */
export function RatingFields() {
  const t = useT();
  const options = GRADES.map((g) => ({ value: g, label: t(`grade.${g}`) }));
  return (
    <>
      <Form.Item name="grade" label={t('evaluation.grade')} rules={[{ required: true, message: t('rating.gradeRequired') }]}>
        <Radio.Group optionType="button" buttonStyle="solid" data-testid="rating-grade">
          {GRADES.map((g) => (
            <Radio.Button key={g} value={g} data-testid={`rating-grade-${g}`}>
              {t(`grade.${g}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item label={t('rating.dimensions')}>
        <Space wrap>
          {DIMENSIONS.map((d) => (
            <Form.Item key={d} name={['dimensions', d]} noStyle>
              <Select allowClear placeholder={t(`dimension.${d}`)} options={options} style={{ width: 150 }} aria-label={t(`dimension.${d}`)} />
            </Form.Item>
          ))}
        </Space>
      </Form.Item>
      <Form.Item name="comment" label={t('rating.comment')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} maxLength={500} showCount data-testid="rating-comment" />
      </Form.Item>
    </>
  );
}
