import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isUuid } from '../database/ids';
import { SubjectRef } from './audit-detail';

/** How the audit log shows a subject: its name, and where the admin app opens it (null: nowhere). */
export interface AuditSubjectName {
  name: string;
  path: string | null;
}

/**
 * A library's way of naming the subjects its audit entries point at. It runs in the reader's
 * transaction, under row-level security, so what the reader may not see stays unnamed.
 */
export interface AuditSubjectResolver {
  /** The subject types it names (`Matter`, `User` …). */
  readonly types: readonly string[];
  /** Names for a batch of ids of one type; ids it cannot see are left out. */
  names(m: EntityManager, type: string, ids: string[]): Promise<Map<string, AuditSubjectName>>;
  /** Subjects whose name contains the text, at most `limit` of them. */
  search(m: EntityManager, text: string, limit: number): Promise<SubjectRef[]>;
}

export const subjectKey = (type: string, id: string) => `${type}:${id}`;

/** The most subjects a name search passes on to the log's query. */
export const SUBJECT_SEARCH_LIMIT = 500;

/** Every library's subject resolvers; each library module registers its own at start-up. */
@Injectable()
export class AuditSubjectResolvers {
  private readonly resolvers = new Map<string, AuditSubjectResolver>();

  register(resolver: AuditSubjectResolver): void {
    for (const type of resolver.types) this.resolvers.set(type, resolver);
  }

  withResolver(resolver: AuditSubjectResolver): this {
    this.register(resolver);
    return this;
  }

  /** Names for every subject referenced on a page of entries: one query per type. */
  async names(m: EntityManager, refs: readonly SubjectRef[]): Promise<Map<string, AuditSubjectName>> {
    const byType = new Map<string, Set<string>>();
    for (const ref of refs) {
      if (!this.resolvers.has(ref.type) || !isUuid(ref.id)) continue;
      byType.set(ref.type, (byType.get(ref.type) ?? new Set()).add(ref.id.toLowerCase()));
    }
    const named = new Map<string, AuditSubjectName>();
    for (const [type, ids] of byType) {
      const found = await this.resolvers.get(type)!.names(m, type, [...ids]);
      for (const [id, name] of found) named.set(subjectKey(type, id), name);
    }
    return named;
  }

  /** Subjects of every library whose name contains the text. */
  async search(m: EntityManager, text: string): Promise<SubjectRef[]> {
    const found: SubjectRef[] = [];
    for (const resolver of new Set(this.resolvers.values())) found.push(...(await resolver.search(m, text, SUBJECT_SEARCH_LIMIT)));
    return found.slice(0, SUBJECT_SEARCH_LIMIT);
  }
}
