import { useState, type ReactNode } from 'react';
import { Avatar, Button, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  ControlOutlined,
  FileDoneOutlined,
  IdcardOutlined,
  FundOutlined,
  HomeOutlined,
  LogoutOutlined,
  EyeOutlined,
  LikeOutlined,
  MenuOutlined,
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
import { useFocusableScrollRegions } from '../components/useFocusableScrollRegions';
import { ServerUnreachable } from '../ServerUnreachable';
import type { PageEntry, PageKey } from '../navigation';

/** Below antd's `lg` breakpoint (992 px) the menu folds away behind a button in the header. */
const NARROW = '(max-width: 991.98px)';
const isNarrow = () => typeof window !== 'undefined' && window.matchMedia(NARROW).matches;

const ICONS: Record<PageKey, ReactNode> = {
  dashboard: <HomeOutlined />,
  org: <ApartmentOutlined />,
  catalog: <BookOutlined />,
  users: <TeamOutlined />,
  delegations: <SafetyOutlined />,
  audit: <AuditOutlined />,
  ledger: <FundOutlined />,
  calendar: <CalendarOutlined />,
  caseRules: <ControlOutlined />,
  cases: <FileDoneOutlined />,
  applicants: <IdcardOutlined />,
  tenants: <BankOutlined />,
  handoffs: <EyeOutlined />,
  evaluation: <LikeOutlined />,
};

export function AppLayout({ pages, children }: { pages: PageEntry[]; children: ReactNode }) {
  const t = useT();
  useFocusableScrollRegions();
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
  const [narrow, setNarrow] = useState(isNarrow);
  const [collapsed, setCollapsed] = useState(isNarrow);
  // On a phone the open menu lies over the page (it does not squeeze it) and closes once a page is chosen.
  const overlay = narrow && !collapsed;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {overlay ? (
        <div
          aria-hidden
          onClick={() => setCollapsed(true)}
          style={{ position: 'fixed', inset: 0, zIndex: 99, background: 'rgba(0, 0, 0, 0.25)' }}
        />
      ) : null}
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={0}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        onBreakpoint={setNarrow}
        trigger={null}
        theme="light"
        width={208}
        style={narrow ? { position: 'fixed', insetBlock: 0, insetInlineStart: 0, zIndex: 100, overflowY: 'auto' } : undefined}
      >
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16, whiteSpace: 'nowrap' }}>{t('app.title')}</div>
        <Menu
          mode="inline"
          data-testid="side-menu"
          selectedKeys={current ? [current.key] : []}
          onClick={({ key }) => {
            const page = pages.find((entry) => entry.key === key);
            if (page) void navigate(page.path);
            if (narrow) setCollapsed(true);
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
            padding: narrow ? '0 8px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 8,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Space size={4} style={{ minWidth: 0 }}>
            {narrow ? (
              <Button type="text" icon={<MenuOutlined />} aria-label={t('header.menu')} data-testid="menu-toggle" onClick={() => setCollapsed((value) => !value)} />
            ) : null}
            <Typography.Text strong ellipsis data-testid="header-tenant">
              {me?.tenant.name}
            </Typography.Text>
          </Space>
          <Space size={narrow ? 0 : 8}>
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
                <span style={{ whiteSpace: 'nowrap' }}>{me?.displayName}</span>
              </Space>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: narrow ? 12 : 24, minWidth: 0 }}>
          {/* The page stays mounted (its form, its filters) while the server is away; retry asks its queries again. */}
          {reachable ? null : <ServerUnreachable onRetry={() => client.refetchQueries({ include: 'active' })} />}
          <div style={reachable ? undefined : { display: 'none' }}>{children}</div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
