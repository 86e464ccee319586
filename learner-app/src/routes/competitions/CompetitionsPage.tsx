import { useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { EmptyState, ErrorState, LoadingState } from '../../components/StatusViews';
import { COMPETITIONS } from './competitions.graphql';
import './competitions.css';

const WHEN = [
  { value: 'LIVE', label: 'Live' },
  { value: 'UPCOMING', label: 'Upcoming' },
  { value: 'PAST', label: 'Past' },
] as const;

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** /competitions — contests to join: live, upcoming and past. */
export default function CompetitionsPage() {
  useDocumentTitle('Competitions');
  const [when, setWhen] = useState<(typeof WHEN)[number]['value']>('LIVE');
  const { data, loading, error, refetch } = useQuery(COMPETITIONS, { when });
  return (
    <div className="page competitions">
      <h1>Competitions</h1>
      <div role="tablist" aria-label="When" className="competitions__tabs">
        {WHEN.map((w) => (
          <button
            key={w.value}
            type="button"
            role="tab"
            aria-selected={when === w.value}
            className={`button ${when === w.value ? 'button--primary' : 'button--ghost'}`}
            onClick={() => setWhen(w.value)}
          >
            {w.label}
          </button>
        ))}
      </div>
      {loading ? (
        <LoadingState label="Loading competitions…" />
      ) : error || !data ? (
        <ErrorState error={error} title="Could not load competitions" onRetry={refetch} />
      ) : data.competitions.length === 0 ? (
        <EmptyState title={`No ${when.toLowerCase()} competitions right now`} />
      ) : (
        <ul className="competitions__list">
          {data.competitions.map((c) => (
            <li key={c.id} className="competitions__card">
              <Link to={`/competitions/${c.id}`} className="competitions__title">
                {c.title}
              </Link>
              <span className="competitions__meta">
                {time.format(new Date(c.startsAt))} – {time.format(new Date(c.endsAt))} ·{' '}
                {c.entrants} {c.entrants === 1 ? 'entrant' : 'entrants'}
                {c.kind === 'HIRING' ? ' · hiring' : ''}
                {c.registered ? ' · registered' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
