import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module';
import { DecideIntegrityReview } from './decide-integrity-review.use-case';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [AttemptsModule],
  providers: [ReportsService, ReportsResolver, DecideIntegrityReview],
})
export class ReportsModule {}
