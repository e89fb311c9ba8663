import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TenancyError } from '../errors/tenancy.errors';
import { Permission, PERMISSION_KEY } from './allow.decorator';
import { ContextLoader } from './context-loader';
import { requestOf } from './ctx.decorator';
import { RefusalLog } from '../audit/refusal-log';
import { refusedCallOf } from '../audit/refusal.interceptor';

/**
 * Verifies the bearer token, builds the RequestContext once per request, and checks the
 * operation's declared permission. Operations without a declaration are refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly contexts: ContextLoader,
    private readonly refusals: RefusalLog,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!permission) throw TenancyError.Forbidden();
    if (permission.kind === 'public') return true;
    const req = requestOf(context);
    if (!req.requestContext) {
      const authorization = req.headers?.authorization;
      const header = typeof authorization === 'string' ? authorization : '';
      const [scheme, token] = header.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !token) throw TenancyError.Unauthenticated();
      req.requestContext = await this.contexts.fromAccessToken(token);
    }
    if (permission.kind === 'authenticated') return true;
    if (!req.requestContext.can(permission.action, permission.subject)) {
      const refused = TenancyError.Forbidden();
      // Guards run before interceptors: the refusal is recorded here.
      void this.refusals.record(req.requestContext, refused, refusedCallOf(context));
      throw refused;
    }
    return true;
  }
}
