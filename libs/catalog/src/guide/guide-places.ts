import { Field, ObjectType } from '@nestjs/graphql';
import { EntityManager } from 'typeorm';
import { nameMatchSql, searchTerms, selectRows } from '@county/tenancy';
import { Tier } from '../content/catalog-enums';

@ObjectType({ description: '办事指南中的地点：乡镇或村（社区）/ a township or village in the public guide' })
export class GuidePlace {
  @Field({ description: '12 位区划代码 / 12-digit division code' }) code: string;
  @Field() name: string;
  @Field(() => Tier) tier: Tier;
  @Field(() => String, { nullable: true, description: '便民服务中心或服务站 / its service center or station' }) centerName: string | null;
  @Field(() => String, { nullable: true, description: '村所属乡镇 / the township of a village' }) townshipName: string | null;
}

export interface PlaceQuery {
  /** name, pinyin, initials or a mix ("城关镇", "chengguanzhen", "cgz", "城关z"), or a code */
  query?: string | null;
  /** the villages of this township (12-digit code) */
  townshipCode?: string | null;
  first: number;
}

/**
 * The county's townships and villages a citizen picks from instead of typing a 12-digit code:
 * by name, pinyin or initials; the villages of one township; or, with neither, the townships.
 * Townships before villages, then in pinyin order.
 */
export async function guidePlaces(m: EntityManager, q: PlaceQuery): Promise<GuidePlace[]> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [`u.kind IN ('township', 'village')`];
  const text = (q.query ?? '').trim();
  if (text) {
    const terms = searchTerms(text);
    where.push(`(${[...nameMatchSql(terms, 'u', param), `u.code = ${param(terms.text)}`].join(' OR ')})`);
  }
  if (q.townshipCode) where.push(`p.code = ${param(q.townshipCode)} AND u.kind = 'village'`);
  else if (!text) where.push(`u.kind = 'township'`);
  const rows = await selectRows<{ code: string; name: string; kind: string; township_name: string | null; center_name: string | null }>(
    m,
    `SELECT u.code, u.name, u.kind, CASE WHEN u.kind = 'village' THEN p.name END AS township_name,
            (SELECT c.name FROM org_unit c WHERE c.tenant_id = u.tenant_id AND c.parent_id = u.id AND c.kind = 'service_center' ORDER BY c.code LIMIT 1) AS center_name
       FROM org_unit u LEFT JOIN org_unit p ON p.tenant_id = u.tenant_id AND p.id = u.parent_id
      WHERE ${where.join(' AND ')}
      ORDER BY u.kind = 'village', u.pinyin, u.code
      LIMIT ${param(q.first)}`,
    params,
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    tier: r.kind === 'township' ? Tier.TOWNSHIP : Tier.VILLAGE,
    centerName: r.center_name,
    townshipName: r.township_name,
  }));
}
