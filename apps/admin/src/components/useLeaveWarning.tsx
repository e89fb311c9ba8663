import { useEffect } from 'react';
import { App } from 'antd';
import { useBlocker } from 'react-router';
import { useT } from '../i18n/i18n';

/**
 * While `dirty`, leaving the page asks first: a link or the back button inside the app opens a
 * confirmation, closing or reloading the tab gets the browser's own question.
 */
export function useLeaveWarning(dirty: boolean): void {
  const t = useT();
  const { modal } = App.useApp();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('editor.leaveTitle'),
      content: t('editor.leaveBody'),
      okText: t('editor.leave'),
      cancelText: t('editor.stay'),
      okButtonProps: { danger: true, 'data-testid': 'leave-confirm' },
      cancelButtonProps: { 'data-testid': 'leave-cancel' },
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
