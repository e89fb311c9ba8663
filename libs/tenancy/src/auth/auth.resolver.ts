import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Public } from '../context/allow.decorator';
import { Ctx } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { AuthService, IssuedTokens } from './auth.service';
import { LoginInput } from './dto/login.input';
import { AuthPayload, MeView } from './me.type';
import { MeService } from './me.service';
import { ClientRequest, clientAddress } from '../http/client-address';
import { RateLimited } from '../http/rate-limits';


@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly meService: MeService,
  ) {}

  @Mutation(() => AuthPayload, { description: '登录 / log in with username and password' })
  @Public()
  @RateLimited('login')
  async login(@Args('input') input: LoginInput, @Context('req') req: ClientRequest): Promise<AuthPayload> {
    return this.payload(await this.auth.login(input.username, input.password, clientAddress(req)));
  }

  @Mutation(() => AuthPayload, { description: '换发令牌；旧刷新令牌随即作废 / rotate the refresh token' })
  @Public()
  async refreshToken(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return this.payload(await this.auth.refresh(refreshToken));
  }

  @Mutation(() => Boolean, { description: '注销 / log out: revokes this session' })
  @Authenticated()
  logout(@Ctx() ctx: RequestContext) {
    return this.auth.logout(ctx);
  }

  @Mutation(() => Boolean)
  @Authenticated()
  changePassword(
    @Ctx() ctx: RequestContext,
    @Args('oldPassword') oldPassword: string,
    @Args('newPassword') newPassword: string,
    @Context('req') req: ClientRequest,
  ) {
    return this.auth.changePassword(ctx, oldPassword, newPassword, clientAddress(req));
  }

  @Query(() => MeView)
  @Authenticated()
  me(@Ctx() ctx: RequestContext) {
    return this.meService.me(ctx);
  }

  private async payload(tokens: IssuedTokens): Promise<AuthPayload> {
    return {
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      expiresIn: tokens.expiresIn,
      me: await this.meService.me(tokens.context),
    };
  }
}
