import type { Entry } from './competition-types';

const elapsed = (ms: number | null) => {
  if (ms === null) return '—';
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** A board slice: rank, name, points and the tie-break time; the viewer's row is marked. */
export function LeaderboardTable({
  caption,
  entries,
  me,
}: {
  caption: string;
  entries: Entry[];
  me?: string;
}) {
  return (
    <table className="board">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Name</th>
          <th scope="col">Points</th>
          <th scope="col" title="Time of the last improving submit">
            Last gain
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.userId} aria-current={e.userId === me ? 'true' : undefined}>
            <td>{e.rank}</td>
            <td>{e.displayName}</td>
            <td>{e.points}</td>
            <td>{elapsed(e.lastImprovementMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
