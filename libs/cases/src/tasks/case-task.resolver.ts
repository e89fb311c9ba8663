import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext } from '@county/tenancy';
import { CaseView } from '../case/case.types';
import { CaseTasks } from './case-task.service';
import { CaseDeciderView, CaseSurveyView, CaseTaskOpinionInput, CaseTaskView } from './case-task.types';

/** 并联审批 on the case: its joint departments' tasks, its joint surveys, who decided it. */
@Resolver(() => CaseView)
export class CaseTaskResolver {
  constructor(private readonly service: CaseTasks) {}

  @ResolveField(() => [CaseTaskView], { complexity: 5, description: '联办部门的任务与意见 / the joint departments’ tasks and opinions' })
  tasks(@Ctx() ctx: RequestContext, @Parent() c: CaseView) {
    return this.service.tasks(ctx, c.id);
  }

  @ResolveField(() => [CaseSurveyView], { complexity: 5, description: '联合踏勘 / the joint site surveys' })
  surveys(@Ctx() ctx: RequestContext, @Parent() c: CaseView) {
    return this.service.surveys(ctx, c.id);
  }

  @ResolveField(() => CaseDeciderView, { nullable: true, complexity: 5, description: '作出决定的人员 / who decided' })
  decidedBy(@Ctx() ctx: RequestContext, @Parent() c: CaseView) {
    return this.service.decidedBy(ctx, c.id);
  }

  @Mutation(() => CaseTaskView, { description: '联办部门出具意见（同意，或不同意并写明理由） / a joint department gives its opinion' })
  @Allow('opine', 'Case')
  giveCaseTaskOpinion(@Ctx() ctx: RequestContext, @Args('taskId', { type: () => ID }) taskId: string, @Args('input') input: CaseTaskOpinionInput) {
    return this.service.giveOpinion(ctx, taskId, input);
  }
}
