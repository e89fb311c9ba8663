import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext } from '@county/tenancy';
import { GuideSynonym, GuideSynonyms } from './guide-synonyms';

@Resolver()
export class GuideSynonymsResolver {
  constructor(private readonly synonyms: GuideSynonyms) {}

  @Query(() => [GuideSynonym], { description: '本县的检索同义词 / the county’s search synonyms' })
  @Allow('read', 'Matter')
  guideSynonyms(@Ctx() ctx: RequestContext) {
    return this.synonyms.list(ctx);
  }

  @Mutation(() => GuideSynonym, { description: '设置检索同义词（已有则改） / set a search synonym' })
  @Allow('update', 'Matter')
  setGuideSynonym(@Ctx() ctx: RequestContext, @Args('term') term: string, @Args('expansion') expansion: string) {
    return this.synonyms.set(ctx, term, expansion);
  }

  @Mutation(() => Boolean, { description: '删除检索同义词 / remove a search synonym' })
  @Allow('update', 'Matter')
  removeGuideSynonym(@Ctx() ctx: RequestContext, @Args('term') term: string) {
    return this.synonyms.remove(ctx, term);
  }
}
