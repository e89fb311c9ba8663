import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError, httpStatusOf } from '@county/tenancy';
import { domainErrorExtensions } from './format-error';

/**
 * Expected business outcomes: GraphQL hands them to the error formatter without an error log
 * line; plain routes (PDF, Excel) answer them as JSON in the shape GraphQL errors have.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType() !== 'http') return error;
    const response = host.switchToHttp().getResponse();
    const wait = error.details?.retryAfterSeconds;
    if (typeof wait === 'number') response.setHeader('Retry-After', String(wait));
    response
      .status(httpStatusOf(error))
      .json({
        errors: [
          {
            message: error.messageZh,
            extensions: domainErrorExtensions(error),
          },
        ],
      });
  }
}
