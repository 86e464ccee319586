import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { parseResponseError } from '@fixpoint/connector-greenhouse';
import type { Response } from 'express';
import { keyFromAuthorization } from '../../api-keys/api-key-format';
import { AtsRoute, type AtsRequest } from '../../ats/ats-key.guard';
import { AtsProblems } from '../../ats/ats-problem';
import { PartnerCalls } from '../partner-calls';
import { GreenhouseService } from './greenhouse.service';

/**
 * The endpoints Greenhouse calls (its Assessment Partner API), at the URLs the Integrations
 * page tells the customer to register: HTTP Basic with a tenant API key holding the
 * `ats:greenhouse` scope as the user name and an empty password. Errors are RFC 9457 problems
 * with the status codes Greenhouse documents (401 bad key, 404 unknown resource).
 */
@Controller('ats/greenhouse/v1')
export class GreenhouseController {
  constructor(
    private readonly greenhouse: GreenhouseService,
    private readonly calls: PartnerCalls,
  ) {}

  @AtsRoute('ats:greenhouse')
  @Get('list_tests')
  listTests(@Req() req: AtsRequest, @Res({ passthrough: true }) res: Response) {
    let count = 0;
    this.calls.recordOnFinish(res, req.atsKey!, 'greenhouse', 'list_tests', () => ({
      tests: count,
    }));
    return this.greenhouse.listTests(req.atsKey!).then((tests) => {
      count = tests.length;
      return tests;
    });
  }

  @AtsRoute('ats:greenhouse')
  @Post('send_test')
  @HttpCode(200)
  async sendTest(
    @Req() req: AtsRequest,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    const detail: Record<string, unknown> = {
      partnerTestId: (body as { partner_test_id?: unknown } | null)?.partner_test_id ?? null,
    };
    this.calls.recordOnFinish(res, req.atsKey!, 'greenhouse', 'send_test', () => detail);
    const answer = await this.greenhouse.sendTest(
      req.atsKey!,
      keyFromAuthorization(req.headers.authorization)!,
      body,
    );
    detail.partnerInterviewId = answer.partner_interview_id;
    return answer;
  }

  @AtsRoute('ats:greenhouse')
  @Get('test_status')
  testStatus(
    @Req() req: AtsRequest,
    @Query('partner_interview_id') id: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    const detail: Record<string, unknown> = { partnerInterviewId: id ?? null };
    this.calls.recordOnFinish(res, req.atsKey!, 'greenhouse', 'test_status', () => detail);
    return this.greenhouse.testStatus(req.atsKey!, id).then((status) => {
      detail.partnerStatus = status.partner_status;
      return status;
    });
  }

  /** Greenhouse reporting that one of our answers did not validate on its side. */
  @AtsRoute('ats:greenhouse')
  @Post('response_error')
  @HttpCode(200)
  responseError(
    @Req() req: AtsRequest,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    const parsed = parseResponseError(body);
    this.calls.recordOnFinish(res, req.atsKey!, 'greenhouse', 'response_error', () =>
      parsed.ok ? { ...parsed.value } : { invalid: true },
    );
    if (!parsed.ok) throw AtsProblems.validation(parsed.errors);
    return { status: 200 };
  }
}
