import { Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext } from '@county/tenancy';
import { CatalogWorkService } from './catalog-work.service';
import { CatalogWork } from './catalog-work.types';

@Resolver()
export class CatalogWorkResolver {
  constructor(private readonly work: CatalogWorkService) {}

  @Query(() => CatalogWork, { complexity: 5, description: '首页待办：草稿、待施行版本、未生效的本地时限 / what the person has to do now' })
  @Allow('read', 'Matter')
  catalogWork(@Ctx() ctx: RequestContext) {
    return this.work.work(ctx);
  }
}
