import type { ReactNode } from 'react';
import { Avatar, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  FundOutlined,
  HomeOutlined,
  LogoutOutlined,
  SafetyOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { useT } from '../i18n/i18n';
import { useServerReachable } from '../connection';
import { LanguageSwitch } from '../LanguageSwitch';
import { ServerUnreachable } from '../ServerUnreachable';
import type { PageEntry, PageKey } from '../navigation';

const ICONS: Record<PageKey, ReactNode> = {
  dashboard: <HomeOutlined />,
  org: <ApartmentOutlined />,
  catalog: <BookOutlined />,
  users: <TeamOutlined />,
  delegations: <SafetyOutlined />,
  audit: <AuditOutlined />,
  ledger: <FundOutlined />,
  tenants: <BankOutlined />,
};

export function AppLayout({ pages, children }: { pages: PageEntry[]; children: ReactNode }) {
  const t = useT();
  const { me, logout } = useAuth();
  const client = useApolloClient();
  const reachable = useServerReachable();
  const navigate = useNavigate();
  const location = useLocation();
  // Sub-pages (/catalog/:id) keep their section highlighted.
  const current =
    pages.find((page) => page.path === location.pathname) ??
    pages.find((page) => page.path !== '/' && location.pathname.startsWith(`${page.path}/`)) ??
    pages[0];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={208}>
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16 }}>{t('app.title')}</div>
        <Menu
          mode="inline"
          data-testid="side-menu"
          selectedKeys={current ? [current.key] : []}
          onClick={({ key }) => {
            const page = pages.find((entry) => entry.key === key);
            if (page) void navigate(page.path);
          }}
          items={pages.map((page) => ({
            key: page.key,
            icon: ICONS[page.key],
            label: <span data-testid={`menu-${page.key}`}>{t(page.label)}</span>,
          }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Typography.Text strong data-testid="header-tenant">
            {me?.tenant.name}
          </Typography.Text>
          <Space>
            <LanguageSwitch />
            <Dropdown
              menu={{
                items: [
                  {
                    key: 'logout',
                    icon: <LogoutOutlined />,
                    label: <span data-testid="logout">{t('header.logout')}</span>,
                    onClick: () => void logout(),
                  },
                ],
              }}
            >
              <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
                <Avatar size="small" icon={<UserOutlined />} />
                <span>{me?.displayName}</span>
              </Space>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          {/* The page stays mounted (its form, its filters) while the server is away; retry asks its queries again. */}
          {reachable ? null : <ServerUnreachable onRetry={() => client.refetchQueries({ include: 'active' })} />}
          <div style={reachable ? undefined : { display: 'none' }}>{children}</div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
