import * as fs from 'node:fs';
import * as path from 'node:path';
import { goRunner } from '../runners/go.runner';
import { parseGoTestJson } from './go-test-json';

const fixture = fs.readFileSync(path.join(__dirname, '__fixtures__', 'go-test.jsonl'), 'utf8');

describe('go test -json', () => {
  it('maps test events to results with the t.Error lines as the message', () => {
    const { tests } = parseGoTestJson(fixture);
    const byName = Object.fromEntries(tests.map((t) => [t.name, t]));
    expect(byName.TestReverseASCII.status).toBe('pass');
    expect(byName.TestReverseASCII.output).toContain('visible test output');
    expect(byName.TestReverseUnicode.status).toBe('fail');
    expect(byName.TestReverseUnicode.message).toMatch(
      /^reverse_hidden_test.go:7: Reverse\("héllo"\)/,
    );
  });

  it('reports a build failure as a package failure and the runner as an error', () => {
    const stream = [
      '{"ImportPath":"example.com/x","Action":"build-output","Output":"# example.com/x\\n"}',
      '{"ImportPath":"example.com/x","Action":"build-output","Output":"x/a.go:3:9: undefined: y\\n"}',
      '{"ImportPath":"example.com/x","Action":"build-fail"}',
      '{"Action":"start","Package":"example.com/x"}',
      '{"Action":"output","Package":"example.com/x","Output":"FAIL\\texample.com/x [build failed]\\n"}',
      '{"Action":"fail","Package":"example.com/x","Elapsed":0,"FailedBuild":"example.com/x"}',
    ].join('\n');
    expect(parseGoTestJson(stream).packageFailures[0].output).toContain('undefined: y');
    // The runner builds with `go test -c`, which prints build errors on stderr.
    const parsed = goRunner.parse({
      exitCode: 1,
      stdout: '',
      stderr: '# example.com/x\nx/a.go:3:9: undefined: y\n',
      report: null,
    });
    expect(parsed.error).toContain('x/a.go:3:9: undefined: y');
  });

  it('marks a test that never finished (deadlock, panic elsewhere) as an error', () => {
    const stream = [
      '{"Action":"run","Package":"p","Test":"TestHang"}',
      '{"Action":"output","Package":"p","Test":"TestHang","Output":"=== RUN   TestHang\\n"}',
      '{"Action":"output","Package":"p","Output":"fatal error: all goroutines are asleep - deadlock!\\n"}',
      '{"Action":"fail","Package":"p","Elapsed":0.1}',
    ].join('\n');
    const { tests } = parseGoTestJson(stream);
    expect(tests).toHaveLength(1);
    expect(tests[0].status).toBe('error');
    expect(tests[0].message).toContain('deadlock');
  });

  it('ignores non-JSON lines and a cut last line', () => {
    expect(
      parseGoTestJson('warning: x\n{"Action":"pass","Package":"p","Test":"T"}\n{"Action":"ou')
        .tests,
    ).toHaveLength(1);
  });
});
