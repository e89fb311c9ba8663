import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { catchError, Observable, throwError } from 'rxjs';
import { requestOf } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { RefusalLog, RefusedCall } from './refusal-log';

/** The operation a call names and its arguments: a GraphQL field, or an HTTP route with its parameters. */
export function refusedCallOf(context: ExecutionContext): RefusedCall {
  if (context.getType<string>() === 'graphql') {
    const gql = GqlExecutionContext.create(context);
    return { operation: gql.getInfo()?.fieldName ?? 'graphql', args: gql.getArgs() };
  }
  const req = context.switchToHttp().getRequest<{ method?: string; route?: { path?: string }; path?: string; params?: Record<string, unknown> }>();
  return { operation: `${req.method ?? 'GET'} ${req.route?.path ?? req.path ?? ''}`, args: req.params };
}

/** Hands a logged-in person's refused call (after its transaction has rolled back) to the RefusalLog. */
@Injectable()
export class RefusalInterceptor implements NestInterceptor {
  constructor(private readonly refusals: RefusalLog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const ctx = requestOf(context)?.requestContext;
    if (!(ctx instanceof RequestContext)) return next.handle();
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (RefusalLog.records(error)) void this.refusals.record(ctx, error, refusedCallOf(context));
        return throwError(() => error);
      }),
    );
  }
}
