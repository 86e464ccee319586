import { difficultyName } from './labels';

/** Difficulty as 1-5 stars plus its name, so it reads the same with or without the stars. */
export function DifficultyStars({ level, compact = false }: { level: number; compact?: boolean }) {
  const label = `Difficulty ${level} of 5: ${difficultyName(level)}`;
  return (
    <span className="difficulty" role="img" aria-label={label} title={label}>
      <span className="difficulty__stars" aria-hidden="true">
        {'★'.repeat(level)}
        <span className="difficulty__empty">{'★'.repeat(Math.max(0, 5 - level))}</span>
      </span>
      {!compact && (
        <span className="difficulty__name" aria-hidden="true">
          {difficultyName(level)}
        </span>
      )}
    </span>
  );
}
