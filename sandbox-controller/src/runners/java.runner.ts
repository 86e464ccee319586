import { parseJunitXml, junitCaseToTest } from '../reports/junit-xml';
import { SANDBOX, noReportReason, type Runner } from './runner';

const JAR = `${SANDBOX.opt}/junit/junit-platform-console-standalone.jar`;
const CLASSES = `${SANDBOX.harness}/classes`;
const REPORTS = `${SANDBOX.harness}/reports`;

/** Heap for javac and the test JVM: the JVM cannot see the memory cgroup from inside, so -Xmx
 * keeps its heap under the run's limit and leaves room for metaspace, code cache and threads. */
export const javaHeapMb = (memoryMb: number): number => Math.max(48, Math.floor(memoryMb * 0.6));

/**
 * Java 17 with JUnit 5: compile src/main and src/test with javac, then run the JUnit Platform
 * console launcher (prepared by Maven) with legacy XML reports, capturing each test's output.
 */
export const javaRunner: Runner = {
  runtime: 'java',
  environment: (tc) => ({
    mounts: [
      { source: tc.paths.junitJar, target: JAR },
      ...(tc.paths.javaHome.startsWith('/usr/')
        ? []
        : [{ source: tc.paths.javaHome, target: tc.paths.javaHome }]),
      // Debian's JDK keeps its conf/ as links into /etc/java-<n>-openjdk.
      ...(tc.paths.javaEtc ? [{ source: tc.paths.javaEtc, target: tc.paths.javaEtc }] : []),
    ],
    env: { JAVA_HOME: tc.paths.javaHome },
    path: [`${tc.paths.javaHome}/bin`],
  }),
  testPlan: (_files, limits) => {
    const jvm = `-Xmx${javaHeapMb(limits.memoryMb)}m -Xss1m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData`;
    const script = [
      'set -e',
      `mkdir -p ${CLASSES}`,
      `find src -name '*.java' -type f | sort > ${SANDBOX.harness}/sources`,
      `javac ${jvm.replace(/-X/g, '-J-X')} -encoding UTF-8 -nowarn -d ${CLASSES} -cp ${JAR} @${SANDBOX.harness}/sources`,
      `for r in src/main/resources src/test/resources; do if [ -d "$r" ]; then cp -R "$r/." ${CLASSES}/; fi; done`,
      `exec java ${jvm} -jar ${JAR} execute --class-path ${CLASSES} --scan-class-path --reports-dir ${REPORTS}` +
        ' --disable-banner --disable-ansi-colors --details=tree' +
        ' --config=junit.platform.output.capture.stdout=true --config=junit.platform.output.capture.stderr=true',
    ].join('\n');
    return { argv: ['/bin/sh', '-c', script], reportPath: `${REPORTS}/TEST-junit-jupiter.xml` };
  },
  parse: (raw) => {
    if (raw.report === null)
      return { tests: [], error: noReportReason(raw, 'javac or JUnit failed') };
    const tests = parseJunitXml(raw.report).map((c) => {
      // The legacy report lists JUnit's own ids in system-out; keep only what the test printed.
      const out = c.systemOut
        .split('\n')
        .filter((l) => !/^(unique-id|display-name): /.test(l))
        .join('\n')
        .trim();
      return junitCaseToTest(c, c.classname ? `${c.classname} > ${c.name}` : c.name, {
        output: [out, c.systemErr.trim()].filter(Boolean).join('\n'),
        message:
          c.status === 'fail' || c.status === 'error'
            ? javaMessage(c.details ?? c.message ?? '')
            : undefined,
      });
    });
    return { tests };
  },
};

/** The exception line and the first frames in the challenge's own code, not JUnit's or the JDK's. */
export function javaMessage(details: string): string {
  const lines = details.split('\n');
  const frames = lines
    .slice(1)
    .map((l) => l.trim())
    .filter(
      (l) => l.startsWith('at ') && !/^at (org\.junit|org\.opentest4j|java\.|jdk\.|sun\.)/.test(l),
    )
    .slice(0, 3);
  return [lines[0], ...frames.map((f) => `  ${f}`)].join('\n');
}
