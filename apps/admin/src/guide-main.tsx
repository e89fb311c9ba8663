import './accessible.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntdApp } from 'antd';
import { BrowserRouter } from 'react-router';
import { createGuideClient } from './pages/guide/guideClient';
import { GuideRoutes } from './pages/guide/GuideRoutes';
import { LanguageProvider } from './i18n/i18n';

/**
 * The public guide's own entry (guide.html, served for /guide/… URLs): no login, no admin pages,
 * no session handling — only what a phone needs to read the 办事指南.
 */
const container = document.getElementById('root');
if (!container) throw new Error('guide.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <LanguageProvider>
      <AntdApp>
        <ApolloProvider client={createGuideClient()}>
          <BrowserRouter>
            <GuideRoutes />
          </BrowserRouter>
        </ApolloProvider>
      </AntdApp>
    </LanguageProvider>
  </StrictMode>,
);
