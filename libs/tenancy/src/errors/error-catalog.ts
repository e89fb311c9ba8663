import { DomainError, ErrorKind } from './domain-error';

type Text<A extends unknown[]> = string | ((...args: A) => string);

/** One coded error as a library declares it: code, kind, messages, and optionally field and details. */
export interface ErrorSpec<A extends unknown[] = never[], C extends string = string> {
  code: C;
  kind: ErrorKind;
  zh: Text<A>;
  en: Text<A>;
  /** The input field the error concerns, when it always concerns the same one. */
  field?: readonly string[] | ((...args: A) => readonly string[] | null);
  details?: (...args: A) => Record<string, unknown>;
}

type ArgsOf<S> = S extends { zh: (...args: infer A) => string }
  ? A
  : S extends { en: (...args: infer A) => string }
    ? A
    : S extends { details: (...args: infer A) => unknown }
      ? A
      : [];
type CodeOf<S> = S extends { code: infer C extends string } ? C : never;

/** A factory per error, carrying its code so callers and tests can name it without a string. */
export type ErrorFactories<T> = {
  [K in keyof T]: ((...args: ArgsOf<T[K]>) => DomainError<CodeOf<T[K]>>) & { readonly code: CodeOf<T[K]> };
};

/** The codes a library can raise, as a union type. */
export type CodesOf<F> = { [K in keyof F]: F[K] extends { code: infer C } ? C : never }[keyof F];

/** A spec as the implementation calls it: with whatever arguments the factory received. */
export type RuntimeErrorSpec = ErrorSpec<unknown[]>;

export interface ErrorCatalog {
  library: string;
  specs: Record<string, RuntimeErrorSpec>;
}

const catalogs: ErrorCatalog[] = [];

/** Every error catalog declared so far (docs/errors.md is printed from them). */
export function errorCatalogs(): readonly ErrorCatalog[] {
  return catalogs;
}

/**
 * Declares a library's coded errors. Each spec becomes a factory taking the arguments its
 * messages need; the declaration itself is data, so docs/errors.md lists every code.
 */
export function defineErrors<const T extends Record<string, ErrorSpec<never[], string>>>(library: string, specs: T): ErrorFactories<T> {
  if (!catalogs.some((c) => c.library === library)) catalogs.push({ library, specs: specs as unknown as Record<string, RuntimeErrorSpec> });
  const factories: Record<string, unknown> = {};
  for (const [name, declared] of Object.entries(specs)) {
    // Each factory passes on exactly the arguments its own messages declared.
    const spec = declared as unknown as RuntimeErrorSpec;
    const text = (t: Text<unknown[]>, args: unknown[]) => (typeof t === 'function' ? t(...args) : t);
    const factory = (...args: unknown[]) =>
      new DomainError(
        spec.code,
        spec.kind,
        text(spec.zh, args),
        text(spec.en, args),
        spec.details?.(...args) ?? {},
        typeof spec.field === 'function' ? spec.field(...args) : (spec.field ?? null),
      );
    factories[name] = Object.assign(factory, { code: spec.code });
  }
  return factories as ErrorFactories<T>;
}
