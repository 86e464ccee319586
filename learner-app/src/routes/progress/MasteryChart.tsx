import type { Mastery } from '../../api/types';

interface MasteryChartProps {
  title: string;
  entries: Mastery[];
  nameOf: (key: string) => string;
  emptyText: string;
}

/** Horizontal bars drawn with CSS: each row also states its level and solved count in words. */
export function MasteryChart({ title, entries, nameOf, emptyText }: MasteryChartProps) {
  const sorted = [...entries].sort(
    (a, b) => b.level - a.level || nameOf(a.key).localeCompare(nameOf(b.key)),
  );
  return (
    <figure className="mastery">
      <figcaption className="mastery__title">{title}</figcaption>
      {sorted.length === 0 ? (
        <p className="mastery__empty">{emptyText}</p>
      ) : (
        <ul className="mastery__rows">
          {sorted.map((entry) => {
            const percent = Math.round(Math.min(1, Math.max(0, entry.level)) * 100);
            return (
              <li key={entry.key} className="mastery__row">
                <span className="mastery__name">{nameOf(entry.key)}</span>
                <span
                  className="mastery__bar"
                  role="meter"
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={percent}
                  aria-label={`${nameOf(entry.key)} mastery`}
                >
                  <span className="mastery__fill" style={{ width: `${percent}%` }} />
                </span>
                <span className="mastery__value">
                  {percent}% · {entry.solved} solved
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </figure>
  );
}
