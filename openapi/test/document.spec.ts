import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { AtsValidators, atsDocument, operationsOf } from '../src';

const root = join(__dirname, '..');

describe('the ATS OpenAPI document', () => {
  it('has generated types that match it (run `npm run generate -w @fixpoint/openapi`)', () => {
    const check = spawnSync(
      process.execPath,
      [join(root, 'scripts', 'generate-types.mjs'), '--check'],
      { encoding: 'utf8' },
    );
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('names a scope, an id and RFC 9457 problems on every keyed operation', () => {
    const ops = operationsOf().filter(
      (o) => o.op.operationId !== 'getOpenApiDocument' && !o.op['x-authenticated-by'],
    );
    expect(ops.length).toBeGreaterThanOrEqual(10);
    for (const { method, path, op } of ops) {
      expect({ path, scope: op['x-scope'] }).toEqual({ path, scope: expect.any(String) });
      expect({
        path,
        problems: Object.keys(op.responses).filter((s) => s.startsWith('4')),
      }).toEqual({ path, problems: expect.arrayContaining(['401', '403', '429']) });
      const idempotent = (op.parameters ?? []).some((p) => p.$ref?.endsWith('/IdempotencyKey'));
      // A partner endpoint follows its ATS's contract: Greenhouse sends no Idempotency-Key
      // (send_test is idempotent on its callback URL instead).
      expect({ path, method, idempotent }).toEqual({
        path,
        method,
        idempotent: method === 'post' && !op['x-partner'],
      });
    }
  });

  it('says how each partner endpoint without a key authenticates its ATS', () => {
    const keyless = operationsOf().filter((o) => o.op['x-authenticated-by']);
    expect(keyless.map((o) => o.op.operationId).sort()).toEqual([
      'leverOAuthCallback',
      'leverStageChange',
      'workdayOrder',
    ]);
    for (const { op } of keyless) {
      expect(op['x-partner']).toEqual(expect.any(String));
      expect(op['x-scope']).toBeUndefined();
    }
  });

  it('points at each bad field of a request body', () => {
    const validators = new AtsValidators();
    const errors = validators.checkRequest('createInvitation', {
      assessmentId: 'not-a-uuid',
      candidate: { email: 'nope', firstName: '' },
      externalReference: { ats: 'Greenhouse!', applicationId: '1' },
      surprise: true,
    });
    expect(errors.map((e) => e.pointer).sort()).toEqual([
      '/assessmentId',
      '/candidate/email',
      '/candidate/firstName',
      '/candidate/lastName',
      '/externalReference/ats',
      '/surprise',
    ]);
  });

  it('rejects a response the document does not describe', () => {
    const validators = new AtsValidators(atsDocument());
    expect(validators.checkResponse('getInvitation', 418, 'application/json', {})).toEqual([
      { pointer: '', detail: 'status 418 is not documented' },
    ]);
    expect(
      validators.checkResponse('getInvitation', 404, 'application/problem+json', {
        type: 'https://fixpoint.dev/problems/not-found',
        title: 'NOT_FOUND',
        status: 404,
        detail: 'No such invitation.',
        code: 'NOT_FOUND',
      }),
    ).toEqual([]);
  });
});
