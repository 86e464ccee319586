import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { NeutralResult } from '@fixpoint/connector-core';
import fc from 'fast-check';
import { parseGetAssessCandidate, parseOrder } from './assumptions';
import { workdayConnector, type WorkdayTarget, workdayStatusOf } from './connector';
import { envelope, faultOf, parseXml, PASSWORD_TEXT, soapCall } from './soap';

const user = { username: 'isu_fixpoint@acme', password: 'p<&>"w' };

const fault = (code: string, message: string) =>
  `<?xml version="1.0"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>${code}</faultcode><faultstring>${message}</faultstring><detail><wd:Validation_Fault xmlns:wd="urn:com.workday/bsvc"><wd:Validation_Error><wd:Message>Invalid ID value</wd:Message><wd:Xpath>/wd:Assess_Candidate_Request</wd:Xpath></wd:Validation_Error></wd:Validation_Fault></detail></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>`;

describe('SOAP envelopes', () => {
  it('carry the WS-Security UsernameToken and keep any text as text', () => {
    // Markup characters, quotes and entities in any value; edges trimmed as a parser would.
    const value = fc
      .string({ unit: fc.constantFrom('a', '<', '>', '&', '"', "'", ';', '#', ' ', 'é', '/') })
      .map((s) => s.trim());
    fc.assert(
      fc.property(value, value, (name, password) => {
        const xml = envelope(
          { username: name || 'u', password: password || 'p' },
          {
            'wd:Op': { 'wd:Name': name || 'x' },
          },
        );
        const parsed = parseXml(xml) as {
          Envelope: {
            Header: {
              Security: {
                UsernameToken: {
                  Username: string;
                  Password: { '#text': string; '@_Type': string };
                };
              };
            };
            Body: { Op: { Name: string } };
          };
        };
        expect(parsed.Envelope.Header.Security.UsernameToken.Username).toBe(name || 'u');
        expect(parsed.Envelope.Header.Security.UsernameToken.Password['#text']).toBe(
          password || 'p',
        );
        expect(parsed.Envelope.Header.Security.UsernameToken.Password['@_Type']).toBe(
          PASSWORD_TEXT,
        );
        expect(parsed.Envelope.Body.Op.Name).toBe(name || 'x');
      }),
      { numRuns: 200 },
    );
  });

  it('classify faults: Client is reported, Server is retried', () => {
    expect(
      faultOf(parseXml(fault('SOAP-ENV:Client.validationError', 'Validation error occurred.'))),
    ).toEqual({
      code: 'SOAP-ENV:Client.validationError',
      message: 'Validation error occurred.',
      errors: ['Invalid ID value at /wd:Assess_Candidate_Request'],
      retryable: false,
    });
    expect(faultOf(parseXml(fault('SOAP-ENV:Server', 'Processing error')))).toMatchObject({
      retryable: true,
    });
  });
});

describe('unconfirmed order and lookup', () => {
  it('reads the labelled fixture order, and refuses one without an e-mail precisely', () => {
    const fixture = JSON.parse(
      readFileSync(join(__dirname, 'fixtures', 'unconfirmed-order.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(fixture._label).toMatch(/^UNCONFIRMED/);
    expect(parseOrder(fixture)).toEqual({
      ok: true,
      value: {
        assessmentId: 'RECRUITING_ASSESSMENT-1-10',
        candidateId: 'C00001',
        requisitionId: 'R00001',
        candidate: { email: 'grace@example.com', firstName: 'Grace', lastName: 'Hopper' },
      },
    });
    expect(parseOrder({ ...fixture, Candidate_Email: undefined })).toMatchObject({
      ok: false,
      errors: [{ pointer: '/Candidate_Email' }],
    });
  });

  it('resolves a Get_Assess_Candidate answer', () => {
    const xml = `<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body><wd:Get_Assess_Candidate_Response xmlns:wd="urn:com.workday/bsvc"><wd:Response_Data><wd:Assess_Candidate><wd:Assess_Candidate_Data><wd:Job_Application_Reference><wd:ID wd:type="WID">abc</wd:ID><wd:ID wd:type="Job_Application_ID">JA-7</wd:ID></wd:Job_Application_Reference><wd:Candidate_Assessment_Data><wd:Assess_Candidate_Test_Result_Data><wd:Assessment_Test_Reference><wd:ID wd:type="Recruiting_Assessment_Test_ID">RECRUITING_ASSESSMENT_TEST-6-111</wd:ID></wd:Assessment_Test_Reference></wd:Assess_Candidate_Test_Result_Data></wd:Candidate_Assessment_Data></wd:Assess_Candidate_Data></wd:Assess_Candidate></wd:Response_Data></wd:Get_Assess_Candidate_Response></env:Body></env:Envelope>`;
    expect(parseGetAssessCandidate(parseXml(xml))).toEqual({
      jobApplicationId: 'JA-7',
      testId: 'RECRUITING_ASSESSMENT_TEST-6-111',
    });
  });
});

const result: NeutralResult = {
  invitationId: 'i1',
  assessmentTitle: 'Backend',
  status: 'completed',
  score: 88,
  maxScore: 100,
  challenges: [{ position: 1, title: 'Race', score: 88, reviewStatus: 'not_required' }],
  reportUrl: 'https://portal.example/reports/i1',
  integrityStatus: 'clean',
  startedAt: null,
  completedAt: null,
};

describe('Assess_Candidate write-back', () => {
  it('sends the mapped completed status and the result; retries a Server fault, reports a Client fault', async () => {
    const answers = [
      fault('SOAP-ENV:Server', 'Try later'),
      '<ok/>',
      fault('SOAP-ENV:Client', 'Not in Assess Candidate step'),
    ];
    const received: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push(body);
        const answer = answers.shift()!;
        res
          .writeHead(answer.includes('Fault') ? 500 : 200, { 'content-type': 'text/xml' })
          .end(
            answer === '<ok/>'
              ? '<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body><wd:Assess_Candidate_Response xmlns:wd="urn:com.workday/bsvc"/></env:Body></env:Envelope>'
              : answer,
          );
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const target: WorkdayTarget = {
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ccx/service/acme/Recruiting/v45.0`,
      assessmentId: 'RECRUITING_ASSESSMENT-1-10',
      jobApplicationId: 'JA-7',
      testId: 'T-1',
      statusIds: {
        invited: 'ACME_INVITED',
        in_progress: 'ACME_IN_PROGRESS',
        completed: 'ACME_COMPLETED',
      },
    };
    const sync = { externalRef: 'wd_x', target, credentials: JSON.stringify(user) };
    const context = { fetch, timeoutMs: 5_000 };
    expect(await workdayConnector.writeBack(sync, result, context)).toMatchObject({
      ok: false,
      retryable: true,
      statusCode: 500,
    });
    expect(await workdayConnector.writeBack(sync, result, context)).toEqual({
      ok: true,
      statusCode: 200,
      retryable: false,
      detail: '',
    });
    const refused = await workdayConnector.writeBack(sync, result, context);
    expect(refused).toMatchObject({ ok: false, retryable: false });
    expect(refused.detail).toContain(
      'Workday refused it (SOAP-ENV:Client): Not in Assess Candidate step',
    );
    const sent = parseXml(received[1]) as {
      Envelope: {
        Body: {
          Assess_Candidate_Request: {
            Assess_Candidate_Data: Record<string, Record<string, unknown>>;
          };
        };
      };
    };
    const data = sent.Envelope.Body.Assess_Candidate_Request.Assess_Candidate_Data;
    expect(data.Candidate_Assessment_Data.Assessment_Status_Reference).toEqual({
      ID: { '@_type': 'Recruiting_Assessment_Status_ID', '#text': 'ACME_COMPLETED' },
    });
    expect(data.Candidate_Assessment_Data.Overall_Assessment_Comment).toContain(
      'Report: https://portal.example/reports/i1',
    );
    expect(workdayStatusOf({ status: 'pending' })).toBe('invited');
    expect(workdayStatusOf({ status: 'under_review' })).toBe('in_progress');
    expect(
      await soapCall(context, target.endpoint.replace(/:\d+/, ':9'), user, 'Assess_Candidate', {}),
    ).toMatchObject({ ok: false, retryable: true, statusCode: null });
    await new Promise((r) => server.close(r));
  });
});
