import { Controller, Get, Header } from '@nestjs/common';
import { Public, TenantDatabase } from '@county/tenancy';
import { PLATFORM_SCHEMA } from '../bootstrap/schema';
import { checkReadiness } from './readiness';

/** Probes for load balancers and orchestrators: no login, no tenant, nothing cached. */
@Controller()
export class HealthController {
  constructor(private readonly db: TenantDatabase) {}

  /** The process is alive and serving HTTP. */
  @Get('healthz')
  @Public()
  @Header('cache-control', 'no-store')
  healthz(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The database answers and every migration has run: 200; otherwise 503 with a coded body. */
  @Get('readyz')
  @Public()
  @Header('cache-control', 'no-store')
  async readyz(): Promise<{ status: 'ready'; migrations: number }> {
    const migrations = await checkReadiness(this.db, PLATFORM_SCHEMA.migrations);
    return { status: 'ready', migrations };
  }
}
