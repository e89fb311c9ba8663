import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AuditSettings, AuthSettings, Clock, RateLimitSettings, TenancyModule } from '@county/tenancy';
import { CatalogModule } from '@county/catalog';
import { CaseEventsOptions, CasesModule, PiiKey } from '@county/cases';
import { EvaluationModule } from '@county/evaluation';
import { PERMISSIONS } from './permissions';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { UnexpectedErrorFilter } from './graphql/unexpected-error.filter';
import { formatError } from './graphql/format-error';
import { queryLimitsPlugin } from './graphql/query-limits.plugin';
import { answerStatusPlugin } from './graphql/answer-status.plugin';
import { inputValidationPipe } from './graphql/validation-pipe';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { requestIdMiddleware } from './graphql/request-id';
import { HealthController } from './health/health.controller';

export interface AppOptions {
  dataSource: DataSource;
  auth: AuthSettings;
  /** The audit key and the checkpoint file (installAuditSettings). */
  audit: AuditSettings;
  /**
   * The key ID numbers are encrypted with (PII_KEY, else `.data/pii-key` for the embedded install;
   * `piiKeyFrom`). The server always passes it; without one, the applicant registry refuses to work.
   */
  piiKey?: PiiKey;
  production: boolean;
  /** Express's `trust proxy` (see `trustProxyFrom`): false unless a proxy in front sets X-Forwarded-For. */
  trustProxy?: boolean | number | string | string[];
  /** Tests set "today"; the server runs on the system time. */
  clock?: Clock;
  /** The case job worker (CASE_WORKER=off leaves it out) and the SMS provider (SMS_PROVIDER, console by default). */
  caseEvents?: CaseEventsOptions;
  /** Requests per minute per client address; from RATE_LIMIT_* unless given. */
  rateLimits?: RateLimitSettings;
}

let schemaHost: GraphQLSchemaHost | undefined;

@Module({})
export class AppModule implements NestModule {
  constructor(host: GraphQLSchemaHost) {
    schemaHost = host;
  }

  /** Every request gets an id first: the response header, INTERNAL errors and the log name it. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestIdMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }

  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DiscoveryModule,
        TenancyModule.forRoot({
          dataSource: options.dataSource,
          auth: options.auth,
          audit: options.audit,
          clock: options.clock,
          rateLimits: options.rateLimits,
          permissions: PERMISSIONS,
        }),
        CatalogModule,
        CasesModule.forRoot({ piiKey: options.piiKey, events: options.caseEvents }),
        EvaluationModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: !options.production,
          includeStacktraceInErrorResponses: false,
          hideSchemaDetailsFromClientErrors: options.production,
          allowBatchedHttpRequests: false,
          formatError,
          context: ({ req }: { req: unknown }) => ({ req }),
          // No cache hints are used: without the cache-control plugin Apollo does not wrap every field's resolver.
          plugins: [queryLimitsPlugin(() => schemaHost!.schema), answerStatusPlugin(), ApolloServerPluginCacheControlDisabled()],
          // Nest's own plugin would set every answer with data back to 200, the 503 and 429 above included.
          preserveHttpStatusForExecutionErrors: false,
        } as ApolloDriverConfig),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useFactory: inputValidationPipe },
        { provide: APP_FILTER, useClass: UnexpectedErrorFilter },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
