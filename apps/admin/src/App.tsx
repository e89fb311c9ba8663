import { lazy, Suspense, type ComponentType } from 'react';
import { Flex, Spin } from 'antd';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useAbility } from './auth/ability';
import { useAuth } from './auth/AuthProvider';
import { LoginPage } from './auth/LoginPage';
import { AppLayout } from './layout/AppLayout';
import { pagesFor, type PageKey } from './navigation';
import { AuditLogPage } from './pages/audit/AuditLogPage';
import { CatalogPage } from './pages/catalog/CatalogPage';
import { MatterPage } from './pages/catalog/MatterPage';
import { NewMatterPage } from './pages/catalog/NewMatterPage';
import { LedgerPage } from './pages/ledger/LedgerPage';
import { CalendarPage } from './pages/calendar/CalendarPage';
import { CaseRulesPage } from './pages/case-rules/CaseRulesPage';
import { CasesPage } from './pages/cases/CasesPage';
import { CaseDetailPage } from './pages/cases/CaseDetailPage';
import { SupervisionHandoffsPage } from './pages/handoffs/SupervisionHandoffsPage';
import { EvaluationPage } from './pages/evaluation/EvaluationPage';
import { ApplicantsPage } from './pages/applicants/ApplicantsPage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { DelegationsPage } from './pages/delegations/DelegationsPage';
import { OrgTreePage } from './pages/org/OrgTreePage';
import { TenantsPage } from './pages/tenants/TenantsPage';
import { ServerUnreachable } from './ServerUnreachable';
import { UsersPage } from './pages/users/UsersPage';

// In production the server answers /guide/… with guide.html (its own small entry); this covers the dev server.
const GuideRoutes = lazy(() => import('./pages/guide/GuideRoutes').then((m) => ({ default: m.GuideRoutes })));

const PAGE_COMPONENTS: Record<PageKey, ComponentType> = {
  dashboard: DashboardPage,
  org: OrgTreePage,
  catalog: CatalogPage,
  users: UsersPage,
  delegations: DelegationsPage,
  audit: AuditLogPage,
  ledger: LedgerPage,
  calendar: CalendarPage,
  caseRules: CaseRulesPage,
  cases: CasesPage,
  applicants: ApplicantsPage,
  tenants: TenantsPage,
  handoffs: SupervisionHandoffsPage,
  evaluation: EvaluationPage,
};

export function App() {
  const { me, unreachable, loadError, retry, logout } = useAuth();
  const ability = useAbility();
  const location = useLocation();

  // The public guide (办事指南) is for anyone: it never waits for, or asks for, a login.
  if (location.pathname.startsWith('/guide/')) {
    return (
      <Suspense fallback={<Spin />}>
        <GuideRoutes />
      </Suspense>
    );
  }

  // The profile did not load because the server is away: say so, keep the session, offer a retry.
  if (me === undefined && unreachable) return <ServerUnreachable error={loadError} onRetry={retry} onSignOut={() => void logout()} />;
  if (me === undefined) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" />
      </Flex>
    );
  }
  if (me === null) return <LoginPage />;

  // Only routes the rules allow exist at all, so a typed URL cannot open a page the menu hides.
  const pages = pagesFor(ability);
  return (
    <AppLayout pages={pages}>
      <Routes>
        {pages.map((page) => {
          const Page = PAGE_COMPONENTS[page.key];
          return <Route key={page.key} path={page.path} element={<Page />} />;
        })}
        {pages.some((page) => page.key === 'catalog') ? (
          <>
            <Route path="/catalog/new" element={ability.can('create', 'Matter') ? <NewMatterPage /> : <Navigate to="/catalog" replace />} />
            <Route path="/catalog/:matterId" element={<MatterPage />} />
          </>
        ) : null}
        {pages.some((page) => page.key === 'cases') ? <Route path="/cases/:caseId" element={<CaseDetailPage />} /> : null}
        <Route path="*" element={<Navigate to={pages[0]?.path ?? '/'} replace />} />
      </Routes>
    </AppLayout>
  );
}
