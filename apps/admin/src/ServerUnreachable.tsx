import { useState } from 'react';
import { Button, Result } from 'antd';
import { useT } from './i18n/i18n';

/** 无法连接服务器 with a retry: what a page shows when the API cannot be reached or answers 5xx/503. */
export function ServerUnreachable({ onRetry }: { onRetry: () => Promise<unknown> }) {
  const t = useT();
  const [retrying, setRetrying] = useState(false);
  return (
    <Result
      status="warning"
      data-testid="server-unreachable"
      title={t('connection.title')}
      subTitle={t('connection.detail')}
      extra={
        <Button
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
        </Button>
      }
    />
  );
}
