import { useId, useState, type FormEvent } from 'react';
import { describeError } from '../../api/errors';
import type { CandidateLanding } from '../../api/types';
import { Icon } from '../../components/icons';
import { Markdown } from '../ide/markdown';

interface LandingProps {
  landing: CandidateLanding;
  beginning: boolean;
  error: unknown;
  onBegin: () => void;
}

function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (rest || !hours) parts.push(`${rest} ${rest === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ');
}

/** What the link leads to, before the clock starts: the facts, the consent and Begin. */
export function CandidateLandingPage({ landing, beginning, error, onBegin }: LandingProps) {
  const [consent, setConsent] = useState(false);
  const [tried, setTried] = useState(false);
  const consentId = useId();
  const missingConsent = tried && !consent;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (consent) onBegin();
  }

  return (
    <div className="candidate-page" data-testid="candidate-landing">
      <p className="candidate-page__company">{landing.companyName}</p>
      <h1 className="candidate-page__title">{landing.assessmentTitle}</h1>
      {landing.candidateName && <p>Hello {landing.candidateName},</p>}
      <dl className="candidate-facts">
        <div>
          <dt>Time limit</dt>
          <dd data-testid="candidate-time-limit">{duration(landing.timeLimitMinutes)}</dd>
        </div>
        <div>
          <dt>Challenges</dt>
          <dd>{landing.challengeCount}</dd>
        </div>
        <div>
          <dt>Hints</dt>
          <dd>{landing.hintsAllowed ? 'Allowed (each one lowers the score)' : 'Not allowed'}</dd>
        </div>
      </dl>
      <p className="candidate-page__note">
        The time limit includes any extra time agreed with {landing.companyName}. The clock starts
        when you press Begin and keeps running if you close the tab: open this link again to
        continue where you left off.
      </p>
      <section aria-labelledby={`${consentId}-instructions`} className="candidate-page__section">
        <h2 id={`${consentId}-instructions`}>Instructions</h2>
        <Markdown source={landing.instructions} className="candidate-page__instructions" />
      </section>
      <form onSubmit={submit} noValidate className="candidate-page__form">
        <div className={`consent${missingConsent ? ' consent--missing' : ''}`}>
          <input
            id={consentId}
            type="checkbox"
            checked={consent}
            data-testid="candidate-consent"
            aria-invalid={missingConsent || undefined}
            aria-describedby={missingConsent ? `${consentId}-error` : undefined}
            onChange={(event) => setConsent(event.target.checked)}
          />
          <label htmlFor={consentId}>
            I agree that my code, runs, paste and focus events are recorded and shared with{' '}
            {landing.companyName} for this assessment
          </label>
        </div>
        {missingConsent && (
          <p id={`${consentId}-error`} className="field-error" role="alert">
            <Icon name="warning" /> Tick the box to agree before you begin.
          </p>
        )}
        {error ? (
          <p className="alert" role="alert">
            {describeError(error)}
          </p>
        ) : null}
        <button
          type="submit"
          className="button button--primary candidate-page__begin"
          data-testid="candidate-begin"
          disabled={beginning}
        >
          {beginning ? 'Starting…' : 'Begin'}
        </button>
      </form>
    </div>
  );
}
