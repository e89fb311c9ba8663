import './accessible.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntdApp } from 'antd';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './apollo';
import { App } from './App';
import { AuthProvider } from './auth/AuthProvider';
import { LanguageProvider } from './i18n/i18n';

const client = createApolloClient();
// A data router (one catch-all route; App keeps its own <Routes>) so that pages can hold a
// navigation back while they have unsaved changes (useBlocker).
const router = createBrowserRouter([
  {
    path: '*',
    element: (
      <AuthProvider>
        <App />
      </AuthProvider>
    ),
  },
]);
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <LanguageProvider>
      <AntdApp>
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </AntdApp>
    </LanguageProvider>
  </StrictMode>,
);
