import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { requestOf } from '../context/ctx.decorator';
import { clientAddress, ClientRequest } from './client-address';
import { RATE_LIMIT_KEY, RateLimitBucket, RateLimits } from './rate-limits';

/** Charges operations marked `@RateLimited(bucket)` to their client address. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const bucket = this.reflector.get<RateLimitBucket | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (bucket) await this.limits.consume(bucket, clientAddress(requestOf(context) as ClientRequest));
    return true;
  }
}
