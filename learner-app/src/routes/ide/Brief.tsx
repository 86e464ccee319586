import type { ChallengeDetail } from '../../api/types';
import { sourceName } from '../../components/labels';
import { Markdown } from './markdown';

export function Brief({ challenge }: { challenge: ChallengeDetail }) {
  const { limits } = challenge;
  return (
    <section className="brief" aria-labelledby="brief-heading">
      <h2 id="brief-heading" className="sidebar__heading">
        Brief
      </h2>
      <Markdown source={challenge.summary} className="brief__body" />
      <dl className="brief__facts">
        <div>
          <dt>Runtime</dt>
          <dd>
            {challenge.runtime}
            {challenge.framework !== 'none' ? ` · ${challenge.framework}` : ''}
          </dd>
        </div>
        <div>
          <dt>Limits</dt>
          <dd>
            {limits.cpuSeconds} s CPU · {limits.wallSeconds} s wall · {limits.memoryMb} MB
          </dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>
            {challenge.sourceKind === 'GITHUB' && challenge.sourceUrl ? (
              <a href={challenge.sourceUrl} target="_blank" rel="noopener noreferrer">
                Modelled on a GitHub issue
              </a>
            ) : (
              sourceName(challenge.sourceKind)
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
