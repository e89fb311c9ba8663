import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '@county/tenancy';
import { logUnexpectedError } from './error-log';

/** Messages for errors raised by GraphQL itself or by Apollo, keyed by their code. */
const FRAMEWORK_MESSAGES: Record<string, [string, string]> = {
  GRAPHQL_PARSE_FAILED: ['请求语法错误', 'The query could not be parsed'],
  GRAPHQL_VALIDATION_FAILED: ['请求与接口定义不符', 'The query does not match the schema'],
  BAD_USER_INPUT: ['输入有误', 'Invalid input'],
  PERSISTED_QUERY_NOT_FOUND: ['请求未找到', 'Persisted query not found'],
  OPERATION_RESOLUTION_FAILURE: ['无法确定要执行的操作', 'Could not determine the operation to run'],
  BAD_REQUEST: ['请求无效', 'Bad request'],
};

/** What a client learns of a coded error: code, kind, messages, the field it concerns and its details. */
export function domainErrorExtensions(e: DomainError): Record<string, unknown> {
  return {
    ...e.details,
    code: e.code,
    kind: e.kind,
    messageZh: e.messageZh,
    messageEn: e.messageEn,
    ...(e.field ? { field: e.field.join('.') } : {}),
  };
}

/**
 * Every error leaves with a stable `code` and a Chinese and English message.
 * Unexpected errors are logged as one stripped line and reported as INTERNAL with only the
 * request id, which finds that line.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.messageZh,
      path: formatted.path,
      // Details first: a detail named like a standard key (TenantExists carries `code`) must not replace it.
      extensions: domainErrorExtensions(original),
    };
  }
  const ext = formatted.extensions ?? {};
  if (typeof ext.code === 'string' && typeof ext.messageZh === 'string' && typeof ext.messageEn === 'string') {
    // Raised already coded and bilingual outside a resolver (the query limits plugin): keep as is.
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: ext };
  }
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const known = FRAMEWORK_MESSAGES[code];
  if (known) {
    return {
      message: `${known[0]}：${formatted.message}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, messageZh: `${known[0]}：${formatted.message}`, messageEn: `${known[1]}: ${formatted.message}` },
    };
  }
  const requestId = logUnexpectedError(original);
  return {
    message: '系统内部错误',
    path: formatted.path,
    extensions: {
      code: 'INTERNAL',
      messageZh: '系统内部错误，请稍后重试',
      messageEn: 'Internal error, please try again later',
      ...(requestId ? { requestId } : {}),
    },
  };
}
