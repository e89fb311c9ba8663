import { CodesOf, defineErrors } from '@county/tenancy';

/** Coded errors the API itself raises, before or around the domain libraries. */
export const ApiError = defineErrors('api', {
  InvalidInput: {
    code: 'INVALID_INPUT',
    kind: 'invalid',
    zh: (names: string) => `输入有误：${names}`,
    en: (names: string) => `Invalid input: ${names}`,
  },
  InvalidCharacters: {
    code: 'INVALID_CHARACTERS',
    kind: 'invalid',
    zh: (field: string) => `输入含有无效字符：${field}`,
    en: (field: string) => `Invalid characters (a NUL byte or a broken surrogate pair) in ${field}`,
    details: (field: string) => ({ fields: [{ field, rules: ['characters'] }] }),
  },
  QueryTooDeep: {
    code: 'QUERY_TOO_DEEP',
    kind: 'limit',
    zh: (depth: number, maxDepth: number) => `查询嵌套过深（${depth} 层，上限 ${maxDepth}）`,
    en: (depth: number, maxDepth: number) => `Query is too deep (${depth}, limit ${maxDepth})`,
    details: (depth: number, maxDepth: number) => ({ depth, maxDepth }),
  },
  QueryTooComplex: {
    code: 'QUERY_TOO_COMPLEX',
    kind: 'limit',
    zh: (complexity: number | string, maxComplexity: number) => `查询过于复杂（代价 ${complexity}，上限 ${maxComplexity}）`,
    en: (complexity: number | string, maxComplexity: number) => `Query is too costly (${complexity}, limit ${maxComplexity})`,
    details: (complexity: number | string, maxComplexity: number) => ({ complexity, maxComplexity }),
  },
  QueryTooLarge: {
    code: 'QUERY_TOO_LARGE',
    kind: 'limit',
    zh: (cost: number, maxCost: number) => `查询可能返回的数据过多（估计 ${cost} 项，上限 ${maxCost}）：请减少每页条数或别名`,
    en: (cost: number, maxCost: number) => `Query may return too much (an estimated ${cost} items, limit ${maxCost}): ask for smaller pages or fewer aliases`,
    details: (cost: number, maxCost: number) => ({ cost, maxCost }),
  },
  PayloadTooLarge: {
    code: 'PAYLOAD_TOO_LARGE',
    kind: 'limit',
    zh: (limit: string) => `请求过大（上限 ${limit}）`,
    en: (limit: string) => `Request too large (limit ${limit})`,
  },
  InvalidJson: {
    code: 'INVALID_JSON',
    kind: 'invalid',
    zh: '请求不是有效的 JSON',
    en: 'The request body is not valid JSON',
  },
  NotReady: {
    code: 'NOT_READY',
    kind: 'unavailable',
    zh: (missing: string[]) => `服务尚未就绪：数据库缺少迁移 ${missing.join('、')}`,
    en: (missing: string[]) => `Not ready: the database lacks the migrations ${missing.join(', ')}`,
    details: (missing: string[]) => ({ missing }),
  },
  Internal: {
    code: 'INTERNAL',
    kind: 'unavailable',
    zh: '系统内部错误，请稍后重试',
    en: 'Internal error, please try again later',
  },
});

export type ApiErrorCode = CodesOf<typeof ApiError>;
