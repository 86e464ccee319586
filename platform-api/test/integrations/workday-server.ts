import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PASSWORD_TEXT, parseXml } from '@fixpoint/connector-workday';

export interface SoapRequest {
  operation: string;
  body: Record<string, unknown>;
  answered: number;
}

type Node = Record<string, unknown>;
const at = (node: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (n, key) => (n && typeof n === 'object' ? (n as Node)[key] : undefined),
    node,
  );
const idText = (ref: unknown) => at(ref, 'ID', '#text') as string | undefined;

const envelope = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body>${inner}</env:Body></env:Envelope>`;
const fault = (code: string, message: string) =>
  envelope(
    `<SOAP-ENV:Fault xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><faultcode>SOAP-ENV:${code}</faultcode><faultstring>${message}</faultstring><detail><wd:Validation_Fault xmlns:wd="urn:com.workday/bsvc"><wd:Validation_Error><wd:Message>${message}</wd:Message><wd:Xpath>/wd:Assess_Candidate_Request[1]</wd:Xpath></wd:Validation_Error></wd:Validation_Fault></detail></SOAP-ENV:Fault>`,
  );

/**
 * Workday's Recruiting web service as far as the assessment flow goes: every envelope must be
 * SOAP 1.1 with a WS-Security UsernameToken (PasswordText) of the integration system user, and
 * exactly one of Get_Assess_Candidate_Request / Assess_Candidate_Request with the references the
 * operation needs; anything else is a Client fault. `faults` makes the next Assess_Candidate
 * calls answer a fault (`Server` or `Client`). The answers are canned XML, as Workday sends them.
 */
export class WorkdayServer {
  readonly requests: SoapRequest[] = [];
  readonly faults: ('Server' | 'Client')[] = [];
  /** Assessment_ID → what Get_Assess_Candidate resolves it to. */
  readonly orders = new Map<string, { jobApplicationId: string; testId: string }>();
  private server!: Server;

  constructor(
    readonly username: string,
    readonly password: string,
  ) {}

  get endpoint() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/ccx/service/acme/Recruiting/v45.0`;
  }

  static async start(username: string, password: string) {
    const wd = new WorkdayServer(username, password);
    wd.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        const [status, xml, operation, body] = wd.answer(req.url ?? '', raw);
        wd.requests.push({ operation, body, answered: status });
        res.writeHead(status, { 'content-type': 'text/xml; charset=utf-8' }).end(xml);
      });
    });
    await new Promise<void>((r) => wd.server.listen(0, '127.0.0.1', r));
    return wd;
  }

  private answer(url: string, raw: string): [number, string, string, Node] {
    let parsed: Node;
    try {
      parsed = parseXml(raw);
    } catch {
      return [500, fault('Client', 'Malformed XML'), '?', {}];
    }
    const token = at(parsed, 'Envelope', 'Header', 'Security', 'UsernameToken');
    const body = (at(parsed, 'Envelope', 'Body') ?? {}) as Node;
    const operation = Object.keys(body).join(',');
    if (!url.startsWith('/ccx/service/acme/Recruiting/'))
      return [404, 'not found', operation, body];
    if (
      at(token, 'Username') !== this.username ||
      at(token, 'Password', '#text') !== this.password ||
      at(token, 'Password', '@_Type') !== PASSWORD_TEXT
    )
      return [500, fault('Client', 'Invalid username or password'), operation, body];
    if (operation === 'Get_Assess_Candidate_Request') {
      const ref = at(body, operation, 'Request_References', 'Assess_Candidate_Reference');
      const order = this.orders.get(idText(ref) ?? '');
      if (!order) return [500, fault('Client', 'Invalid ID value'), operation, body];
      return [
        200,
        envelope(
          `<wd:Get_Assess_Candidate_Response xmlns:wd="urn:com.workday/bsvc"><wd:Response_Data><wd:Assess_Candidate><wd:Assess_Candidate_Data><wd:Job_Application_Reference><wd:ID wd:type="WID">9f0c</wd:ID><wd:ID wd:type="Job_Application_ID">${order.jobApplicationId}</wd:ID></wd:Job_Application_Reference><wd:Candidate_Assessment_Data><wd:Assess_Candidate_Test_Result_Data><wd:Assessment_Test_Reference><wd:ID wd:type="Recruiting_Assessment_Test_ID">${order.testId}</wd:ID></wd:Assessment_Test_Reference></wd:Assess_Candidate_Test_Result_Data></wd:Candidate_Assessment_Data></wd:Assess_Candidate_Data></wd:Assess_Candidate></wd:Response_Data></wd:Get_Assess_Candidate_Response>`,
        ),
        operation,
        body,
      ];
    }
    if (operation === 'Assess_Candidate_Request') {
      const data = at(body, operation, 'Assess_Candidate_Data');
      const assessment = at(data, 'Candidate_Assessment_Data');
      if (
        !idText(at(data, 'Job_Application_Reference')) ||
        !idText(at(assessment, 'Assessment_Status_Reference')) ||
        !at(assessment, 'Assess_Candidate_Reference')
      )
        return [500, fault('Client', 'Required references missing'), operation, body];
      const injected = this.faults.shift();
      if (injected)
        return [
          500,
          fault(
            injected,
            injected === 'Server'
              ? 'Processing error, try again'
              : 'The job application is not in the Assess Candidate step',
          ),
          operation,
          body,
        ];
      return [
        200,
        envelope('<wd:Assess_Candidate_Response xmlns:wd="urn:com.workday/bsvc"/>'),
        operation,
        body,
      ];
    }
    return [500, fault('Client', `Unknown operation ${operation}`), operation, body];
  }

  /** Assess_Candidate calls: the status reference sent, and the answer. */
  assessCalls() {
    return this.requests
      .filter((r) => r.operation === 'Assess_Candidate_Request')
      .map((r) => {
        const assessment = at(
          r.body,
          'Assess_Candidate_Request',
          'Assess_Candidate_Data',
          'Candidate_Assessment_Data',
        );
        return {
          jobApplicationId: idText(
            at(
              r.body,
              'Assess_Candidate_Request',
              'Assess_Candidate_Data',
              'Job_Application_Reference',
            ),
          ),
          status: idText(at(assessment, 'Assessment_Status_Reference')),
          score: at(assessment, 'Assess_Candidate_Test_Result_Data', 'Score') as string | undefined,
          comment: at(assessment, 'Overall_Assessment_Comment') as string | undefined,
          answered: r.answered,
        };
      });
  }

  stop() {
    return new Promise((r) => this.server.close(r));
  }
}
