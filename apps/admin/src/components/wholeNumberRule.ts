import type { FormRule } from 'antd';
import { useT } from '../i18n/i18n';

/**
 * A count of days or copies: a whole number not below `min`. The input keeps what was typed
 * (no `min` or `precision` on the InputNumber, which would quietly turn −3 into 0 or 2.5 into 3);
 * this rule refuses it beside the field instead.
 */
export function useWholeNumberRule(): (min?: number) => FormRule {
  const t = useT();
  return (min = 0) => ({
    validator: async (_rule, value: unknown) => {
      if (value === null || value === undefined || value === '') return;
      const n = Number(value);
      if (!Number.isInteger(n)) throw new Error(t('form.wholeNumber'));
      if (n < 0) throw new Error(t('form.notNegative'));
      if (n < min) throw new Error(t('form.atLeast', { min }));
    },
  });
}
