import { Module } from '@nestjs/common';
import { AssessmentsResolver } from './assessments.resolver';
import { AssessmentsService } from './assessments.service';

@Module({
  providers: [AssessmentsService, AssessmentsResolver],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
