/** A text in both languages of the interface. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** How one key of an entry's `detail` reads on screen. */
export interface AuditDetailLabel extends Bilingual {
  /** The value is the id of this subject type: it is shown by name where the reader may see it. */
  refers?: string;
  /** The value is a code: how each code reads (`wrong_password` → 密码错误 / wrong password). */
  values?: Readonly<Record<string, Bilingual>>;
}

/**
 * What a library's audit entries mean to a reader, declared beside its action list: the
 * library's own name, a label for every action (the type makes a missing one a compile error),
 * and labels for the detail keys it writes.
 */
export interface AuditVocabulary<A extends string = string> {
  library: Bilingual;
  actions: Readonly<Record<A, Bilingual>>;
  details: Readonly<Record<string, AuditDetailLabel>>;
  /** The subject types its entries point at (`Matter` → 事项 / Matter). */
  subjects: Readonly<Record<string, Bilingual>>;
}

export interface RegisteredAuditLibrary {
  library: string;
  actions: readonly string[];
  vocabulary: AuditVocabulary;
}

const registered = new Map<string, RegisteredAuditLibrary>();

export function registerAuditVocabulary(library: string, actions: readonly string[], vocabulary: AuditVocabulary): void {
  registered.set(library, { library, actions, vocabulary });
}

/** Every library's audit actions and their labels, in registration order. */
export function auditLibraries(): readonly RegisteredAuditLibrary[] {
  return [...registered.values()];
}

/** The library that records this action, or undefined for a code no library declares (any more). */
export function libraryOfAction(action: string): RegisteredAuditLibrary | undefined {
  return auditLibraries().find((l) => l.actions.includes(action));
}

/** How an action reads; an undeclared code reads as itself in both languages. */
export function actionLabel(action: string): Bilingual {
  const label = libraryOfAction(action)?.vocabulary.actions[action];
  return label ?? { zh: action, en: action };
}

/** A detail key's label: the acting library's own first, then any library's, else the key itself. */
export function detailLabel(action: string, key: string): AuditDetailLabel {
  const own = libraryOfAction(action)?.vocabulary.details[key];
  if (own) return own;
  for (const l of auditLibraries()) if (l.vocabulary.details[key]) return l.vocabulary.details[key];
  return { zh: key, en: key };
}

/** How a subject type reads; an undeclared type reads as itself. */
export function subjectTypeLabel(type: string): Bilingual {
  for (const l of auditLibraries()) if (l.vocabulary.subjects[type]) return l.vocabulary.subjects[type];
  return { zh: type, en: type };
}
