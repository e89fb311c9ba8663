import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Card, DatePicker, Form, InputNumber } from 'antd';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../ErrorAlert';
import { DueDateDocument } from '../../graphql/calendar';
import { validValues } from '../../components/validValues';
import { useT } from '../../i18n/i18n';
import type { DateValue } from '../../date-value';

interface CheckForm {
  acceptedOn: DateValue;
  workingDays: number;
  naturalDayCap?: number | null;
}

/** 期限试算: the same public `dueDate` anyone can call, on this county's calendar. */
export function DueDateCheck() {
  const t = useT();
  const { me } = useAuth();
  const [form] = Form.useForm<CheckForm>();
  const [check, result] = useLazyQuery(DueDateDocument, { fetchPolicy: 'network-only' });
  const due = result.data?.dueDate;

  async function submit() {
    const values = await validValues(form);
    if (!values || !me) return;
    await check({
      variables: {
        countyCode: me.tenant.divisionCode,
        acceptedOn: values.acceptedOn.format('YYYY-MM-DD'),
        workingDays: values.workingDays,
        naturalDayCap: values.naturalDayCap ?? null,
      },
    }).catch(() => undefined);
  }

  return (
    <Card size="small" title={t('calendar.check')} data-testid="due-check">
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item name="acceptedOn" label={t('calendar.acceptedOn')} rules={[{ required: true, message: t('calendar.dateRequired') }]}>
          <DatePicker style={{ width: '100%' }} data-testid="due-check-date" />
        </Form.Item>
        <Form.Item name="workingDays" label={t('calendar.workingDaysLimit')} rules={[{ required: true, message: t('calendar.workingDaysRequired') }]}>
          <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} suffix={t('editor.workingDays')} data-testid="due-check-days" />
        </Form.Item>
        <Form.Item name="naturalDayCap" label={t('calendar.naturalDayCap')}>
          <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} data-testid="due-check-cap" />
        </Form.Item>
        <Button htmlType="submit" loading={result.loading} data-testid="due-check-run">
          {t('calendar.compute')}
        </Button>
      </Form>
      <ErrorAlert error={result.error} testId="due-check-error" />
      {due && !result.error ? (
        <Alert
          style={{ marginTop: 16 }}
          type={due.provisional ? 'warning' : 'info'}
          showIcon
          data-testid="due-check-result"
          data-provisional={String(due.provisional)}
          title={t('calendar.dueOn', { date: due.date })}
          description={[
            due.limitedBy === 'NATURAL_DAYS' ? t('calendar.limitedByNatural') : t('calendar.startNotCounted'),
            due.provisional ? t('calendar.provisional', { years: due.unconfirmedYears.join('、') }) : null,
          ]
            .filter(Boolean)
            .join(' ')}
        />
      ) : null}
    </Card>
  );
}
