import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useLanguage } from './i18n/i18n';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      data-testid="language-switch"
      onClick={() => setLanguage(language === 'zh-CN' ? 'en-US' : 'zh-CN')}
    >
      {t('lang.switch')}
    </Button>
  );
}
