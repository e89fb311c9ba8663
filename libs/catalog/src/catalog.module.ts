import { Module } from '@nestjs/common';
import { CatalogResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';
import { GuideResolver } from './guide/guide.resolver';
import { GuideService } from './guide/guide.service';
import { NoticeController } from './notice/notice.controller';
import { NoticeService } from './notice/notice.service';

/** The standard catalog and the public guide. Needs TenancyModule (global) for the database. */
@Module({
  controllers: [NoticeController],
  providers: [CatalogService, GuideService, CatalogResolver, GuideResolver, NoticeService],
  exports: [CatalogService, GuideService],
})
export class CatalogModule {}
