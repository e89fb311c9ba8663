import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntdApp } from 'antd';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo';
import { App } from './App';
import { AuthProvider } from './auth/AuthProvider';
import { LanguageProvider } from './i18n/i18n';

const client = createApolloClient();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <LanguageProvider>
      <AntdApp>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <AuthProvider>
              <App />
            </AuthProvider>
          </BrowserRouter>
        </ApolloProvider>
      </AntdApp>
    </LanguageProvider>
  </StrictMode>,
);
