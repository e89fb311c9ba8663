import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import { requestOf } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { TenantDatabase } from './tenant-database';

const ROOT_TYPES = new Set(['Query', 'Mutation']);

/**
 * The edge owns the transaction: every authenticated GraphQL root field and HTTP route runs
 * inside one tenant-scoped transaction, which every service call below joins. A coded error
 * anywhere rolls all of it back. Field resolvers run after their root field has committed and
 * read in their own short transaction; public operations know their county only from their
 * arguments, so their service opens the transaction.
 */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(private readonly db: TenantDatabase) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const ctx = requestOf(context)?.requestContext;
    if (!(ctx instanceof RequestContext) || TenantDatabase.inTransaction()) return next.handle();
    if (context.getType<string>() === 'graphql') {
      const parent = GqlExecutionContext.create(context).getInfo()?.parentType?.name;
      if (!ROOT_TYPES.has(parent)) return next.handle();
    }
    return from(this.db.run(ctx, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
