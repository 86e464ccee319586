import { createHmac } from 'node:crypto';
import type { TestResult } from '../result';
import { readFreezeReport } from './freeze-report';

const SECRET = 'a'.repeat(64);
const line = (body: object, secret?: string) => {
  const json = JSON.stringify(body);
  const mac = secret ? ` ${createHmac('sha256', secret).update(json).digest('hex')}` : '';
  return `FIXPOINT-INTEGRITY ${json}${mac}\n`;
};
const test = (name: string, status: TestResult['status']): TestResult =>
  ({ name, status }) as TestResult;
const codes = (r: ReturnType<typeof readFreezeReport>) => r.findings.map((f) => f.code);

describe('readFreezeReport', () => {
  it('accepts the signed line, keeps its findings and removes it from what people see', () => {
    const body = { findings: [{ code: 'freeze-hook', what: 'x' }], tests: 1, passed: ['m::t'] };
    const r = readFreezeReport(`before\n${line(body, SECRET)}after`, SECRET, [
      test('m::t', 'pass'),
    ]);
    expect(r).toMatchObject({ seen: true, stderr: 'before\nafter' });
    expect(codes(r)).toEqual(['freeze-hook']);
  });

  it('calls an unsigned or wrongly signed line forged, and does not count it as the report', () => {
    const clean = { findings: [], tests: 1, passed: ['m::t'] };
    for (const forged of [line(clean), line(clean, 'b'.repeat(64))]) {
      const r = readFreezeReport(forged, SECRET, [test('m::t', 'pass')]);
      expect(r.seen).toBe(false);
      expect(codes(r)).toEqual(['freeze-forged']);
    }
  });

  it('finds a report that shows passing a test pytest did not report passed', () => {
    const body = { findings: [], tests: 2, passed: ['m::ok'] };
    const r = readFreezeReport(line(body, SECRET), SECRET, [
      test('m::ok', 'pass'),
      test('m::bug', 'pass'),
      test('m::other', 'fail'),
    ]);
    expect(r.findings).toEqual([
      expect.objectContaining({ code: 'report-rewritten', test: 'm::bug' }),
    ]);
  });

  it('without a secret (an older caller) reads lines as before', () => {
    const r = readFreezeReport(line({ findings: [], tests: 1 }), undefined, [test('m::t', 'pass')]);
    expect(r).toMatchObject({ seen: true, findings: [] });
  });
});
