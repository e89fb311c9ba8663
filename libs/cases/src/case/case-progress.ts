import { Injectable } from '@nestjs/common';
import { Args, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public, RateLimited, selectOne, TenantDatabase } from '@county/tenancy';
import { PublicCounties } from '@county/catalog';
import { CasesError } from '../cases.errors';
import { CaseState } from './case-state';
import { CaseOutcome, CaseStateEnum } from './case.types';

@ObjectType('CaseProgress', { description: '办件进度（公开查询，不含个人信息） / a case’s progress, nothing personal' })
export class CaseProgressView {
  @Field() caseNumber: string;
  @Field() matterName: string;
  @Field(() => CaseStateEnum) state: CaseState;
  @Field() acceptedOn: string;
  @Field(() => String, { nullable: true }) dueDate: string | null;
  @Field() dueProvisional: boolean;
  @Field(() => CaseOutcome, { nullable: true }) outcome: CaseOutcome | null;
  @Field({ description: '受理单位，办结后在此领取 / where the case was accepted and its result is collected' }) acceptingUnitName: string;
  @Field({ description: '办理地点 / the address' }) place: string;
  @Field(() => String, { nullable: true }) closedAt: string | null;
}

/**
 * 办件进度查询 without login: the case number and the verification code printed on the receipt.
 * A wrong pair answers NOT_FOUND whatever was wrong, so numbers cannot be probed for codes; the
 * public 告知单 limit (per client address) applies.
 */
@Injectable()
export class CaseProgress {
  constructor(
    private readonly db: TenantDatabase,
    private readonly counties: PublicCounties,
  ) {}

  async find(countyCode: string, caseNumber: string, verificationCode: string): Promise<CaseProgressView> {
    const number = (caseNumber ?? '').trim();
    const code = (verificationCode ?? '').trim().toUpperCase();
    if (!/^\d{6}-\d{8}-\d{4,}$/.test(number) || !/^[0-9A-Z]{6}$/.test(code)) throw CasesError.ProgressNotFound();
    const county = await this.counties.find(countyCode).catch(() => {
      throw CasesError.ProgressNotFound();
    });
    const row = await this.db.run({ tenantId: county.tenantId }, (m) =>
      selectOne<{ case_number: string; matter_name: string; state: CaseState; accepted_on: string; due_date: string | null; due_provisional: boolean; outcome: CaseOutcome | null; unit: string; place: string | null; closed_at: Date | null }>(
        m,
        `SELECT c.case_number, c.matter_name, c.state, c.accepted_on::text AS accepted_on, c.due_date::text AS due_date, c.due_provisional,
                c.outcome, u.name AS unit, c.terms->>'place' AS place, c.closed_at
           FROM service_case c JOIN org_unit u ON u.tenant_id = c.tenant_id AND u.id = c.accepting_unit_id
          WHERE c.case_number = $1 AND c.verification_code = $2`,
        [number, code],
      ),
    );
    if (!row) throw CasesError.ProgressNotFound();
    return {
      caseNumber: row.case_number,
      matterName: row.matter_name,
      state: row.state,
      acceptedOn: row.accepted_on,
      dueDate: row.due_date,
      dueProvisional: row.due_provisional,
      outcome: row.outcome,
      acceptingUnitName: row.unit,
      place: row.place ?? '',
      closedAt: row.closed_at ? new Date(row.closed_at).toISOString() : null,
    };
  }
}

@Resolver()
export class CaseProgressResolver {
  constructor(private readonly progress: CaseProgress) {}

  @Query(() => CaseProgressView, { complexity: 2, description: '办件进度查询：受理编号和查询码 / a case’s progress by its number and verification code' })
  @Public()
  @RateLimited('notice')
  caseProgress(@Args('countyCode') countyCode: string, @Args('caseNumber') caseNumber: string, @Args('verificationCode') verificationCode: string) {
    return this.progress.find(countyCode, caseNumber, verificationCode);
  }
}
