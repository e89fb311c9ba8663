import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AuditResolver } from './audit/audit.resolver';
import { AuditLogService } from './audit/audit-log.service';
import { AuditSubjectResolvers } from './audit/audit-subjects';
import { AuditXlsxController } from './audit/audit-xlsx.controller';
import { TENANCY_AUDIT_SUBJECTS } from './tenancy.audit-subjects';
import { AuditCheckpointer } from './audit/audit-checkpointer';
import { AuditCheckpoints } from './audit/audit-checkpoints';
import { AuditKey, bindAuditKey } from './audit/audit-key';
import { AUDIT_SETTINGS, AuditSettings, checkpointsOf } from './audit/audit-settings';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { AUTH_SETTINGS, AuthSettings } from './auth/auth-settings';
import { MeService } from './auth/me.service';
import { AuthGuard } from './context/auth.guard';
import { ContextLoader } from './context/context-loader';
import { TenantDatabase } from './database/tenant-database';
import { TransactionInterceptor } from './database/transaction.interceptor';
import { Clock, SystemClock } from './time/clock';
import { PERMISSIONS, PermissionDefinition } from './context/permissions';
import { DelegationsResolver } from './delegations/delegations.resolver';
import { DelegationsService } from './delegations/delegations.service';
import { OrgResolver } from './org/org.resolver';
import { OrgService } from './org/org.service';
import { TenantsResolver } from './tenants/tenants.resolver';
import { TenantsService } from './tenants/tenants.service';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';
import { RateLimitGuard } from './http/rate-limit.guard';
import { RefusalLog } from './audit/refusal-log';
import { RefusalInterceptor } from './audit/refusal.interceptor';
import { RATE_LIMIT_SETTINGS, RateLimits, RateLimitSettings, rateLimitsFrom } from './http/rate-limits';

export interface TenancyModuleOptions {
  /** Connected as the application role. */
  dataSource: DataSource;
  auth: AuthSettings;
  /** The audit key and where chain heads are anchored; the key is bound to `dataSource` for every append. */
  audit: AuditSettings;
  /** Every library's permissions, composed by the app. */
  permissions: readonly PermissionDefinition[];
  /** The system time unless a test sets its own. */
  clock?: Clock;
  /** Requests per minute per client address; from RATE_LIMIT_* unless given. */
  rateLimits?: RateLimitSettings;
}

@Module({})
export class TenancyModule {
  static forRoot(options: TenancyModuleOptions): DynamicModule {
    bindAuditKey(options.dataSource, options.audit.key);
    const services = [ContextLoader, AuthService, MeService, OrgService, UsersService, TenantsService, DelegationsService, RefusalLog, AuditLogService];
    return {
      module: TenancyModule,
      global: true,
      controllers: [AuditXlsxController],
      providers: [
        // Each library module registers how its subjects are named; tenancy's are there from the start.
        { provide: AuditSubjectResolvers, useFactory: () => new AuditSubjectResolvers().withResolver(TENANCY_AUDIT_SUBJECTS) },
        { provide: TenantDatabase, useValue: new TenantDatabase(options.dataSource) },
        { provide: AUTH_SETTINGS, useValue: options.auth },
        { provide: AUDIT_SETTINGS, useValue: options.audit },
        { provide: AuditKey, useValue: options.audit.key },
        { provide: AuditCheckpoints, useValue: checkpointsOf(options.audit) },
        AuditCheckpointer,
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: PERMISSIONS, useValue: options.permissions },
        { provide: RATE_LIMIT_SETTINGS, useValue: options.rateLimits ?? rateLimitsFrom(process.env) },
        RateLimits,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        // Outermost: it sees a refused call after its transaction has rolled back.
        { provide: APP_INTERCEPTOR, useClass: RefusalInterceptor },
        { provide: APP_INTERCEPTOR, useClass: TransactionInterceptor },
        ...services,
        AuthResolver,
        OrgResolver,
        UsersResolver,
        TenantsResolver,
        DelegationsResolver,
        AuditResolver,
      ],
      exports: [TenantDatabase, AuditSubjectResolvers, AUTH_SETTINGS, AuditKey, AuditCheckpoints, AuditCheckpointer, Clock, RateLimits, ...services],
    };
  }
}
