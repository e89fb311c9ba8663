import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Table, Tag, Typography } from 'antd';
import type { CaseFeeFieldsFragment } from '../../gql/graphql';
import { CaseDocument } from '../../graphql/cases';
import { CaseFeesDocument, RecordCasePaymentDocument } from '../../graphql/fees';
import { useRunMutation } from '../../components/useRunMutation';
import { validValues } from '../../components/validValues';
import { useT } from '../../i18n/i18n';
import { CaseFeeWaiveDialog } from './CaseFeeWaiveDialog';

const STATUS_COLORS = { DUE: 'orange', PAID: 'green', WAIVED: 'blue' } as const;

/** Sums yuan strings in fen, so 0.1 + 0.2 is 0.30. */
const totalYuan = (fees: CaseFeeFieldsFragment[]) => {
  const fen = fees.reduce((sum, f) => sum + Math.round(Number(f.amountYuan) * 100), 0);
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
};

/**
 * 收费与送达 on a case: the fee items from the pinned version, 票款分离 payment by the bank's
 * receipt number (the clerk ticks the items a receipt pays, never types an amount), waivers for
 * special groups, and how the result was delivered.
 */
export function CaseFeesCard({ caseId, accepted, canHandle }: { caseId: string; accepted: boolean; canHandle: boolean }) {
  const t = useT();
  const run = useRunMutation();
  const result = useQuery(CaseFeesDocument, { variables: { id: caseId } });
  const [form] = Form.useForm<{ receipt: string; paidOn?: string }>();
  const [selected, setSelected] = useState<string[]>([]);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [waiving, setWaiving] = useState<CaseFeeFieldsFragment | null>(null);
  const [record, recording] = useMutation(RecordCasePaymentDocument, { refetchQueries: [CaseFeesDocument, CaseDocument] });
  const c = result.data?.case;
  if (!c) return null;
  const due = c.fees.filter((f) => f.status === 'DUE');
  const settling = canHandle && due.length > 0;

  async function pay() {
    const values = await validValues(form);
    if (!values) return;
    if (!selected.length) return void form.setFields([{ name: 'receipt', errors: [t('fees.choose')] }]);
    const done = await run(
      () => record({ variables: { caseId, input: { idempotencyKey: key, feeIds: selected, bankReceiptNumber: values.receipt.trim(), paidOn: values.paidOn?.trim() || null } } }),
      t('fees.recorded'),
    );
    if (done) {
      setKey(crypto.randomUUID());
      setSelected([]);
      form.resetFields();
    }
  }

  return (
    <Card title={t('fees.title')} data-testid="case-fees">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {c.fees.length ? (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={c.fees}
            onRow={(f) => ({ 'data-testid': 'case-fee-row', 'data-status': f.status }) as React.HTMLAttributes<HTMLElement>}
            rowSelection={
              settling
                ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), getCheckboxProps: (f) => ({ disabled: f.status !== 'DUE', 'aria-label': f.name }) }
                : undefined
            }
            columns={[
              { key: 'name', title: t('fees.name'), dataIndex: 'name' },
              { key: 'basis', title: t('fees.basis'), dataIndex: 'basis' },
              { key: 'amount', title: t('fees.amount'), dataIndex: 'amountYuan', align: 'right' },
              {
                key: 'status',
                title: t('fees.status'),
                render: (_, f) => (
                  <Tag color={STATUS_COLORS[f.status]} data-testid="case-fee-status">
                    {t(`fees.status.${f.status}`)}
                  </Tag>
                ),
              },
              {
                key: 'settlement',
                title: t('fees.settlement'),
                render: (_, f) =>
                  f.status === 'PAID' ? (
                    t('fees.paidBy', { receipt: f.bankReceiptNumber ?? '', date: f.paidOn ?? '' })
                  ) : f.status === 'WAIVED' ? (
                    t('fees.waivedFor', { group: f.waivedGroup ? t(`fees.group.${f.waivedGroup}`) : '', reason: f.waiveReason ?? '' })
                  ) : settling ? (
                    <Button size="small" onClick={() => setWaiving(f)} data-testid={`fee-waive-${f.id}`}>
                      {t('fees.waive')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">{t(accepted ? 'fees.none' : 'fees.notYet')}</Typography.Text>
        )}
        {due.length ? <Typography.Text strong data-testid="case-fees-due">{t('fees.totalDue', { amount: totalYuan(due) })}</Typography.Text> : null}
        {settling ? (
          <>
            <Alert type="info" showIcon title={t('fees.cashless')} />
            <Form form={form} layout="inline" onFinish={() => void pay()}>
              <Form.Item name="receipt" label={t('fees.receipt')} rules={[{ required: true, pattern: /^\s*[A-Za-z0-9-]{6,40}\s*$/, message: t('fees.receiptRule') }]}>
                <Input data-testid="fee-receipt" autoComplete="off" />
              </Form.Item>
              <Form.Item name="paidOn" label={t('fees.paidOn')} rules={[{ pattern: /^\s*\d{4}-\d{2}-\d{2}\s*$/, message: t('fees.paidOnRule') }]}>
                <Input placeholder="YYYY-MM-DD" style={{ width: 140 }} data-testid="fee-paid-on" />
              </Form.Item>
              <Form.Item>
                <Button type="primary" htmlType="submit" loading={recording.loading} data-testid="fee-record">
                  {t('fees.record')}
                </Button>
              </Form.Item>
            </Form>
          </>
        ) : null}
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'delivery',
              label: t('fees.delivery'),
              children: c.delivery ? (
                <span data-testid="case-delivery">
                  {[
                    t(`delivery.${c.delivery.method}`),
                    c.delivery.trackingNumber ? t('fees.tracking', { number: c.delivery.trackingNumber }) : null,
                    c.delivery.address ? t('fees.address', { address: c.delivery.address }) : null,
                    c.delivery.notes,
                  ]
                    .filter(Boolean)
                    .join(t('common.clauseSeparator'))}
                </span>
              ) : (
                t('fees.deliveryNone')
              ),
            },
            { key: 'options', label: t('fees.deliveryOptions'), children: c.deliveryOptions.map((o) => t(`delivery.${o}`)).join(t('common.listSeparator')) },
          ]}
        />
      </Space>
      <CaseFeeWaiveDialog caseId={caseId} fee={waiving} onClose={() => setWaiving(null)} />
    </Card>
  );
}
