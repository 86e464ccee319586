import fc from 'fast-check';
import { evidenceOf, groupFindings, type IntegrityFinding } from './integrity-review.types';

const base: IntegrityFinding = {
  layer: 'scan',
  code: 'scan-test-framework',
  message: 'The change replaces functions of the test framework.',
  file: null,
  line: null,
  excerpt: null,
  test: null,
  expected: null,
  actual: null,
};

describe('the evidence of an integrity finding', () => {
  it('shows a scan finding as file:line with the line itself', () => {
    const evidence = evidenceOf({
      ...base,
      file: 'src/version.js',
      line: 31,
      excerpt: 'assert[name] = () => {};',
    });
    expect(evidence).toEqual({
      where: 'src/version.js:31',
      excerpt: 'assert[name] = () => {};',
      facts: [],
    });
  });

  it('shows a canary as the planted check with expected against actual', () => {
    const evidence = evidenceOf({
      ...base,
      layer: 'canary',
      code: 'canary-passed',
      test: 'fixpoint canary 7f3a',
      expected: 'fail',
      actual: 'pass',
    });
    expect(evidence.where).toBeNull();
    expect(evidence.facts).toEqual([
      { label: 'Check', value: 'fixpoint canary 7f3a' },
      { label: 'Expected', value: 'fail' },
      { label: 'Actual', value: 'pass' },
    ]);
  });

  it('names the missing or extra test of a test-set finding', () => {
    const evidence = evidenceOf({
      ...base,
      layer: 'test-set',
      code: 'test-missing',
      test: 'compares major versions',
    });
    expect(evidence.facts).toEqual([{ label: 'Test', value: 'compares major versions' }]);
  });

  it('never invents evidence: every value shown comes from the finding', () => {
    const text = fc.option(fc.string({ minLength: 1 }), { nil: null });
    fc.assert(
      fc.property(
        fc.record({
          layer: fc.constantFrom('scan', 'canary', 'test-set', 'separation'),
          file: text,
          line: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: null }),
          excerpt: text,
          test: text,
          expected: text,
          actual: text,
        }),
        (f) => {
          const evidence = evidenceOf({ ...base, ...f });
          const values = evidence.facts.map((x) => x.value);
          expect(values).toEqual([f.test, f.expected, f.actual].filter((v) => v !== null));
          expect(evidence.excerpt).toBe(f.excerpt);
          expect(evidence.where === null).toBe(f.file === null);
        },
      ),
    );
  });
});

describe('the order of findings', () => {
  const finding = (layer: string, code: string, test: string | null = null): IntegrityFinding => ({
    ...base,
    layer,
    code,
    test,
  });

  it('puts planted checks and the scan first and folds missing and extra tests into lists', () => {
    const grouped = groupFindings([
      finding('test-set', 'test-missing', 'compares major versions'),
      finding('scan', 'scan-test-framework'),
      finding('test-set', 'test-extra', 'test/version.hidden.test.js'),
      finding('canary', 'canary-missing', 'returns keys'),
      finding('test-set', 'test-missing', 'pads missing components with zeros'),
    ]);
    expect(grouped.findings.map((f) => f.code)).toEqual(['canary-missing', 'scan-test-framework']);
    expect(grouped.missing).toEqual([
      'compares major versions',
      'pads missing components with zeros',
    ]);
    expect(grouped.extra).toEqual(['test/version.hidden.test.js']);
  });

  it('loses no finding', () => {
    const layers = fc.constantFrom('canary', 'scan', 'test-set', 'separation');
    const codes = fc.constantFrom(
      'test-missing',
      'test-extra',
      'canary-passed',
      'scan-process-exit',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(layers, codes, fc.string({ minLength: 1 }))), (list) => {
        const all = list.map(([layer, code, test]) => finding(layer, code, test));
        const grouped = groupFindings(all);
        expect(grouped.findings.length + grouped.missing.length + grouped.extra.length).toBe(
          all.length,
        );
      }),
    );
  });
});
