import type { Dayjs } from 'dayjs';

/** What Ant Design's date pickers hand a form: a dayjs value. */
export type DateValue = Dayjs;
