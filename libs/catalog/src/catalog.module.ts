import { Module } from '@nestjs/common';
import { CatalogResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';
import { GuideResolver } from './guide/guide.resolver';
import { GuideService } from './guide/guide.service';

/** The standard catalog and the public guide. Needs TenancyModule (global) for the database. */
@Module({
  providers: [CatalogService, GuideService, CatalogResolver, GuideResolver],
  exports: [CatalogService, GuideService],
})
export class CatalogModule {}
