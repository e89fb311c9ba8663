import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useLanguage } from './i18n/i18n';

/** `light` for dark headers such as the public guide's. */
export function LanguageSwitch({ light = false }: { light?: boolean }) {
  const { language, setLanguage, t } = useLanguage();
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      data-testid="language-switch"
      style={light ? { color: '#fff' } : undefined}
      onClick={() => setLanguage(language === 'zh-CN' ? 'en-US' : 'zh-CN')}
    >
      {/* The name of the other language is written in that language (中文 / English). */}
      <span lang={language === 'zh-CN' ? 'en' : 'zh-CN'}>{t('lang.switch')}</span>
    </Button>
  );
}
