import { Injectable } from '@nestjs/common';
import { isUuid, RequestContext, TenantDatabase } from '@county/tenancy';
import { isIsoDate } from '../beijing-date';
import { CatalogError } from '../catalog.errors';
import { CatalogLedger, catalogLedger } from './catalog-ledger';
import { LedgerError } from './ledger.errors';
import { compareSides } from './ledger-measures';
import { loadLedgerMatters, loadVersionContents } from './ledger-reads';
import { ledgerSide } from './ledger-side';
import { MatterComparisonView } from './ledger.types';

/** 改革台账: what the reform changed, per matter and over the whole catalog. Read-only. */
@Injectable()
export class LedgerService {
  constructor(private readonly db: TenantDatabase) {}

  /** Two versions of one matter; drafts only for those who may edit, as matterVersion reads them. */
  async compareVersions(ctx: RequestContext, matterId: string, fromVersion: number, toVersion: number): Promise<MatterComparisonView> {
    ctx.assertCan('read', 'Matter');
    if (!isUuid(matterId)) throw CatalogError.NotFound(matterId);
    const found = await this.db.run(ctx, (m) => loadVersionContents(m, matterId, [fromVersion, toVersion], ctx.can('update', 'Matter')));
    const from = found?.versions.get(fromVersion);
    const to = found?.versions.get(toVersion);
    if (!from) throw CatalogError.VersionNotFound(matterId, fromVersion);
    if (!to) throw CatalogError.VersionNotFound(matterId, toVersion);
    const before = ledgerSide(fromVersion, from.effectiveFrom, from.content);
    const after = ledgerSide(toVersion, to.effectiveFrom, to.content);
    return { matterId, implementationCode: found!.implementationCode, name: after.name, before, after, measures: compareSides(before, after) };
  }

  /** The catalog in force at two dates (Beijing calendar dates), matter by matter and summed. */
  async catalogLedger(ctx: RequestContext, fromDate: string, toDate: string, changedOnly = false): Promise<CatalogLedger> {
    ctx.assertCan('read', 'Matter');
    for (const d of [fromDate, toDate]) if (!isIsoDate(d)) throw LedgerError.DateInvalid(d);
    if (fromDate > toDate) throw LedgerError.RangeInvalid(fromDate, toDate);
    const matters = await this.db.run(ctx, (m) => loadLedgerMatters(m));
    return catalogLedger(matters, fromDate, toDate, changedOnly);
  }

  /** The county's name for titles (单位名称). */
  async countyName(ctx: RequestContext): Promise<string> {
    const [row] = await this.db.run(ctx, (m) => m.query(`SELECT name FROM tenant WHERE id = $1`, [ctx.tenantId]));
    return row?.name ?? '';
  }
}
