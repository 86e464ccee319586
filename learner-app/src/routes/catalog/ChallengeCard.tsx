import type { ChallengeSummary } from '../../api/types';
import { Link } from 'react-router';
import { DifficultyStars } from '../../components/DifficultyStars';
import { Icon } from '../../components/icons';
import { bugTypeName, languageName, sourceName } from '../../components/labels';

export function ChallengeCard({ challenge }: { challenge: ChallengeSummary }) {
  return (
    <article className="challenge-card">
      <div className="challenge-card__top">
        <span className="challenge-card__language">{languageName(challenge.language)}</span>
        <span
          className={`challenge-card__source challenge-card__source--${challenge.sourceKind.toLowerCase()}`}
        >
          {sourceName(challenge.sourceKind)}
        </span>
      </div>
      <h2 className="challenge-card__title">
        {/* The link's box covers the card (CSS), so the whole card is one click target. */}
        <Link
          to={`/challenges/${encodeURIComponent(challenge.slug)}`}
          className="challenge-card__link"
        >
          {challenge.title}
        </Link>
      </h2>
      <div className="challenge-card__meta">
        <DifficultyStars level={challenge.difficulty} />
        <span className="challenge-card__minutes">
          <Icon name="clock" />
          <span>{challenge.estimatedMinutes} min</span>
        </span>
      </div>
      <ul className="challenge-card__bugs" aria-label="Bug kinds">
        {challenge.bugTypes.map((bug) => (
          <li key={bug} className="tag">
            {bugTypeName(bug)}
          </li>
        ))}
      </ul>
    </article>
  );
}
