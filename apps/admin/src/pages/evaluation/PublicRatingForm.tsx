import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Typography } from 'antd';
import { RatePublicCaseDocument } from '../../graphql/evaluation';
import { ErrorAlert } from '../../ErrorAlert';
import { useT } from '../../i18n/i18n';
import { RatingFields, ratingInput, type RatingValues } from './RatingFields';

/** 好差评 on the public progress page: the same number and code that found the case, no login. */
export function PublicRatingForm({ countyCode, caseNumber, verificationCode }: { countyCode: string; caseNumber: string; verificationCode: string }) {
  const t = useT();
  const [form] = Form.useForm<RatingValues>();
  const [key] = useState(() => crypto.randomUUID());
  const [rate, result] = useMutation(RatePublicCaseDocument);
  const done = result.data?.ratePublicCase;

  async function submit(values: RatingValues) {
    await rate({ variables: { countyCode, caseNumber, verificationCode, input: ratingInput(values, key) } }).catch(() => undefined);
  }

  return (
    <Card title={t('rating.publicTitle')} data-testid="public-rating">
      {done ? (
        <Alert type="success" showIcon title={t('rating.publicDone', { grade: t(`grade.${done.grade}`) })} data-testid="public-rating-done" />
      ) : (
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Typography.Paragraph type="secondary">{t('rating.publicHint')}</Typography.Paragraph>
          <RatingFields />
          <ErrorAlert error={result.error} testId="public-rating-error" />
          <Button type="primary" htmlType="submit" loading={result.loading} data-testid="public-rating-submit">
            {t('rating.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
