import { Checkbox } from 'antd';
import type { GetProps } from 'antd';

type Props = GetProps<typeof Checkbox.Group> & { 'aria-required'?: unknown; 'aria-label': string };

/**
 * A checkbox group inside a required Form.Item. The item marks its control `aria-required`, which a
 * group of checkboxes may not carry (axe: aria-allowed-attr); the group is named instead, and the
 * visible asterisk and the validation message say that one box must be ticked.
 */
export function CheckboxGroupField(props: Props) {
  const { 'aria-required': _required, ...rest } = props;
  return <Checkbox.Group role="group" {...rest} />;
}
