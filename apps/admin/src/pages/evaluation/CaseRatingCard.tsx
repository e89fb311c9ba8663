import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, Tag, Typography } from 'antd';
import type { CaseState } from '../../gql/graphql';
import { CaseRatingDocument, RateCaseDocument } from '../../graphql/evaluation';
import { useAbility } from '../../auth/ability';
import { useRunMutation } from '../../components/useRunMutation';
import { validValues } from '../../components/validValues';
import { useT } from '../../i18n/i18n';
import { formatTime } from '../../time';
import { RatingFields, ratingInput, type RatingValues } from './RatingFields';

/**
 * 好差评 on a case: its one rating once given; before that, for a finished case, the form the
 * window records the applicant's choice on the pad with (a village agent's is marked 代评).
 */
export function CaseRatingCard({ caseId, state }: { caseId: string; state: CaseState }) {
  const t = useT();
  const ability = useAbility();
  const run = useRunMutation();
  const [form] = Form.useForm<RatingValues>();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const result = useQuery(CaseRatingDocument, { variables: { caseId } });
  const [rate, rating] = useMutation(RateCaseDocument, { refetchQueries: [CaseRatingDocument] });
  if (result.loading || result.error) return null;
  const r = result.data?.caseRating;
  const canRate = ability.can('create', 'Rating') && state === 'DELIVERED';
  if (!r && !canRate) {
    return ability.can('create', 'Rating') ? (
      <Card title={t('rating.card')} data-testid="case-rating">
        <Typography.Text type="secondary">{t('rating.notYet')}</Typography.Text>
      </Card>
    ) : null;
  }

  async function submit() {
    const values = await validValues(form);
    if (!values) return;
    const done = await run(() => rate({ variables: { caseId, input: ratingInput(values, key) } }), t('rating.recorded'));
    if (done) setKey(crypto.randomUUID());
  }

  return (
    <Card title={t('rating.card')} data-testid="case-rating" data-rated={r ? 'yes' : 'no'}>
      {r ? (
        <>
          <Descriptions
            column={1}
            items={[
              { key: 'grade', label: t('evaluation.grade'), children: <Tag color={r.bad ? 'red' : 'green'} data-testid="case-rating-grade">{t(`grade.${r.grade}`)}</Tag> },
              { key: 'channel', label: t('evaluation.channel'), children: `${t(`channel.${r.channel}`)}${r.recordedBy ? ` · ${r.recordedBy.name}` : ''}` },
              ...(r.dimensions.length ? [{ key: 'dims', label: t('rating.dimensions'), children: r.dimensions.map((d) => `${t(`dimension.${d.dimension}`)}：${t(`grade.${d.grade}`)}`).join('；') }] : []),
              ...(r.comment ? [{ key: 'comment', label: t('evaluation.comment'), children: r.comment }] : []),
              { key: 'at', label: t('evaluation.ratedAt'), children: formatTime(r.ratedAt) },
            ]}
          />
          {r.rectificationId ? <Alert type="warning" showIcon title={t('rating.rectification')} data-testid="case-rating-rectification" /> : null}
        </>
      ) : (
        <Form form={form} layout="vertical" onFinish={() => void submit()}>
          <RatingFields />
          <Button type="primary" htmlType="submit" loading={rating.loading} data-testid="rating-submit">
            {ability.can('work', 'Rectification') ? t('rating.record') : t('rating.recordAgent')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
