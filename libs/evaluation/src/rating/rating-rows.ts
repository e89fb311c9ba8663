import { EntityManager } from 'typeorm';
import { selectRows } from '@county/tenancy';
import { Channel, Dimension, Grade } from './grades';
import { RatingView } from './rating.types';

interface RatingRow {
  id: string;
  case_id: string;
  case_number: string | null;
  matter_name: string;
  grade: Grade;
  dimensions: { dimension: Dimension; grade: Grade }[];
  comment: string | null;
  channel: Channel;
  by_proxy: boolean;
  anonymous: boolean;
  bad: boolean;
  accepting_unit_id: string;
  accepting_unit_name: string;
  deciding_unit_id: string;
  deciding_unit_name: string;
  accepted_by: string | null;
  accepted_by_name: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
  recorded_by: string | null;
  recorded_by_name: string | null;
  rated_at: Date;
  rectification_id: string | null;
}

const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

/** Ratings by id, in the order asked (visibility is the caller's filter: it passes only ids it may see). */
export async function loadRatings(m: EntityManager, ids: string[]): Promise<RatingView[]> {
  if (!ids.length) return [];
  const rows = await selectRows<RatingRow>(
    m,
    `SELECT r.id, r.case_id, c.case_number, c.matter_name, r.grade, r.dimensions, r.comment, r.channel, r.by_proxy, r.anonymous, r.bad,
            r.accepting_unit_id, au.name AS accepting_unit_name, r.deciding_unit_id, du.name AS deciding_unit_name,
            r.accepted_by, ab.display_name AS accepted_by_name, r.decided_by, db.display_name AS decided_by_name,
            r.recorded_by, rb.display_name AS recorded_by_name, r.rated_at, x.id AS rectification_id
       FROM case_rating r
       JOIN service_case c ON c.tenant_id = r.tenant_id AND c.id = r.case_id
       JOIN org_unit au ON au.tenant_id = r.tenant_id AND au.id = r.accepting_unit_id
       JOIN org_unit du ON du.tenant_id = r.tenant_id AND du.id = r.deciding_unit_id
       LEFT JOIN app_user ab ON ab.tenant_id = r.tenant_id AND ab.id = r.accepted_by
       LEFT JOIN app_user db ON db.tenant_id = r.tenant_id AND db.id = r.decided_by
       LEFT JOIN app_user rb ON rb.tenant_id = r.tenant_id AND rb.id = r.recorded_by
       LEFT JOIN rectification x ON x.tenant_id = r.tenant_id AND x.rating_id = r.id
      WHERE r.id = ANY ($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .map((id) => byId.get(id))
    .filter((r): r is RatingRow => !!r)
    .map((r) => ({
      id: r.id,
      caseId: r.case_id,
      caseNumber: r.case_number,
      matterName: r.matter_name,
      grade: r.grade,
      dimensions: r.dimensions ?? [],
      comment: r.comment,
      channel: r.channel,
      byProxy: r.by_proxy,
      anonymous: r.anonymous,
      bad: r.bad,
      acceptingUnit: { id: r.accepting_unit_id, name: r.accepting_unit_name },
      decidingUnit: { id: r.deciding_unit_id, name: r.deciding_unit_name },
      acceptedBy: person(r.accepted_by, r.accepted_by_name),
      decidedBy: person(r.decided_by, r.decided_by_name),
      recordedBy: person(r.recorded_by, r.recorded_by_name),
      ratedAt: new Date(r.rated_at).toISOString(),
      rectificationId: r.rectification_id,
    }));
}
