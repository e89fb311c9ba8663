/**
 * What kind of failure an error is. The kind, not the code, decides how an edge answers it
 * (HTTP status on plain routes), so a new library never edits a table of codes elsewhere.
 */
export const ERROR_KINDS = ['invalid', 'not_found', 'conflict', 'forbidden', 'unauthenticated', 'limit', 'unavailable'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/**
 * An expected failure with a stable code, a kind, a message in both languages and, where it
 * concerns an input, the path of the field (`['materials', '2', 'name']`).
 * One mapper (apps/api) turns it into a GraphQL error; nothing else needs to know GraphQL.
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly kind: ErrorKind,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly details: Record<string, unknown> = {},
    readonly field: readonly string[] | null = null,
  ) {
    super(messageEn);
    this.name = 'DomainError';
  }

  /** The same error about another field (rules know the rule; the caller knows where it applies). */
  at(field: readonly string[]): DomainError<Code> {
    return new DomainError(this.code, this.kind, this.messageZh, this.messageEn, this.details, field);
  }
}

export type ErrorFactory<A extends unknown[] = []> = (...args: A) => DomainError;

/**
 * Rules return every violation they find; this throws them as one error: the first, carrying
 * all of them in `details.violations`, so a form can show each beside its field at once.
 */
export function throwViolations(violations: readonly DomainError[]): void {
  if (violations.length === 0) return;
  const [first] = violations;
  if (violations.length === 1) throw first;
  throw new DomainError(first.code, first.kind, first.messageZh, first.messageEn, {
    ...first.details,
    violations: violations.map((v) => ({ code: v.code, field: v.field?.join('.') ?? null, messageZh: v.messageZh, messageEn: v.messageEn })),
  }, first.field);
}
