import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ProblemFilter } from './common/problem.filter';
import { queryLimits } from './common/query-limits';
import { GraphQLModule } from '@nestjs/graphql';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { AtsModule } from './ats/ats.module';
import { AttemptsModule } from './attempts/attempts.module';
import { AuthModule } from './auth/auth.module';
import { CatalogModule } from './catalog/catalog.module';
import { CompetitionsModule } from './competitions/competitions.module';
import { publicCatalogCache } from './catalog/public-catalog-cache.plugin';
import { ConfigModule } from './config/config.module';
import type { AppConfig } from './config/config.schema';
import { DatabaseModule } from './database/database.module';
import { EmbedModule } from './embed/embed.module';
import { DependencyUnavailableFilter } from './health/dependency-unavailable.filter';
import { formatGraphQLErrorWithOutages } from './health/dependency-errors';
import { HealthModule } from './health/health.module';
import { IntegrationsModule } from './integrations/integrations.module';
import { InvitesModule } from './invites/invites.module';
import { LoggingModule } from './logging/logging.module';
import { MailModule } from './mail/mail.module';
import { MetricsModule } from './metrics/metrics.module';
import { PermissionsModule } from './permissions/permissions.module';
import { PrivateChallengesModule } from './private-challenges/private-challenges.module';
import { ProgressModule } from './progress/progress.module';
import { RatingsModule } from './ratings/ratings.module';
import { RedisModule } from './redis/redis.module';
import { ReportsModule } from './reports/reports.module';
import { SessionsModule } from './sessions/sessions.module';
import { SessionStateModule } from './realtime/session-state.module';
import { TemporalModule } from './temporal/temporal.module';
import { SecretsModule } from './secrets/secrets.module';
import { TenantsModule } from './tenants/tenants.module';
import { WebhooksModule } from './webhooks/webhooks.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig) {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: config.NODE_ENV !== 'production',
          playground: false,
          context: ({ req }: { req: unknown }) => ({ req }),
          formatError: formatGraphQLErrorWithOutages,
          // Limits first: an operation over them is refused before the cache or execution.
          plugins: [
            queryLimits(
              {
                maxAliases: config.GRAPHQL_MAX_ALIASES,
                maxDepth: config.GRAPHQL_MAX_DEPTH,
                maxCost: config.GRAPHQL_MAX_COST,
              },
              config.NODE_ENV !== 'production',
            ),
            publicCatalogCache(),
          ],
        }),
        DatabaseModule,
        RedisModule,
        TemporalModule,
        MetricsModule,
        HealthModule,
        AuthModule,
        PermissionsModule,
        CatalogModule,
        AttemptsModule,
        ProgressModule,
        MailModule,
        TenantsModule,
        AssessmentsModule,
        InvitesModule,
        SessionsModule,
        ReportsModule,
        PrivateChallengesModule,
        EmbedModule,
        // The ATS REST API (issue 17): keys, /ats/v1, webhooks, secrets at rest.
        SecretsModule,
        ApiKeysModule,
        AtsModule,
        WebhooksModule,
        IntegrationsModule,
        // Competitions with live leaderboards (issue 20): graphql-ws subscriptions, ratings.
        CompetitionsModule,
        SessionStateModule,
        RatingsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_FILTER, useClass: DependencyUnavailableFilter },
      ],
    };
  }
}
