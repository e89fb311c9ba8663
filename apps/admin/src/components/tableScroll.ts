/** Width given to a column that sets none, when adding up how wide a table needs to be. */
const FLEXIBLE_COLUMN = 160;

/**
 * `scroll` for an antd Table that keeps its columns readable on a phone: the table is at least as
 * wide as its columns' widths (a column without one counts as 160 px) and at most 100 % of its
 * box on a wide screen; on a narrow one it scrolls sideways inside its own box, never the page.
 */
export function tableScroll(columns: readonly { width?: number | string }[]): { x: number } {
  return { x: columns.reduce((sum, column) => sum + (typeof column.width === 'number' ? column.width : FLEXIBLE_COLUMN), 0) };
}
