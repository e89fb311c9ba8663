import { Inject, Injectable } from '@nestjs/common';
import { audit } from '../tenancy.audit';
import { ContextLoader } from '../context/context-loader';
import { RequestContext } from '../context/request-context';
import { selectOne } from '../database/sql';
import { TenantDatabase } from '../database/tenant-database';
import { Clock } from '../time/clock';
import { DomainError } from '../errors/domain-error';
import { TenancyError } from '../errors/tenancy.errors';
import { PLATFORM_TENANT_ID } from '../tenants/platform-tenant';
import { AUTH_SETTINGS, AuthSettings } from './auth-settings';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password-hasher';
import { passwordProblems } from './password-policy';
import { retryAfterSeconds, recordFailure } from './login-throttle';
import { openSession } from './sessions';
import { formatRefreshToken, hashSecret, newRefreshSecret, parseRefreshToken, signAccessToken } from './tokens';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  context: RequestContext;
}

const PLATFORM = { tenantId: PLATFORM_TENANT_ID };

/** How many earlier refresh secrets of a session are remembered to recognise a copied one. */
const REMEMBERED_GENERATIONS = 64;

/** The columns of auth_session a refresh reads. */
interface SessionRow {
  id: string;
  user_id: string;
  refresh_hash: string;
  previous_refresh_hashes: string[];
  revoked_at: Date | null;
  expires_at: Date;
}

interface LoginUserRow {
  id: string;
  username: string;
  password_hash: string;
  disabled: boolean;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly contexts: ContextLoader,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks the password and opens a session. Known and unknown names get the same answers in
   * the same time (a dummy hash is checked); failures are counted per client address and per
   * name in transactions of their own, so the error thrown afterwards cannot undo them.
   */
  async login(username: string, password: string, address: string): Promise<IssuedTokens> {
    const name = String(username ?? '');
    const wait = await this.db.run(PLATFORM, (m) => retryAfterSeconds(m, address, name, this.clock.now()));
    if (wait > 0) throw TenancyError.LoginThrottled(wait);
    const found = await this.db.runUnscoped((m) =>
      selectOne<{ tenant_id: string; user_id: string }>(m, `SELECT tenant_id, user_id FROM find_login($1)`, [name]),
    );
    if (!found) {
      await verifyPassword(await dummyPasswordHash(), password ?? '');
      await this.db.run(PLATFORM, (m) =>
        audit(m, { tenantId: PLATFORM_TENANT_ID, user: { id: null, username: name.slice(0, 64) } }, 'login_failed', null, { reason: 'unknown_username' }),
      );
      await this.countFailure(address, name, null);
      throw TenancyError.InvalidCredentials();
    }
    const tenantId = found.tenant_id;
    // The hash is checked between two short transactions: a login waiting for a hashing slot
    // holds no pooled connection that other requests need.
    const stored = (await this.db.run({ tenantId }, (m) =>
      selectOne<LoginUserRow>(m, `SELECT id, username, password_hash, disabled FROM app_user WHERE id = $1`, [found.user_id]),
    ))!;
    const matches = await verifyPassword(stored.password_hash, password ?? '');
    const outcome = await this.db.run({ tenantId }, async (m): Promise<DomainError | { sessionId: string; secret: string }> => {
      const user = (await selectOne<LoginUserRow>(m, `SELECT id, username, password_hash, disabled FROM app_user WHERE id = $1 FOR UPDATE`, [found.user_id]))!;
      const record = (action: 'login' | 'login_failed', detail: Record<string, unknown>) =>
        audit(m, { tenantId, user: { id: user.id, username: user.username } }, action, { type: 'User', id: user.id }, detail);
      // A password changed while this one was being checked is not the password any more.
      if (!matches || user.password_hash !== stored.password_hash) {
        await record('login_failed', { reason: 'wrong_password' });
        return TenancyError.InvalidCredentials();
      }
      // Only the right password learns that the account is disabled.
      if (user.disabled) {
        await record('login_failed', { reason: 'disabled' });
        return TenancyError.AccountDisabled();
      }
      const secret = newRefreshSecret();
      const sessionId = await openSession(m, {
        tenantId,
        userId: user.id,
        refreshHash: hashSecret(secret),
        expiresAt: new Date(this.clock.now().getTime() + this.settings.refreshTokenDays * 86_400_000),
        maxSessions: this.settings.maxSessionsPerUser,
      });
      // The session id stays out of the audit detail: supervisors read it.
      await record('login', {});
      return { sessionId, secret };
    });
    if (outcome instanceof DomainError) {
      if (outcome.code === 'INVALID_CREDENTIALS') await this.countFailure(address, name, { tenantId, userId: found.user_id });
      throw outcome;
    }
    return this.issue(tenantId, found.user_id, outcome.sessionId, outcome.secret);
  }

  /**
   * Rotates the refresh token. Presenting a secret of an earlier generation of the session means
   * it was copied: the whole session is revoked (reuse detection). A secret the session never
   * had changes nothing, so knowing a session id is not enough to end it.
   */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const token = parseRefreshToken(refreshToken);
    const outcome = await this.db.run({ tenantId: token.tenantId }, async (m) => {
      const session = await selectOne<SessionRow>(
        m,
        `SELECT id, user_id, refresh_hash, previous_refresh_hashes, revoked_at, expires_at FROM auth_session WHERE id = $1 FOR UPDATE`,
        [token.sessionId],
      );
      if (!session || session.revoked_at || new Date(session.expires_at) <= this.clock.now()) {
        return TenancyError.RefreshTokenInvalid();
      }
      const presented = hashSecret(token.secret);
      if (session.refresh_hash !== presented) {
        if (session.previous_refresh_hashes.includes(presented)) {
          await m.query(`UPDATE auth_session SET revoked_at = now(), revoke_reason = 'refresh_token_reuse' WHERE id = $1`, [session.id]);
          await audit(m, { tenantId: token.tenantId, user: { id: session.user_id, username: '' } }, 'session_revoked', { type: 'User', id: session.user_id }, { reason: 'refresh_token_reuse' });
        }
        return TenancyError.RefreshTokenInvalid();
      }
      const secret = newRefreshSecret();
      await m.query(
        `UPDATE auth_session SET refresh_hash = $2, generation = generation + 1, last_used_at = now(),
           previous_refresh_hashes = (array_prepend(refresh_hash, previous_refresh_hashes))[1:$3]
         WHERE id = $1`,
        [session.id, hashSecret(secret), REMEMBERED_GENERATIONS],
      );
      return { userId: session.user_id, secret };
    });
    if (outcome instanceof DomainError) throw outcome;
    return this.issue(token.tenantId, outcome.userId, token.sessionId, outcome.secret);
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    await this.db.run(ctx, async (m) => {
      await m.query(`UPDATE auth_session SET revoked_at = now(), revoke_reason = 'logout' WHERE id = $1 AND revoked_at IS NULL`, [
        ctx.sessionId,
      ]);
      await audit(m, ctx, 'logout', { type: 'User', id: ctx.user.id });
    });
    return true;
  }

  /** A wrong old password counts like a failed login, in a transaction the request's failure cannot undo. */
  async changePassword(ctx: RequestContext, oldPassword: string, newPassword: string, address: string): Promise<boolean> {
    const problems = passwordProblems(newPassword, ctx.user.username);
    if (problems.length) throw TenancyError.WeakPassword(problems);
    const wait = await this.db.runDetached(PLATFORM, (m) => retryAfterSeconds(m, address, ctx.user.username, this.clock.now()));
    if (wait > 0) throw TenancyError.LoginThrottled(wait);
    const row = await this.db.run(ctx, (m) => selectOne<{ password_hash: string }>(m, `SELECT password_hash FROM app_user WHERE id = $1`, [ctx.user.id]));
    if (!(await verifyPassword(row!.password_hash, oldPassword))) {
      await this.countFailure(address, ctx.user.username, { tenantId: ctx.tenantId, userId: ctx.user.id });
      throw TenancyError.WrongPassword();
    }
    const hash = await hashPassword(newPassword);
    await this.db.run(ctx, async (m) => {
      await m.query(`UPDATE app_user SET password_hash = $2, password_changed_at = now() WHERE id = $1`, [ctx.user.id, hash]);
      // Other sessions end: whoever else knew the old password is logged out.
      await m.query(
        `UPDATE auth_session SET revoked_at = now(), revoke_reason = 'password_changed' WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`,
        [ctx.user.id, ctx.sessionId],
      );
      await audit(m, ctx, 'password_changed', { type: 'User', id: ctx.user.id });
    });
    return true;
  }

  /**
   * Counts a failure on the address and the name; a known person's row shows the wait (the
   * admin's "locked"), and the administrator is alerted when the name reaches its threshold.
   */
  private async countFailure(address: string, username: string, known: { tenantId: string; userId: string } | null): Promise<void> {
    const now = this.clock.now();
    const { accountFailures, accountBlockedUntil } = await this.db.runDetached(PLATFORM, (m) =>
      recordFailure(m, address, username, now, this.settings.throttle),
    );
    if (!known) return;
    await this.db.runDetached({ tenantId: known.tenantId }, async (m) => {
      await m.query(`UPDATE app_user SET failed_logins = $2, locked_until = $3 WHERE id = $1`, [known.userId, accountFailures, accountBlockedUntil]);
      if (accountFailures === this.settings.throttle.accountThreshold) {
        const user = { id: known.userId, username: username.slice(0, 64) };
        await audit(m, { tenantId: known.tenantId, user }, 'account_under_attack', { type: 'User', id: known.userId }, { failures: accountFailures, address });
      }
    });
  }

  private async issue(tenantId: string, userId: string, sessionId: string, secret: string): Promise<IssuedTokens> {
    const context = await this.contexts.load(tenantId, userId, sessionId);
    return {
      accessToken: signAccessToken({ sub: userId, tid: tenantId, sid: sessionId }, this.settings.jwtSecret, this.settings.accessTokenSeconds),
      refreshToken: formatRefreshToken({ tenantId, sessionId, secret }),
      expiresIn: this.settings.accessTokenSeconds,
      context,
    };
  }
}
