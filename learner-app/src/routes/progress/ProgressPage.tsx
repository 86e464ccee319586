import { MY_PROGRESS } from '../../api/operations.graphql';
import { useQuery } from '../../api/useQuery';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { bugTypeName, languageName } from '../../components/labels';
import { ErrorState, LoadingState } from '../../components/StatusViews';
import { AttemptHistory } from './AttemptHistory';
import { MasteryChart } from './MasteryChart';
import './progress.css';

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <div className="stat">
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value">{value}</dd>
    </div>
  );
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** /progress — lazy-loaded with the IDE's sibling chunk, not on the catalog. */
export default function ProgressPage() {
  useDocumentTitle('Your progress');
  const { data, loading, error, refetch } = useQuery(MY_PROGRESS);
  const progress = data?.myProgress;

  return (
    <div className="page progress">
      <h1 className="progress__title">Your progress</h1>
      {loading ? (
        <LoadingState label="Loading your progress…" />
      ) : error || !progress ? (
        <ErrorState error={error} title="Could not load your progress" onRetry={refetch} />
      ) : (
        <>
          <dl className="stats">
            <Stat label="Current streak" value={days(progress.streakDays)} />
            <Stat label="Longest streak" value={days(progress.longestStreakDays)} />
            <Stat label="Challenges solved" value={progress.solvedCount} />
            <Stat label="Attempts" value={progress.attemptCount} />
          </dl>
          <section className="progress__section" aria-labelledby="mastery-heading">
            <h2 id="mastery-heading">Mastery</h2>
            <div className="progress__charts">
              <MasteryChart
                title="By language"
                entries={progress.mastery.filter((m) => m.dimension === 'LANGUAGE')}
                nameOf={languageName}
                emptyText="Solve a challenge to see your languages here."
              />
              <MasteryChart
                title="By bug kind"
                entries={progress.mastery.filter((m) => m.dimension === 'BUG_TYPE')}
                nameOf={bugTypeName}
                emptyText="Solve a challenge to see the bug kinds you have mastered."
              />
            </div>
          </section>
          <section className="progress__section" aria-labelledby="achievements-heading">
            <h2 id="achievements-heading">Achievements</h2>
            {progress.achievements.length === 0 ? (
              <p className="progress__empty">None yet: your first solved challenge earns one.</p>
            ) : (
              <ul className="achievements">
                {progress.achievements.map((a) => (
                  <li key={a.code} className="achievement">
                    <span className="achievement__badge" aria-hidden="true">
                      ★
                    </span>
                    <div>
                      <strong>{a.title}</strong>
                      <p>{a.description}</p>
                      <span className="achievement__date">
                        Earned {dayFormat.format(new Date(a.earnedAt))}
                      </span>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <section className="progress__section" aria-labelledby="history-heading">
        <h2 id="history-heading">Attempt history</h2>
        <AttemptHistory />
      </section>
    </div>
  );
}
