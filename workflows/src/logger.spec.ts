import { loadWorkerConfig } from './config';
import { createWorkerLogger } from './logger';

describe('the worker logger', () => {
  it('redacts the internal token wherever it is likely to end up', () => {
    const secret = 'a-token-that-must-never-be-logged';
    const lines: string[] = [];
    const log = createWorkerLogger('info', { write: (line: string) => lines.push(line) });

    log.info({ config: loadWorkerConfig({ INTERNAL_API_TOKEN: secret }) }, 'configured');
    log.info({ INTERNAL_API_TOKEN: secret, internalToken: secret }, 'flat');
    log.info({ request: { headers: { authorization: `Bearer ${secret}` } } }, 'request');
    log.info({ headers: { authorization: `Bearer ${secret}` } }, 'headers');

    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line).not.toContain(secret);
      expect(line).toContain('[redacted]');
    }
    expect(JSON.parse(lines[0])).toMatchObject({ service: 'workflows', msg: 'configured' });
  });
});
