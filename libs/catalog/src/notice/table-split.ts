/**
 * Where a table breaks across pages, the way a typist keeps a paper form together: a table that
 * fits on the rest of the page stays there; one that does not but fits on a page starts on a new
 * page; a taller one breaks between rows, its header repeating, never leaving only the header or
 * a single row on the page before, never carrying a single row alone to the next. `tail` is the
 * block that must follow the table's last rows on their page (the closing and signature lines).
 */

export interface TableSpace {
  /** Height left on the current page. */
  space: number;
  /** Height of a whole fresh page (between the margins). */
  page: number;
  /** Title band and header row, drawn at the top of every part. */
  head: number;
  /** What must stay on the page of the last rows; 0 when nothing. */
  tail?: number;
}

export interface TablePart {
  /** Open a new page before this part. */
  newPage: boolean;
  /** Rows [from, to) of the table. */
  from: number;
  to: number;
}

const sum = (h: number[], from: number, to: number) => h.slice(from, to).reduce((a, b) => a + b, 0);

export function splitTable(heights: number[], { space, page, head, tail = 0 }: TableSpace): TablePart[] {
  const n = heights.length;
  const whole = head + sum(heights, 0, n) + tail;
  if (whole <= space) return [{ newPage: false, from: 0, to: n }];
  if (whole <= page) return [{ newPage: true, from: 0, to: n }];

  const parts: TablePart[] = [];
  let from = 0;
  let avail = space;
  let fresh = false;
  while (from < n) {
    const left = n - from;
    if (head + sum(heights, from, n) + tail <= avail) {
      parts.push({ newPage: fresh, from, to: n });
      break;
    }
    // As many rows as fit under the header here.
    let take = 0;
    while (take < left && head + sum(heights, from, from + take + 1) <= avail) take++;
    // All rows fit but not the tail: carry the last two rows over with it.
    if (take === left) take = left - 2;
    // Never carry a single row alone to the next page.
    else if (left - take === 1) take--;
    if (take < 2 && left >= 2 && !fresh) {
      // Only a header or one row would stay here: start the table (or its rest) on a new page.
      avail = page;
      fresh = true;
      continue;
    }
    // On a fresh page with rows too tall to pair: take what fits, at least one, to move on.
    take = Math.max(1, take);
    if (take >= left) {
      parts.push({ newPage: fresh, from, to: n });
      break;
    }
    parts.push({ newPage: fresh, from, to: from + take });
    from += take;
    avail = page;
    fresh = true;
  }
  return parts;
}
