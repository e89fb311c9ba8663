/** Made once: building an Intl formatter costs more than a whole cached guide answer. */
const BEIJING_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** A calendar date in Beijing (YYYY-MM-DD): effective dates and deadlines are Chinese calendar dates, not UTC. */
export function beijingDate(at: Date): string {
  return BEIJING_DAY.format(at);
}

/**
 * What time it is, injected: services never read the system time themselves, so tests can
 * set "today" (deadlines, effective dates, delegations in force) and move it on.
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today's date in Beijing. */
  today(): string {
    return beijingDate(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock tests set and advance; it stands still otherwise. */
export class SettableClock extends Clock {
  private at: Date;

  constructor(at: Date | string = new Date()) {
    super();
    this.at = new Date(at);
  }

  now(): Date {
    return new Date(this.at);
  }

  set(at: Date | string): void {
    this.at = new Date(at);
  }

  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}
