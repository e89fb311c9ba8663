import { useEffect } from 'react';

const SCROLLERS = '.ant-table-content, .ant-table-body';

/**
 * A table that scrolls sideways must be reachable by keyboard (WCAG 2.1.1): antd renders its
 * scroll box without a tab stop, so each one that overflows gets one as it appears.
 */
export function useFocusableScrollRegions(): void {
  useEffect(() => {
    const mark = () => {
      for (const element of Array.from(document.querySelectorAll<HTMLElement>(SCROLLERS))) {
        if (!element.hasAttribute('tabindex') && element.scrollWidth > element.clientWidth) element.tabIndex = 0;
      }
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', mark);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', mark);
    };
  }, []);
}
