import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import type { AtsRequest } from './ats-key.guard';
import { AtsRoute } from './ats-key.guard';
import { AtsAssessmentsService } from './ats-assessments.service';
import { pageRequest } from './pagination';

@Controller('ats/v1/assessments')
export class AtsAssessmentsController {
  constructor(private readonly assessments: AtsAssessmentsService) {}

  @AtsRoute('assessments:read')
  @Get()
  list(@Req() req: AtsRequest, @Query() query: Record<string, unknown>) {
    return this.assessments.list(req.atsKey!, pageRequest(query));
  }

  @AtsRoute('assessments:read')
  @Get(':id')
  get(@Req() req: AtsRequest, @Param('id') id: string) {
    return this.assessments.get(req.atsKey!, id);
  }
}
