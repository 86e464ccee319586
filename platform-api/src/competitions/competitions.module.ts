import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module';
import { StarterBaselines } from '../attempts/starter-baselines';
import { InvitesModule } from '../invites/invites.module';
import { LeaderboardsModule } from '../leaderboards/leaderboards.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { CompetitionControls } from './competition-controls';
import { CompetitionPhases } from './competition-phases';
import { CompetitionSubmit } from './competition-submit.use-case';
import { CompetitionSubscriptionsResolver } from './competition-subscriptions.resolver';
import { CompetitionWorkflows } from './competition-workflows';
import { CompetitionsResolver } from './competitions.resolver';
import { CompetitionsService } from './competitions.service';
import { InternalCompetitionsController } from './internal-competitions.controller';
import { InviteFinalists } from './invite-finalists.use-case';

/** Competitions with live leaderboards (issue 20; docs/competitions.md). */
@Module({
  imports: [AttemptsModule, InvitesModule, LeaderboardsModule, RealtimeModule],
  controllers: [InternalCompetitionsController],
  providers: [
    CompetitionsService,
    CompetitionControls,
    CompetitionPhases,
    CompetitionSubmit,
    CompetitionWorkflows,
    InviteFinalists,
    // The attempts module keeps its baselines to itself; this one shares their stored rows.
    StarterBaselines,
    CompetitionsResolver,
    CompetitionSubscriptionsResolver,
  ],
  exports: [CompetitionsService, CompetitionPhases],
})
export class CompetitionsModule {}
