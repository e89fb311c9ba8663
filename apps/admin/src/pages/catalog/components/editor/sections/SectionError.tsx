import { Alert } from 'antd';

/** A server error about a whole list (no steps fit the promise, no materials), shown in its section. */
export function SectionError({ message, testId }: { message?: string; testId: string }) {
  if (!message) return null;
  return <Alert type="error" showIcon title={message} data-testid={testId} style={{ marginBottom: 12 }} />;
}
