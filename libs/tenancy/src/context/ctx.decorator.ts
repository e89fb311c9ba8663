import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { TenancyError } from '../errors/tenancy.errors';
import { RequestContext } from './request-context';

/** What the guard reads from a request and leaves on it. */
export interface ContextCarrier {
  headers?: Record<string, string | string[] | undefined>;
  requestContext?: RequestContext;
}

export function requestOf(context: ExecutionContext): ContextCarrier {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}

/** The RequestContext of the call. Fails closed: asking for one that is not there throws. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const ctx = requestOf(context)?.requestContext;
  if (!(ctx instanceof RequestContext)) throw TenancyError.Unauthenticated();
  return ctx;
});
