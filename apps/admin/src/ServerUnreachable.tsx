import { useState } from 'react';
import { Button, Result } from 'antd';
import { describeError, isConnectionFailure } from './errors';
import { useLanguage } from './i18n/i18n';

/**
 * 无法连接服务器 with a retry: what a page shows when the API cannot be reached or answers 5xx/503.
 * Another failure to load (a limit, say) shows its coded message with the same retry.
 */
export function ServerUnreachable({ onRetry, error, onSignOut }: { onRetry: () => Promise<unknown>; error?: unknown; onSignOut?: () => void }) {
  const { language, t } = useLanguage();
  const coded = error && !isConnectionFailure(error) ? describeError(error, language) : null;
  const [retrying, setRetrying] = useState(false);
  return (
    <Result
      status="warning"
      data-testid="server-unreachable"
      data-error-code={coded?.code}
      title={coded ? coded.message : t('connection.title')}
      subTitle={coded ? undefined : t('connection.detail')}
      extra={[
        <Button
          key="retry"
          type="primary"
          data-testid="server-retry"
          loading={retrying}
          onClick={() => {
            setRetrying(true);
            void onRetry()
              .catch(() => undefined)
              .finally(() => setRetrying(false));
          }}
        >
          {t('connection.retry')}
        </Button>,
        // Only where the app cannot go on (the profile did not load): leave on purpose, never on its own.
        onSignOut ? (
          <Button key="sign-out" data-testid="server-sign-out" onClick={onSignOut}>
            {t('header.logout')}
          </Button>
        ) : null,
      ]}
    />
  );
}
