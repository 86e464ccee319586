import { Module } from '@nestjs/common';
import { AttemptsModule } from '../attempts/attempts.module';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [AttemptsModule],
  providers: [ReportsService, ReportsResolver],
})
export class ReportsModule {}
