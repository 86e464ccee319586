import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module';
import { LeaderboardService } from './leaderboard.service';
import { LeaderboardStore } from './leaderboard.store';
import { PlatformDb } from './platform-db';

@Module({
  imports: [RealtimeModule],
  providers: [PlatformDb, LeaderboardStore, LeaderboardService],
  exports: [PlatformDb, LeaderboardStore, LeaderboardService],
})
export class LeaderboardsModule {}
