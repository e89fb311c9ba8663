import { useEffect } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Checkbox, Col, Form, InputNumber, Row, Space, Tag, Typography } from 'antd';
import { useAbility } from '../../auth/ability';
import { ErrorAlert } from '../../ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useRunMutation } from '../../components/useRunMutation';
import { validValues } from '../../components/validValues';
import type { CaseRulesInput } from '../../gql/graphql';
import { CaseRulesDocument, RecordDeemedApprovalsDocument, SetCaseRulesDocument } from '../../graphql/case-rules';
import { CasesDocument } from '../../graphql/cases';
import { useT } from '../../i18n/i18n';
import { formatTime } from '../../time';

/**
 * 办件规则: the county's warning thresholds, the 容缺 period and the green channel (seed 001:
 * ≥ 1,000 万元, 20 working days, 超时默许). Everyone who handles cases reads them; the county's
 * administrator sets them, and may run the deemed-approval sweep at once.
 */
export function CaseRulesPage() {
  const t = useT();
  const runMutation = useRunMutation();
  const { message } = App.useApp();
  const canManage = useAbility().can('manage', 'CaseRules');
  const result = useQuery(CaseRulesDocument);
  const rules = result.data?.caseRules;
  const [form] = Form.useForm<CaseRulesInput>();
  const [save, saving] = useMutation(SetCaseRulesDocument, { refetchQueries: [CaseRulesDocument, CasesDocument] });
  const [sweep, sweeping] = useMutation(RecordDeemedApprovalsDocument, { refetchQueries: [CasesDocument] });

  useEffect(() => {
    if (rules) form.setFieldsValue(rules);
  }, [rules, form]);

  async function submit() {
    const values = await validValues(form);
    if (!values) return;
    await runMutation(() => save({ variables: { input: values } }), t('caseRules.saved'));
  }

  async function runSweep() {
    const done = await runMutation(() => sweep());
    if (done) void message.success(t('caseRules.deemedDone', { n: done.data?.recordDeemedApprovals.length ?? 0 }));
  }

  const required = [{ required: true, message: t('caseRules.required') }];
  const number = (name: keyof CaseRulesInput, label: string, min: number, max: number, suffix: string) => (
    <Form.Item name={name} label={label} rules={required}>
      <InputNumber min={min} max={max} precision={0} suffix={suffix} disabled={!canManage} style={{ width: '100%' }} data-testid={`rules-${name}`} />
    </Form.Item>
  );

  return (
    <Card
      title={<PageTitle>{t('caseRules.title')}</PageTitle>}
      extra={rules ? <Tag color={rules.isDefault ? 'default' : 'blue'} data-testid="rules-origin">{rules.isDefault ? t('caseRules.default') : t('caseRules.countySet')}</Tag> : null}
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <ErrorAlert error={result.error} testId="rules-error" />
        <Typography.Paragraph type="secondary">{t('caseRules.intro')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={() => void submit()} data-testid="rules-form">
          <Row gutter={[24, 0]}>
            <Col xs={24} lg={8}>
              <Typography.Title level={2} style={{ fontSize: 16 }}>{t('caseRules.warning')}</Typography.Title>
              {number('yellowWorkingDaysLeft', t('caseRules.yellowWorkingDaysLeft'), 0, 30, t('caseRules.workingDays'))}
              {number('yellowSharePercent', t('caseRules.yellowSharePercent'), 0, 100, t('caseRules.percent'))}
              <Typography.Paragraph type="secondary">{t('caseRules.warningHint')}</Typography.Paragraph>
            </Col>
            <Col xs={24} lg={8}>
              <Typography.Title level={2} style={{ fontSize: 16 }}>{t('caseRules.gaps')}</Typography.Title>
              {number('gapsDueWorkingDays', t('caseRules.gapsDueWorkingDays'), 1, 60, t('caseRules.workingDays'))}
            </Col>
            <Col xs={24} lg={8}>
              <Typography.Title level={2} style={{ fontSize: 16 }}>{t('caseRules.green')}</Typography.Title>
              {number('greenChannelMinInvestmentWan', t('caseRules.greenChannelMinInvestmentWan'), 0, 100_000_000, t('caseRules.wan'))}
              {number('greenChannelWorkingDays', t('caseRules.greenChannelWorkingDays'), 1, 365, t('caseRules.workingDays'))}
              <Form.Item name="greenChannelDeemedApproval" valuePropName="checked">
                <Checkbox disabled={!canManage} data-testid="rules-greenChannelDeemedApproval">{t('caseRules.greenChannelDeemedApproval')}</Checkbox>
              </Form.Item>
            </Col>
          </Row>
          {canManage ? (
            <Space>
              <Button type="primary" htmlType="submit" loading={saving.loading} data-testid="rules-save">
                {t('caseRules.save')}
              </Button>
              {rules?.updatedAt ? <Typography.Text type="secondary">{t('caseRules.updatedAt', { at: formatTime(rules.updatedAt) })}</Typography.Text> : null}
            </Space>
          ) : null}
        </Form>
        {canManage ? (
          <Card size="small" title={t('caseRules.deemedTitle')}>
            <Space orientation="vertical">
              <Typography.Text type="secondary">{t('caseRules.deemedHint')}</Typography.Text>
              <Button onClick={() => void runSweep()} loading={sweeping.loading} data-testid="rules-deemed-run">
                {t('caseRules.deemedRun')}
              </Button>
            </Space>
          </Card>
        ) : null}
      </Space>
    </Card>
  );
}
