import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { DomainError } from '@county/tenancy';
import { DomainErrorFilter } from './domain-error.filter';
import { logUnexpectedError } from './error-log';

interface JsonResponse {
  status(code: number): JsonResponse;
  json(body: unknown): unknown;
}

/**
 * Plain routes (PDF, Excel): an error that is neither coded nor an HTTP answer is logged as one
 * stripped line (graphql/error-log.ts) instead of Nest's stack trace, and answers INTERNAL with
 * the request id. GraphQL errors go on to the formatter, which does the same.
 */
@Catch()
export class UnexpectedErrorFilter extends BaseExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return error;
    // Whichever filter Nest asks first, a coded error gets its coded answer.
    if (error instanceof DomainError) return new DomainErrorFilter().catch(error, host);
    if (error instanceof HttpException) return super.catch(error, host);
    const requestId = logUnexpectedError(error);
    return host
      .switchToHttp()
      .getResponse<JsonResponse>()
      .status(500)
      .json({
        errors: [
          {
            message: '系统内部错误',
            extensions: { code: 'INTERNAL', messageZh: '系统内部错误，请稍后重试', messageEn: 'Internal error, please try again later', requestId },
          },
        ],
      });
  }
}
