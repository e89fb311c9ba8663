import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Language } from '../../i18n/i18n';

/** The input field a coded error names (`extensions.field`), with its message in the current language. */
export function fieldErrorOf(error: unknown, language: Language): { name: string; errors: string[] } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  const field = first?.extensions?.['field'];
  const name = Array.isArray(field) ? field[field.length - 1] : typeof field === 'string' ? field.split('.').pop() : null;
  if (typeof name !== 'string') return null;
  const message = first.extensions?.[language === 'en-US' ? 'messageEn' : 'messageZh'];
  return { name, errors: [typeof message === 'string' ? message : first.message] };
}
