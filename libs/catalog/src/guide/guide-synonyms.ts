import { Injectable } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { EntityManager } from 'typeorm';
import { RequestContext, selectRows, TenantDatabase } from '@county/tenancy';
import { CatalogError } from '../catalog.errors';
import { catalogAudit } from '../catalog.audit';

@ObjectType({ description: '检索同义词：群众常说的词 → 事项名称中的词 / a word people type for words of a matter name' })
export class GuideSynonym {
  @Field({ description: '如“低保” / e.g. 低保' }) term: string;
  @Field({ description: '如“最低生活保障” / e.g. 最低生活保障' }) expansion: string;
  @Field() createdAt: string;
}

const normalTerm = (term: string) => (term ?? '').trim().toLowerCase();

/** The expansions of every synonym the query contains: what the search also looks for in names. */
export async function synonymExpansions(m: EntityManager, text: string): Promise<string[]> {
  if (!text) return [];
  const rows = await selectRows<{ expansion: string }>(m, `SELECT expansion FROM guide_synonym WHERE strpos($1, term) > 0 ORDER BY term`, [text]);
  return rows.map((r) => r.expansion);
}

/** 检索同义词, kept by the county's catalog administrator; the guide's search reads them as that tenant. */
@Injectable()
export class GuideSynonyms {
  constructor(private readonly db: TenantDatabase) {}

  list(ctx: RequestContext): Promise<GuideSynonym[]> {
    ctx.assertCan('read', 'Matter');
    return this.db.run(ctx, async (m) =>
      (await selectRows<{ term: string; expansion: string; created_at: Date }>(m, `SELECT term, expansion, created_at FROM guide_synonym ORDER BY term`)).map((r) => ({
        term: r.term,
        expansion: r.expansion,
        createdAt: new Date(r.created_at).toISOString(),
      })),
    );
  }

  set(ctx: RequestContext, rawTerm: string, rawExpansion: string): Promise<GuideSynonym> {
    ctx.assertCan('update', 'Matter');
    const term = normalTerm(rawTerm);
    const expansion = (rawExpansion ?? '').trim();
    if (term.length < 1 || term.length > 20 || expansion.length < 1 || expansion.length > 40 || term === expansion.toLowerCase()) throw CatalogError.SynonymInvalid();
    return this.db.run(ctx, async (m) => {
      const [row] = await selectRows<{ created_at: Date; before: string | null }>(
        m,
        `INSERT INTO guide_synonym AS g (tenant_id, term, expansion, created_by) VALUES (current_tenant_id(), $1, $2, $3)
         ON CONFLICT (tenant_id, term) DO UPDATE SET expansion = EXCLUDED.expansion
         RETURNING g.created_at, (SELECT expansion FROM guide_synonym WHERE term = $1) AS before`,
        [term, expansion, ctx.user.id],
      );
      await catalogAudit(m, ctx, 'guide_synonym_set', null, { term, expansion, before: row.before });
      return { term, expansion, createdAt: new Date(row.created_at).toISOString() };
    });
  }

  remove(ctx: RequestContext, rawTerm: string): Promise<boolean> {
    ctx.assertCan('update', 'Matter');
    const term = normalTerm(rawTerm);
    return this.db.run(ctx, async (m) => {
      const [row] = await selectRows<{ expansion: string }>(m, `DELETE FROM guide_synonym WHERE term = $1 RETURNING expansion`, [term]);
      if (!row) throw CatalogError.SynonymNotFound(term);
      await catalogAudit(m, ctx, 'guide_synonym_removed', null, { term, expansion: row.expansion });
      return true;
    });
  }
}
