import fc from 'fast-check';
import { isEmail, normalizeEmail } from '../src/email';
import { HTTP_STATUS, ERROR_CODES } from '../src/error-codes';
import { RUN_STATUSES, statusFromTests, type TestResult } from '../src/run-result';
import { runBody, submitBody } from '../src/widget-v1';

const test = (status: TestResult['status']): TestResult => ({
  name: `t-${status}`,
  status,
  message: null,
  output: null,
  durationMs: 1,
});

describe('the shared contracts', () => {
  it('accepts addresses people type and refuses slips, the same way the API does', () => {
    expect(isEmail('  Ada@Example.COM ')).toBe(true);
    for (const slip of ['ada', 'ada@', '@example.com', 'ada@example', 'a da@example.com', ''])
      expect(isEmail(slip)).toBe(false);
    expect(isEmail(`${'a'.repeat(250)}@x.io`)).toBe(false);
    expect(normalizeEmail('  Ada@Example.COM ')).toBe('ada@example.com');
  });

  it('agrees with the widget schema on every address (one rule, not two)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string()), (email) => {
        const parsed = submitBody.safeParse({ name: 'Ada', email, consent: true });
        expect(parsed.success).toBe(isEmail(email));
      }),
    );
  });

  it('gives each error code an HTTP status for problem responses', () => {
    expect(Object.keys(HTTP_STATUS).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('derives a run status from its tests: no tests is an error, one failure fails the run', () => {
    expect(statusFromTests([])).toBe('error');
    expect(statusFromTests([test('pass'), test('skip')])).toBe('pass');
    expect(statusFromTests([test('pass'), test('fail')])).toBe('fail');
    expect(RUN_STATUSES).toContain(statusFromTests([test('error')]));
  });

  it('refuses a widget run body with a precise path', () => {
    const parsed = runBody.safeParse({ files: [{ path: '', content: 'x' }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual(['files', 0, 'path']);
  });
});
