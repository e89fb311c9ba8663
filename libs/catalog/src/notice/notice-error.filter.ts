import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { DomainError } from '@county/tenancy';
import { httpStatusOf } from './notice.errors';

/**
 * Coded errors of the PDF route as JSON, in the shape GraphQL errors have, so one client
 * helper reads both. The app-wide filter only knows GraphQL and would leave the request open.
 */
@Catch(DomainError)
export class NoticeErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse();
    res.status(httpStatusOf(error.code)).json({
      errors: [
        {
          message: error.messageZh,
          extensions: { ...error.details, code: error.code, messageZh: error.messageZh, messageEn: error.messageEn },
        },
      ],
    });
  }
}
