import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, DatePicker, Input, Select, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { AuditActionsDocument, AuditPeopleDocument } from '../../../graphql/audit';
import { useLanguage } from '../../../i18n/i18n';
import { useDebounced } from '../../../useDebounced';
import type { AuditFilterState } from './auditFilter';

interface AuditFiltersProps {
  filter: AuditFilterState;
  onChange(filter: AuditFilterState): void;
  /** The subject search as typed; the page filters by it once typing settles. */
  subjectText: string;
  onSubjectText(text: string): void;
  exporting: boolean;
  onExport(): void;
}

const field = (width: number) => ({ width, maxWidth: '100%' });

/** Person, actions (grouped by library), subject name and dates; the export takes the same filter. */
export function AuditFilters({ filter, onChange, subjectText, onSubjectText, exporting, onExport }: AuditFiltersProps) {
  const { language, t } = useLanguage();
  const en = language === 'en-US';
  const [personSearch, setPersonSearch] = useState('');
  const people = useQuery(AuditPeopleDocument, { variables: { search: useDebounced(personSearch.trim(), 250) || undefined } });
  const actions = useQuery(AuditActionsDocument);

  const actionGroups = useMemo(() => {
    const groups = new Map<string, { label: string; options: { label: string; value: string; title: string }[] }>();
    for (const a of actions.data?.auditActions ?? []) {
      const group = groups.get(a.library) ?? { label: en ? a.libraryLabelEn : a.libraryLabelZh, options: [] };
      group.options.push({ label: en ? a.labelEn : a.labelZh, value: a.action, title: a.action });
      groups.set(a.library, group);
    }
    return [...groups.values()];
  }, [actions.data, en]);

  return (
    <Space wrap>
      <Select
        showSearch={{ filterOption: false, onSearch: setPersonSearch }}
        allowClear
        placeholder={t('audit.filterPerson')} aria-label={t('audit.filterPerson')}
        style={field(200)}
        value={filter.actorId}
        onChange={(actorId?: string) => onChange({ ...filter, actorId })}
        loading={people.loading}
        options={(people.data?.users.nodes ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
        data-testid="audit-filter-person"
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('audit.filterActions')} aria-label={t('audit.filterActions')}
        style={field(280)}
        value={filter.actions}
        onChange={(picked: string[]) => onChange({ ...filter, actions: picked })}
        options={actionGroups}
        optionFilterProp="label"
        data-testid="audit-filter-actions"
      />
      <Input.Search
        allowClear
        placeholder={t('audit.filterSubject')}
        style={field(220)}
        value={subjectText}
        onChange={(event) => onSubjectText(event.target.value)}
        data-testid="audit-filter-subject"
      />
      <span data-testid="audit-filter-dates" style={{ display: 'inline-flex', maxWidth: '100%' }}>
        {/* Two pickers, not a RangePicker: its Tab key goes back and forth between its two inputs, a keyboard trap. */}
        <DatePicker
          style={field(130)}
          placeholder={t('audit.filterFrom')}
          aria-label={t('audit.filterFrom')}
          value={filter.from ? dayjs(filter.from) : null}
          onChange={(day) => onChange({ ...filter, from: day?.format('YYYY-MM-DD') ?? undefined })}
        />
        <DatePicker
          style={field(130)}
          placeholder={t('audit.filterTo')}
          aria-label={t('audit.filterTo')}
          value={filter.to ? dayjs(filter.to) : null}
          onChange={(day) => onChange({ ...filter, to: day?.format('YYYY-MM-DD') ?? undefined })}
        />
      </span>
      <Button icon={<DownloadOutlined />} loading={exporting} onClick={onExport} data-testid="audit-export">
        {t('audit.export')}
      </Button>
    </Space>
  );
}
