/** What the audit log page narrows the log to; sent to the list and to the export alike. */
export interface AuditFilterState {
  actorId?: string;
  actions: string[];
  subjectName?: string;
  from?: string;
  to?: string;
}

export const NO_FILTER: AuditFilterState = { actions: [] };

/** The filter as the GraphQL `AuditLogFilter`, empty parts left out. */
export function filterVariables(filter: AuditFilterState) {
  return {
    actorId: filter.actorId || undefined,
    actions: filter.actions.length ? filter.actions : undefined,
    subjectName: filter.subjectName || undefined,
    from: filter.from || undefined,
    to: filter.to || undefined,
  };
}

/** The filter as the export route's query string (`action` repeated), and the sheet's language. */
export function exportPath(filter: AuditFilterState, language: 'zh' | 'en'): string {
  const query = new URLSearchParams();
  if (filter.actorId) query.set('actorId', filter.actorId);
  for (const action of filter.actions) query.append('action', action);
  if (filter.subjectName) query.set('subject', filter.subjectName);
  if (filter.from) query.set('from', filter.from);
  if (filter.to) query.set('to', filter.to);
  query.set('lang', language);
  return `/api/audit/log.xlsx?${query.toString()}`;
}
