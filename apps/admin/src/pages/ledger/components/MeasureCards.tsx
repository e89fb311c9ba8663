import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { LedgerMeasuresFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { MEASURE_KEYS, percent } from './measures';

/** Totals before → after with the compression rate, one card per measure. */
export function MeasureCards({ measures, testId }: { measures: LedgerMeasuresFieldsFragment; testId: string }) {
  const t = useT();
  return (
    <Row gutter={[12, 12]} data-testid={testId}>
      {MEASURE_KEYS.map((key) => {
        const m = measures[key];
        return (
          <Col key={key} xs={12} md={6}>
            <Card size="small" data-testid={`${testId}-${key}`}>
              <Statistic title={t(`ledger.measure.${key}`)} value={percent(m.compression)} valueStyle={{ color: (m.compression ?? 0) > 0 ? '#389e0d' : undefined }} />
              <Typography.Text type="secondary">
                {m.before} → {m.after}
              </Typography.Text>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
