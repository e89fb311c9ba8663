import { useLazyQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Form, Input, Space, Typography } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../ErrorAlert';
import { CaseProgressDocument } from '../../graphql/cases';
import { useT } from '../../i18n/i18n';
import { formatTime } from '../../time';
import { GuideLayout } from './GuideLayout';
import { PublicRatingForm } from '../evaluation/PublicRatingForm';

interface ProgressForm {
  caseNumber: string;
  verificationCode: string;
}

/** 办件进度查询: by the receipt's number and code, no login, nothing personal shown. */
export function GuideProgressPage() {
  const t = useT();
  const { countyCode = '' } = useParams();
  const [form] = Form.useForm<ProgressForm>();
  // The receipt's QR code carries the case number; the code is typed from the paper.
  const [search] = useSearchParams();
  const [lookup, result] = useLazyQuery(CaseProgressDocument, { fetchPolicy: 'network-only' });
  const p = result.data?.caseProgress;

  return (
    <GuideLayout countyCode={countyCode} title={t('progress.title')}>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t('progress.title')}
        </Typography.Title>
        <Card>
          <Typography.Paragraph>{t('progress.hint')}</Typography.Paragraph>
          <Form
            form={form}
            layout="vertical"
            initialValues={{ caseNumber: search.get('n') ?? '' }}
            onFinish={(v) => void lookup({ variables: { countyCode, caseNumber: v.caseNumber.trim(), verificationCode: v.verificationCode.trim() } }).catch(() => undefined)}
          >
            <Form.Item name="caseNumber" label={t('progress.caseNumber')} rules={[{ required: true, whitespace: true, message: t('progress.required') }]}>
              <Input placeholder="610921-20261203-0001" data-testid="progress-number" />
            </Form.Item>
            <Form.Item name="verificationCode" label={t('progress.code')} rules={[{ required: true, whitespace: true, message: t('progress.required') }]}>
              <Input maxLength={6} data-testid="progress-code" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={result.loading} data-testid="progress-search">
              {t('progress.search')}
            </Button>
          </Form>
        </Card>
        <ErrorAlert error={result.error} testId="progress-error" />
        {p && !result.error ? (
          <Card data-testid="progress-result" data-state={p.state}>
            <Descriptions
              column={1}
              items={[
                { key: 'number', label: t('progress.caseNumber'), children: p.caseNumber },
                { key: 'matter', label: t('cases.matter'), children: p.matterName },
                { key: 'state', label: t('cases.state'), children: <strong data-testid="progress-state">{t(`caseState.${p.state}`)}</strong> },
                ...(p.outcome ? [{ key: 'outcome', label: t('cases.outcome'), children: t(`outcome.${p.outcome}`) }] : []),
                { key: 'accepted', label: t('cases.acceptedOn'), children: p.acceptedOn },
                { key: 'due', label: t('cases.dueDate'), children: `${p.dueDate ?? '—'}${p.dueProvisional ? `（${t('cases.provisional')}）` : ''}` },
                { key: 'place', label: t('progress.place'), children: [p.acceptingUnitName, p.place].filter(Boolean).join(' · ') },
                ...(p.closedAt ? [{ key: 'closed', label: t('progress.closedAt'), children: formatTime(p.closedAt) }] : []),
              ]}
            />
          </Card>
        ) : null}
        {p && !result.error && p.state === 'DELIVERED' ? <PublicRatingForm countyCode={countyCode} caseNumber={p.caseNumber} verificationCode={form.getFieldValue('verificationCode').trim()} /> : null}
      </Space>
    </GuideLayout>
  );
}
