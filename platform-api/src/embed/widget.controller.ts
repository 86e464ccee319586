import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { clientIp, type RequestWithPrincipal } from '../auth/principal';
import { Public } from '../common/access.decorators';
import { StartApplicant } from './start-applicant/start-applicant.use-case';
import { WidgetService } from './widget.service';

/**
 * The public widget API (`/widget/v1`), called from companies' career pages by the
 * <fixpoint-challenge> element. Every call names a publishable key (X-Fixpoint-Key) and comes
 * from an Origin the key allows; applicants then act with their applicant token (Bearer).
 * Errors are RFC 9457 problems (ProblemFilter) with codes the widget shows.
 */
type WidgetRequest = RequestWithPrincipal & { headers: Record<string, string | undefined> };

@Public()
@Controller('widget/v1')
export class WidgetController {
  constructor(
    private readonly widget: WidgetService,
    private readonly startApplicant: StartApplicant,
  ) {}

  @Get('challenges/:slug')
  async challenge(@Param('slug') slug: string, @Req() req: WidgetRequest) {
    return this.widget.challenge(await this.key(req), slug);
  }

  @Post('attempts')
  @HttpCode(201)
  async start(@Body() body: unknown, @Req() req: WidgetRequest) {
    return this.startApplicant.execute(await this.key(req), body);
  }

  @Post('attempts/:id/runs')
  @HttpCode(200)
  async run(@Param('id') id: string, @Body() body: unknown, @Req() req: WidgetRequest) {
    return this.widget.run(await this.key(req), req.principal, id, body);
  }

  @Post('attempts/:id/submit')
  @HttpCode(202)
  async submit(@Param('id') id: string, @Body() body: unknown, @Req() req: WidgetRequest) {
    return this.widget.submit(await this.key(req), req.principal, id, body);
  }

  private key(req: WidgetRequest) {
    return this.widget.keyOf(req.headers['x-fixpoint-key'], req.headers['origin'], clientIp(req));
  }
}
