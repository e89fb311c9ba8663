import { useMutation } from '@apollo/client/react';
import { Button, Card, DatePicker, Form, Input, Radio } from 'antd';
import type { CalendarDayKind } from '../../gql/graphql';
import { SetCalendarDayDocument, UnconfirmedCalendarYearsDocument, WorkingCalendarDocument } from '../../graphql/calendar';
import { useRunMutation } from '../../components/useRunMutation';
import { validValues } from '../../components/validValues';
import { useT } from '../../i18n/i18n';
import type { DateValue } from '../../date-value';

/** DatePicker values are dayjs objects; only their date crosses the wire. */
interface DayForm {
  date: DateValue;
  kind: CalendarDayKind;
  name: string;
}

/** 设置一天: a day off or a day worked, as the State Council's notice (or the county) arranges it. */
export function SetCalendarDayForm({ year }: { year: number }) {
  const t = useT();
  const runMutation = useRunMutation();
  const [form] = Form.useForm<DayForm>();
  const [setDay, saving] = useMutation(SetCalendarDayDocument, { refetchQueries: [WorkingCalendarDocument, UnconfirmedCalendarYearsDocument] });

  async function submit() {
    const values = await validValues(form);
    if (!values) return;
    const date = values.date.format('YYYY-MM-DD');
    const saved = await runMutation(() => setDay({ variables: { date, kind: values.kind, name: values.name.trim() } }), t('calendar.saved', { date }));
    if (saved) form.resetFields(['date']);
  }

  return (
    <Card size="small" title={t('calendar.setDay')} data-testid="calendar-set">
      <Form form={form} layout="vertical" initialValues={{ kind: 'HOLIDAY' }} onFinish={() => void submit()}>
        <Form.Item name="date" label={t('calendar.date')} rules={[{ required: true, message: t('calendar.dateRequired') }]}>
          <DatePicker
            style={{ width: '100%' }}
            data-testid="calendar-set-date"
            disabledDate={(d: DateValue) => d.year() !== year}
            placeholder={t('calendar.datePlaceholder', { year })}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('calendar.kindTitle')}>
          <Radio.Group
            data-testid="calendar-set-kind"
            options={(['HOLIDAY', 'WORKDAY'] as const).map((kind) => ({ value: kind, label: t(`calendar.kind.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('calendar.name')}
          rules={[{ required: true, whitespace: true, message: t('calendar.nameRequired') }, { max: 20, message: t('calendar.nameTooLong') }]}
        >
          <Input placeholder={t('calendar.namePlaceholder')} data-testid="calendar-set-name" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving.loading} data-testid="calendar-set-save">
          {t('calendar.save')}
        </Button>
      </Form>
    </Card>
  );
}
