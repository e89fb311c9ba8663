import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, escapeLike, fetchPage, mapPage, Page, RequestContext, requireAccess, requirePlace, selectRows, TenantDatabase } from '@county/tenancy';
import { CasesError } from '../cases.errors';
import { casesAudit } from '../cases.audit';
import { checkAddress, checkIdNumber, checkName, checkPhone } from './applicant-input';
import { APPLICANT_COLUMNS, APPLICANT_FROM, ApplicantRow, applicantView } from './applicant-rows';
import { ApplicantsArgs, ApplicantView, RegisterApplicantInput, UpdateApplicantInput } from './applicant.types';
import { maskIdNumber } from './id-mask';
import { PiiCipher } from './pii-cipher';
import { normalizePhone } from './applicant-phone';

const SUBJECT = 'Applicant';
const RESIDENCE_KINDS = ['village', 'township'];

/**
 * 申请人 of a county. The ID number is checked, encrypted (SM4) and found by its keyed hash; the
 * API shows it masked, and the full number only to a role that needs it, each time on the audit log.
 */
@Injectable()
export class Applicants {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  register(ctx: RequestContext, input: RegisterApplicantInput): Promise<ApplicantView> {
    ctx.assertCan('create', SUBJECT);
    // Every check on the input comes first: bad input changes nothing.
    const id = checkIdNumber(input.kind, input.idNumber, this.clock.today());
    const name = checkName(input.name);
    const phone = checkPhone(input.phone);
    const address = checkAddress(input.address);
    const unitId = input.residenceUnitId?.trim() || null;
    const hash = this.cipher.lookupHash(id.number);
    return this.db.run(ctx, async (m) => {
      await this.checkResidence(m, ctx, 'create', unitId);
      const [taken] = await selectRows<{ id: string; path: string | null }>(
        m,
        `SELECT ap.id, u.path::text AS path FROM applicant ap LEFT JOIN org_unit u ON u.tenant_id = ap.tenant_id AND u.id = ap.residence_unit_id WHERE ap.id_hash = $1`,
        [hash],
      );
      if (taken) throw CasesError.ApplicantDuplicate(ctx.can('create', SUBJECT, { path: taken.path }) ? taken.id : null);
      const masked = maskIdNumber(id.number);
      const [row] = await selectRows<{ id: string }>(
        m,
        `INSERT INTO applicant (tenant_id, kind, name, id_kind, id_cipher, id_hash, id_masked, birth_date, phone, address, residence_unit_id,
                                disabled, low_income, entitled, created_by)
         VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7::date, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (tenant_id, id_hash) DO NOTHING RETURNING id`,
        [input.kind, name, id.idKind, this.cipher.encrypt(id.number), hash, masked, id.birthDate, phone, address, unitId,
          !!input.disabled, !!input.lowIncome, !!input.entitled, ctx.user.id],
      );
      // Registered at the same moment by someone else.
      if (!row) throw CasesError.ApplicantDuplicate(null);
      await casesAudit(m, ctx, 'applicant_registered', { type: SUBJECT, id: row.id }, { applicantKind: input.kind, idNumberMasked: masked });
      return this.load(m, row.id);
    });
  }

  update(ctx: RequestContext, id: string, input: UpdateApplicantInput): Promise<ApplicantView> {
    return this.db.run(ctx, async (m) => {
      // Another county's or village's applicant does not exist for the caller; one she may only read is FORBIDDEN.
      await requireAccess(m, ctx, 'read', SUBJECT, [id]);
      ctx.assertCan('update', SUBJECT);
      await requireAccess(m, ctx, 'update', SUBJECT, [id]);
      const set: string[] = [];
      const params: unknown[] = [id];
      const changed: string[] = [];
      const put = (column: string, field: string, value: unknown) => {
        params.push(value);
        set.push(`${column} = $${params.length}`);
        changed.push(field);
      };
      if (input.name != null) put('name', 'name', checkName(input.name));
      if (input.phone !== undefined) put('phone', 'phone', checkPhone(input.phone));
      if (input.address !== undefined) put('address', 'address', checkAddress(input.address));
      if (input.residenceUnitId !== undefined) {
        const unitId = input.residenceUnitId?.trim() || null;
        await this.checkResidence(m, ctx, 'update', unitId);
        put('residence_unit_id', 'residenceUnitId', unitId);
      }
      if (input.disabled != null) put('disabled', 'disabled', input.disabled);
      if (input.lowIncome != null) put('low_income', 'lowIncome', input.lowIncome);
      if (input.entitled != null) put('entitled', 'entitled', input.entitled);
      if (set.length) {
        await m.query(`UPDATE applicant SET ${set.join(', ')}, updated_at = now() WHERE id = $1`, params);
        await casesAudit(m, ctx, 'applicant_updated', { type: SUBJECT, id }, { changed });
      }
      return this.load(m, id);
    });
  }

  get(ctx: RequestContext, id: string): Promise<ApplicantView> {
    return this.db.run(ctx, async (m) => {
      await requireAccess(m, ctx, 'read', SUBJECT, [id]);
      return this.load(m, id);
    });
  }

  /** The full ID number, for a role that needs it; every reveal is an audit entry. */
  reveal(ctx: RequestContext, id: string): Promise<string> {
    return this.db.run(ctx, async (m) => {
      await requireAccess(m, ctx, 'read', SUBJECT, [id]);
      ctx.assertCan('reveal', SUBJECT);
      await requireAccess(m, ctx, 'reveal', SUBJECT, [id]);
      const [row] = await selectRows<{ id_cipher: string; id_masked: string }>(m, `SELECT id_cipher, id_masked FROM applicant WHERE id = $1`, [id]);
      await casesAudit(m, ctx, 'applicant_id_revealed', { type: SUBJECT, id }, { idNumberMasked: row.id_masked });
      return this.cipher.decrypt(row.id_cipher);
    });
  }

  /** Newest first; `search` is a full ID number (by its keyed hash), a phone, or part of a name. */
  list(ctx: RequestContext, args: ApplicantsArgs): Promise<Page<ApplicantView>> {
    ctx.assertCan('read', SUBJECT);
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [ctx.allowedSql('read', SUBJECT, params)];
    const search = (args.search ?? '').trim();
    if (/^[0-9A-Za-z]{18}$/.test(search.replace(/\s+/g, ''))) {
      where.push(`ap.id_hash = ${param(this.cipher.lookupHash(search.replace(/\s+/g, '').toUpperCase()))}`);
    } else if (/^[\d\s-]{3,}$/.test(search)) {
      where.push(`replace(ap.phone, '-', '') LIKE ${param(`%${escapeLike(normalizePhone(search).replace(/-/g, ''))}%`)}`);
    } else if (search) {
      where.push(`ap.name ILIKE ${param(`%${escapeLike(search)}%`)}`);
    }
    const today = this.clock.today();
    return this.db.run(ctx, async (m) => {
      const page = await fetchPage<ApplicantRow>(
        m,
        { sql: `SELECT ${APPLICANT_COLUMNS} FROM ${APPLICANT_FROM} WHERE ${where.join(' AND ')}`, params, keys: [{ column: 'created_at', desc: true }, { column: 'id' }] },
        args,
      );
      return mapPage(page, (rows) => rows.map((r) => applicantView(r, today)));
    });
  }

  /**
   * Where the applicant lives: a village or township of the county that the caller may place
   * applicants in. Without one, only a county-wide role may register.
   */
  private async checkResidence(m: EntityManager, ctx: RequestContext, action: 'create' | 'update', unitId: string | null): Promise<void> {
    if (!unitId) {
      if (!ctx.can(action, SUBJECT, { path: null })) {
        throw CasesError.ApplicantInvalid('residenceUnitId', '请选择申请人居住的村（社区）', 'name the village the applicant lives in');
      }
      return;
    }
    await requirePlace(m, ctx, action, SUBJECT, [unitId]);
    const [unit] = await selectRows<{ kind: string }>(m, `SELECT kind FROM org_unit WHERE id = $1`, [unitId]);
    if (!RESIDENCE_KINDS.includes(unit.kind)) {
      throw CasesError.ApplicantInvalid('residenceUnitId', '居住地须为村（社区）或乡镇', 'the residence must be a village or a township');
    }
  }

  private async load(m: EntityManager, id: string): Promise<ApplicantView> {
    const [row] = await selectRows<ApplicantRow>(m, `SELECT ${APPLICANT_COLUMNS} FROM ${APPLICANT_FROM} WHERE ap.id = $1`, [id]);
    if (!row) throw CasesError.ApplicantNotFound(id);
    return applicantView(row, this.clock.today());
  }
}
