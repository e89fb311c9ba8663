import type { ComponentType } from 'react';
import { Flex, Spin } from 'antd';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth/AuthProvider';
import { LoginPage } from './auth/LoginPage';
import { GuideRoutes } from './guide/GuideRoutes';
import { AppLayout } from './layout/AppLayout';
import { pagesFor, type PageKey } from './navigation';
import { AuditLogPage } from './pages/AuditLogPage';
import { CatalogPage } from './pages/catalog/CatalogPage';
import { MatterPage } from './pages/catalog/MatterPage';
import { NewMatterPage } from './pages/catalog/NewMatterPage';
import { LedgerPage } from './pages/ledger/LedgerPage';
import { DashboardPage } from './pages/DashboardPage';
import { DelegationsPage } from './pages/DelegationsPage';
import { OrgTreePage } from './pages/OrgTreePage';
import { TenantsPage } from './pages/TenantsPage';
import { UsersPage } from './pages/UsersPage';

const PAGE_COMPONENTS: Record<PageKey, ComponentType> = {
  dashboard: DashboardPage,
  org: OrgTreePage,
  catalog: CatalogPage,
  users: UsersPage,
  delegations: DelegationsPage,
  audit: AuditLogPage,
  ledger: LedgerPage,
  tenants: TenantsPage,
};

export function App() {
  const { me } = useAuth();
  const location = useLocation();

  // The public guide (办事指南) is for anyone: it never waits for, or asks for, a login.
  if (location.pathname.startsWith('/guide/')) return <GuideRoutes />;

  if (me === undefined) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" />
      </Flex>
    );
  }
  if (me === null) return <LoginPage />;

  // Only routes the roles allow exist at all, so a typed URL cannot open a page the menu hides.
  const pages = pagesFor(me.roles);
  return (
    <AppLayout pages={pages}>
      <Routes>
        {pages.map((page) => {
          const Page = PAGE_COMPONENTS[page.key];
          return <Route key={page.key} path={page.path} element={<Page />} />;
        })}
        {pages.some((page) => page.key === 'catalog') ? (
          <>
            <Route path="/catalog/new" element={me.roles.includes('CATALOG_ADMIN') ? <NewMatterPage /> : <Navigate to="/catalog" replace />} />
            <Route path="/catalog/:matterId" element={<MatterPage />} />
          </>
        ) : null}
        <Route path="*" element={<Navigate to={pages[0]?.path ?? '/'} replace />} />
      </Routes>
    </AppLayout>
  );
}
