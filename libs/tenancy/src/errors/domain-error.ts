/**
 * An expected failure with a stable code and a message in both languages.
 * One mapper (apps/api) turns it into a GraphQL error; nothing else needs to know GraphQL.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(messageEn);
    this.name = 'DomainError';
  }
}

export type ErrorFactory<A extends unknown[] = []> = (...args: A) => DomainError;
