import { randomUUID } from 'node:crypto';
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
import { formatRefreshToken, hashSecret, newRefreshSecret, parseRefreshToken, signAccessToken } from './tokens';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  context: RequestContext;
}

/** The columns of auth_session a refresh reads. */
interface SessionRow {
  id: string;
  user_id: string;
  refresh_hash: string;
  revoked_at: Date | null;
  expires_at: Date;
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
   * Checks the password and opens a session. A failure is recorded (and may lock the
   * account) in a transaction of its own, so the error thrown afterwards cannot undo it.
   */
  async login(username: string, password: string): Promise<IssuedTokens> {
    const [found] = await this.db.runUnscoped((m) =>
      m.query(`SELECT tenant_id, user_id FROM find_login($1)`, [username ?? '']),
    );
    if (!found) {
      await verifyPassword(await dummyPasswordHash(), password ?? '');
      await this.db.run({ tenantId: PLATFORM_TENANT_ID }, (m) =>
        audit(m, { tenantId: PLATFORM_TENANT_ID, user: { id: null, username: String(username ?? '').slice(0, 64) } }, 'login_failed', null, { reason: 'unknown_username' }),
      );
      throw TenancyError.InvalidCredentials();
    }
    const tenantId: string = found.tenant_id;
    const outcome = await this.db.run({ tenantId }, async (m): Promise<DomainError | { sessionId: string; secret: string; userId: string }> => {
      const [user] = await m.query(
        `SELECT id, username, password_hash, failed_logins, locked_until, disabled FROM app_user WHERE id = $1 FOR UPDATE`,
        [found.user_id],
      );
      const record = (action: 'login' | 'login_failed', detail: Record<string, unknown>) =>
        audit(m, { tenantId, user: { id: user.id, username: user.username } }, action, { type: 'User', id: user.id }, detail);
      if (user.locked_until && new Date(user.locked_until) > this.clock.now()) {
        await record('login_failed', { reason: 'locked' });
        return TenancyError.AccountLocked(new Date(user.locked_until));
      }
      if (user.disabled) {
        await record('login_failed', { reason: 'disabled' });
        return TenancyError.AccountDisabled();
      }
      if (!(await verifyPassword(user.password_hash, password ?? ''))) {
        const failures = user.failed_logins + 1;
        const lock = failures >= this.settings.maxFailedLogins;
        const lockedUntil = lock ? new Date(Date.now() + this.settings.lockoutMinutes * 60_000) : null;
        await m.query(`UPDATE app_user SET failed_logins = $2, locked_until = $3 WHERE id = $1`, [
          user.id,
          lock ? 0 : failures,
          lockedUntil,
        ]);
        await record('login_failed', { reason: 'wrong_password', failures, locked: lock });
        return lock ? TenancyError.AccountLocked(lockedUntil!) : TenancyError.InvalidCredentials();
      }
      await m.query(`UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = $1`, [user.id]);
      const secret = newRefreshSecret();
      const session = { id: randomUUID() };
      await m.query(
        `INSERT INTO auth_session (tenant_id, id, user_id, refresh_hash, generation, expires_at) VALUES ($1, $2, $3, $4, 1, $5)`,
        [tenantId, session.id, user.id, hashSecret(secret), new Date(this.clock.now().getTime() + this.settings.refreshTokenDays * 86_400_000)],
      );
      await record('login', { sessionId: session.id });
      return { sessionId: session.id, secret, userId: user.id };
    });
    if (outcome instanceof DomainError) throw outcome;
    return this.issue(tenantId, outcome.userId, outcome.sessionId, outcome.secret);
  }

  /**
   * Rotates the refresh token. Presenting an already-rotated token means it was copied:
   * the whole session is revoked (refresh-token reuse detection).
   */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const token = parseRefreshToken(refreshToken);
    const outcome = await this.db.run({ tenantId: token.tenantId }, async (m) => {
      const session = await selectOne<SessionRow>(
        m,
        `SELECT id, user_id, refresh_hash, revoked_at, expires_at FROM auth_session WHERE id = $1 FOR UPDATE`,
        [token.sessionId],
      );
      if (!session || session.revoked_at || new Date(session.expires_at) <= this.clock.now()) {
        return TenancyError.RefreshTokenInvalid();
      }
      if (session.refresh_hash !== hashSecret(token.secret)) {
        await m.query(`UPDATE auth_session SET revoked_at = now(), revoke_reason = 'refresh_token_reuse' WHERE id = $1`, [
          session.id,
        ]);
        await audit(m, { tenantId: token.tenantId, user: { id: session.user_id, username: '' } }, 'session_revoked', { type: 'AuthSession', id: session.id }, { reason: 'refresh_token_reuse' });
        return TenancyError.RefreshTokenInvalid();
      }
      const secret = newRefreshSecret();
      await m.query(
        `UPDATE auth_session SET refresh_hash = $2, generation = generation + 1, last_used_at = now() WHERE id = $1`,
        [session.id, hashSecret(secret)],
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
      await audit(m, ctx, 'logout', { type: 'AuthSession', id: ctx.sessionId });
    });
    return true;
  }

  async changePassword(ctx: RequestContext, oldPassword: string, newPassword: string): Promise<boolean> {
    const problems = passwordProblems(newPassword, ctx.user.username);
    if (problems.length) throw TenancyError.WeakPassword(problems);
    const [row] = await this.db.run(ctx, (m) => m.query(`SELECT password_hash FROM app_user WHERE id = $1`, [ctx.user.id]));
    if (!(await verifyPassword(row.password_hash, oldPassword))) throw TenancyError.WrongPassword();
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
