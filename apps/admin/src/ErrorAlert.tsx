import { Alert } from 'antd';
import { describeError } from './errors';
import { useLanguage } from './i18n/i18n';

/** Shows an Apollo error as the API's coded message in the current language. */
export function ErrorAlert({ error, testId = 'error' }: { error: unknown; testId?: string }) {
  const { language, t } = useLanguage();
  if (!error) return null;
  const coded = describeError(error, language);
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      data-error-code={coded?.code}
      title={coded ? coded.message : t('error.network')}
    />
  );
}

export function useErrorText(): (error: unknown) => string {
  const { language, t } = useLanguage();
  return (error) => describeError(error, language)?.message ?? t('error.network');
}
