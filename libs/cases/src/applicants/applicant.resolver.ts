import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, RequestContext } from '@county/tenancy';
import { Applicants } from './applicant.service';
import { ApplicantConnection, ApplicantsArgs, ApplicantView, RegisterApplicantInput, UpdateApplicantInput } from './applicant.types';

@Resolver()
export class ApplicantResolver {
  constructor(private readonly registry: Applicants) {}

  @Mutation(() => ApplicantView, { description: '登记申请人 / register a person or an organization' })
  @Allow('create', 'Applicant')
  registerApplicant(@Ctx() ctx: RequestContext, @Args('input') input: RegisterApplicantInput) {
    return this.registry.register(ctx, input);
  }

  // `read` at the gate: an id the caller cannot see answers NOT_FOUND before FORBIDDEN is considered.
  @Mutation(() => ApplicantView, { description: '修改申请人信息 / change an applicant (the ID number stays)' })
  @Allow('read', 'Applicant')
  updateApplicant(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateApplicantInput) {
    return this.registry.update(ctx, id, input);
  }

  @Query(() => ApplicantView, { description: '一位申请人（证件号码脱敏） / one applicant, the ID number masked' })
  @Allow('read', 'Applicant')
  applicant(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.registry.get(ctx, id);
  }

  @Query(() => ApplicantConnection, { description: '申请人列表，新登记的在前 / applicants, newest first' })
  @Allow('read', 'Applicant')
  applicants(@Ctx() ctx: RequestContext, @Args() args: ApplicantsArgs) {
    return this.registry.list(ctx, args);
  }

  @Mutation(() => String, { description: '查看完整证件号码（记入审计日志） / the full ID number, written to the audit log' })
  @Allow('read', 'Applicant')
  revealApplicantIdNumber(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.registry.reveal(ctx, id);
  }
}
