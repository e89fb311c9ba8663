import { Inject, Injectable } from '@nestjs/common';
import { Clock, fetchPage, isUuid, PageArgs, RequestContext, selectOne, selectRows, TenantDatabase } from '@county/tenancy';
import { PublicCounties } from '@county/catalog';
import { once } from '@county/cases';
import { EvaluationError } from '../evaluation.errors';
import { GRADES } from './grades';
import { loadRatings } from './rating-rows';
import { RATED_CASE_SELECT, RatedCase, recordRating } from './rating-writes';
import { GradeCount, PublicRatingView, RateCaseInput, RatingConnection, RatingFilter, RatingView } from './rating.types';

const CASE_NUMBER = /^\d{6}-\d{8}-\d{4,}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 好差评: one rating per finished case, at the window (the pad), by the village agent (代评) or on
 * the public lookup with the receipt's number and code; read by the county's supervisors.
 */
@Injectable()
export class Ratings {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(Clock) private readonly clock: Clock,
    private readonly counties: PublicCounties,
  ) {}

  /** Staff record the applicant's rating: a village agent's is marked as recorded by proxy. */
  rate(ctx: RequestContext, caseId: string, input: RateCaseInput): Promise<RatingView> {
    ctx.assertCan('create', 'Rating');
    const { idempotencyKey, ...request } = input;
    const channel = ctx.roles.includes('village_agent') && !ctx.roles.includes('window_clerk') ? 'agent' : 'window';
    return this.db.run(ctx, async (m) => {
      const id = await once(m, idempotencyKey, `rateCase:${caseId}`, request, async () => {
        const params: unknown[] = [isUuid(caseId) ? caseId : null];
        const read = ctx.allowedSql('read', 'Case', params);
        const c = await selectOne<RatedCase>(m, `${RATED_CASE_SELECT} WHERE c.id = $1 AND ${read} FOR UPDATE OF c`, params);
        if (!c) throw EvaluationError.CaseNotFound(caseId);
        return recordRating(m, ctx, c, input, { channel, anonymous: false, recordedBy: ctx.user.id }, this.clock.today());
      });
      const [view] = await loadRatings(m, [id]);
      return view;
    });
  }

  /**
   * The public lookup: the receipt's case number and verification code, no login. A wrong pair
   * answers NOT_FOUND whatever was wrong; the answer names nobody.
   */
  async ratePublic(countyCode: string, caseNumber: string, verificationCode: string, input: RateCaseInput): Promise<PublicRatingView> {
    const number = (caseNumber ?? '').trim();
    const code = (verificationCode ?? '').trim().toUpperCase();
    if (!CASE_NUMBER.test(number) || !/^[0-9A-Z]{6}$/.test(code)) throw EvaluationError.PublicCaseNotFound();
    const county = await this.counties.find(countyCode).catch(() => {
      throw EvaluationError.PublicCaseNotFound();
    });
    const { idempotencyKey, ...request } = input;
    const who = { tenantId: county.tenantId, user: null };
    return this.db.run({ tenantId: county.tenantId }, async (m) => {
      const c = await selectOne<RatedCase>(m, `${RATED_CASE_SELECT} WHERE c.case_number = $1 AND c.verification_code = $2 FOR UPDATE OF c`, [number, code]);
      if (!c) throw EvaluationError.PublicCaseNotFound();
      const id = await once(m, idempotencyKey, `ratePublicCase:${c.id}`, request, () =>
        recordRating(m, who, c, input, { channel: 'public', anonymous: true, recordedBy: null }, this.clock.today()),
      );
      const row = await selectOne<{ grade: RatingView['grade']; rated_at: Date }>(m, `SELECT grade, rated_at FROM case_rating WHERE id = $1`, [id]);
      return { caseNumber: number, grade: row!.grade, ratedAt: new Date(row!.rated_at).toISOString() };
    });
  }

  /** The rating of a case the caller may read, or null while it has none. */
  ofCase(ctx: RequestContext, caseId: string): Promise<RatingView | null> {
    return this.db.run(ctx, async (m) => {
      const params: unknown[] = [isUuid(caseId) ? caseId : null];
      const read = ctx.allowedSql('read', 'Case', params);
      if (!(await selectOne(m, `SELECT 1 FROM service_case c WHERE c.id = $1 AND ${read}`, params))) throw EvaluationError.CaseNotFound(caseId);
      const rating = await selectOne<{ id: string }>(m, `SELECT id FROM case_rating WHERE case_id = $1`, [caseId]);
      return rating ? ((await loadRatings(m, [rating.id]))[0] ?? null) : null;
    });
  }

  /** 评价列表: the ratings the caller may read, newest first, with the count of each grade under the same filters. */
  list(ctx: RequestContext, filter: RatingFilter, page: PageArgs): Promise<RatingConnection> {
    ctx.assertCan('read', 'Rating');
    for (const d of [filter.from, filter.to]) if (d && !DATE.test(d)) throw EvaluationError.RatingInvalid('from', '日期格式为 YYYY-MM-DD', 'a date is YYYY-MM-DD');
    if (filter.grades?.some((g) => !GRADES.includes(g))) throw EvaluationError.RatingInvalid('grades', '须为五级评价之一', 'one of the five grades');
    return this.db.run(ctx, async (m) => {
      const params: unknown[] = [filter.grades?.length ? filter.grades : null, filter.badOnly ?? false, filter.channel ?? null, filter.from ?? null, filter.to ?? null];
      const read = ctx.allowedSql('read', 'Rating', params);
      const where = `($1::text[] IS NULL OR r.grade = ANY ($1)) AND (NOT $2 OR r.bad) AND ($3::text IS NULL OR r.channel = $3)
         AND ($4::date IS NULL OR r.rated_on >= $4) AND ($5::date IS NULL OR r.rated_on <= $5) AND ${read}`;
      const found = await fetchPage<{ id: string }>(
        m,
        { sql: `SELECT r.id, r.rated_at FROM case_rating r WHERE ${where}`, params, keys: [{ column: 'rated_at', desc: true }, { column: 'id', desc: true }] },
        page,
      );
      const counts = await selectRows<{ grade: GradeCount['grade']; count: number }>(m, `SELECT r.grade, count(*)::int AS count FROM case_rating r WHERE ${where} GROUP BY r.grade`, params);
      const byGrade = new Map(counts.map((c) => [c.grade, c.count]));
      return {
        ...found,
        nodes: await loadRatings(m, found.nodes.map((n) => n.id)),
        gradeCounts: GRADES.map((grade) => ({ grade, count: byGrade.get(grade) ?? 0 })),
      };
    });
  }
}
