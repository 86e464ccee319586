import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module';
import { PrivateChallengesResolver } from './private-challenges.resolver';
import { PrivateChallengesService } from './private-challenges.service';

@Module({
  imports: [AttemptsModule],
  providers: [PrivateChallengesService, PrivateChallengesResolver],
})
export class PrivateChallengesModule {}
