import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@county/tenancy';
import { CaseView } from '../case/case.types';
import { CaseMaterials } from './case-materials.service';
import { CaseMaterialFileView } from './material-file.types';

/** 材料照片 on a case; uploads and downloads go through CaseMaterialsController (multipart, bytes). */
@Resolver(() => CaseView)
export class CaseMaterialsResolver {
  constructor(private readonly service: CaseMaterials) {}

  @ResolveField(() => [CaseMaterialFileView], { complexity: 5, description: '材料照片与 PDF（文件在文件存储中） / the case’s material files' })
  materialFiles(@Ctx() ctx: RequestContext, @Parent() c: CaseView) {
    return this.service.list(ctx, c.id);
  }
}
