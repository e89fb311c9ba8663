import { useEffect, type ReactNode } from 'react';
import { Layout, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n';
import { LanguageSwitch } from '../../LanguageSwitch';

/** The public 办事指南 frame: no login, no menu, readable on a phone. */
export function GuideLayout({ countyCode, countyName, title, children }: { countyCode: string; countyName?: string; title?: string; children: ReactNode }) {
  const t = useT();
  // Each page its own browser title: the tab, the history and a shared link say what it is.
  const documentTitle = [title, `${countyName ?? ''}${t('guide.title')}`].filter(Boolean).join(' - ');
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f7fa' }}>
      <Layout.Header
        style={{ background: '#b71c1c', display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '0 24px' }}
      >
        <Link to={`/guide/${countyCode}`} style={{ color: '#fff' }} data-testid="guide-home">
          <Space>
            <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
              {countyName ? `${countyName} · ` : ''}
              {t('guide.title')}
            </Typography.Text>
          </Space>
        </Link>
        <LanguageSwitch light />
      </Layout.Header>
      <Layout.Content style={{ width: '100%', maxWidth: 1080, margin: '0 auto', padding: '24px 16px' }}>{children}</Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#595959' }}>{t('guide.footer')}</Layout.Footer>
    </Layout>
  );
}
