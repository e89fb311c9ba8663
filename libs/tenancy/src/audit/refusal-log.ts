import { Injectable, Logger } from '@nestjs/common';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from '../database/tenant-database';
import { DomainError } from '../errors/domain-error';
import { audit } from '../tenancy.audit';
import { HeldBackCounts } from './held-back';

/** Entries one person's refusals may add per minute; the rest are counted into the next entry. */
export const REFUSALS_PER_MINUTE = 10;

/** What a refused call asked for: the operation and the ids among its arguments. */
export interface RefusedCall {
  operation: string;
  args?: Record<string, unknown>;
}

const idsOf = (args: Record<string, unknown> = {}) =>
  Object.fromEntries(
    Object.entries(args)
      .filter(([k, v]) => /(^id|Id)$/.test(k) && typeof v === 'string')
      .map(([k, v]) => [k, (v as string).slice(0, 64)]),
  );

/**
 * Records refused attempts by logged-in people — FORBIDDEN, and NOT_FOUND, which is also what
 * another county's or village's data looks like under row-level security — as `access_refused`
 * on their county's chain, for the administrator to see someone probing. Each person adds at
 * most REFUSALS_PER_MINUTE entries a minute; what is held back is counted into the next one,
 * so a script cannot flood the log; those counts are kept for at most HELD_BACK_PEOPLE people.
 */
@Injectable()
export class RefusalLog {
  private readonly logger = new Logger('RefusalLog');
  private readonly limiter = new RateLimiterMemory({ points: REFUSALS_PER_MINUTE, duration: 60 });
  private readonly heldBack = new HeldBackCounts();

  constructor(private readonly db: TenantDatabase) {}

  static records(error: unknown): error is DomainError {
    return error instanceof DomainError && (error.kind === 'forbidden' || error.kind === 'not_found');
  }

  async record(ctx: RequestContext, error: DomainError, call: RefusedCall): Promise<void> {
    const key = `${ctx.tenantId}/${ctx.user.id}`;
    try {
      await this.limiter.consume(key);
    } catch {
      this.heldBack.add(key);
      return;
    }
    const heldBack = this.heldBack.take(key);
    const detail = { code: error.code, operation: call.operation.slice(0, 100), ids: idsOf(call.args), ...(heldBack ? { heldBack } : {}) };
    try {
      // Outside the refused call's transaction, which has rolled back.
      await this.db.runDetached(ctx, (m) => audit(m, ctx, 'access_refused', null, detail));
    } catch (e) {
      this.logger.warn(`refusal not recorded: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
