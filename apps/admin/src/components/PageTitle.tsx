import type { ReactNode } from 'react';
import { Typography } from 'antd';

/** The one level-1 heading of an admin page, sized like the Card title it sits in. */
export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={1} style={{ margin: 0, fontSize: 16, fontWeight: 600, display: 'inline' }}>
      {children}
    </Typography.Title>
  );
}
