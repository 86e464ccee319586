import type { Run } from '../../api/types';

export function ConsolePanel({ run }: { run: Run | undefined }) {
  if (!run) return <p className="panel-note">The output of your last run shows here.</p>;
  return (
    <div className="console">
      <h3 className="console__heading">Standard output</h3>
      <pre className="console__stream">{run.stdout || '(no output)'}</pre>
      <h3 className="console__heading">Standard error</h3>
      <pre className="console__stream console__stream--stderr">{run.stderr || '(no output)'}</pre>
    </div>
  );
}
