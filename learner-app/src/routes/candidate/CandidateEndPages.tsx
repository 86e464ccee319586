import { Icon } from '../../components/icons';
import type { ClosedReason } from './useCandidateFlow';

const CLOSED: Record<ClosedReason, { title: string; text: (company: string | null) => string }> = {
  unknown: {
    title: 'This link is not valid',
    text: () => 'Check that you opened the whole link from your invitation email.',
  },
  revoked: {
    title: 'This invitation was withdrawn',
    text: (company) =>
      `${company ?? 'The company'} withdrew this invitation. Contact them if you think this is a mistake.`,
  },
  expired: {
    title: 'This link has expired',
    text: (company) => `Ask ${company ?? 'the company'} for a new invitation.`,
  },
};

/** A link that offers nothing: unknown, withdrawn or lapsed. */
export function CandidateClosedPage({
  reason,
  companyName,
}: {
  reason: ClosedReason;
  companyName: string | null;
}) {
  const { title, text } = CLOSED[reason];
  return (
    <div className="candidate-page" data-testid="candidate-closed" data-reason={reason}>
      {companyName && <p className="candidate-page__company">{companyName}</p>}
      <h1 className="candidate-page__title">
        <Icon name="warning" /> {title}
      </h1>
      <p>{text(companyName)}</p>
    </div>
  );
}

/** The end: handed in (by the candidate or the clock). No score is shown. */
export function CandidateDonePage({
  companyName,
  endedBy,
}: {
  companyName: string;
  endedBy: 'submitted' | 'expired';
}) {
  return (
    <div className="candidate-page" data-testid="candidate-done">
      <p className="candidate-page__company">{companyName}</p>
      <h1 className="candidate-page__title">
        <Icon name="check" /> Submitted — thank you
      </h1>
      <p>
        {endedBy === 'expired'
          ? 'Your time ran out and your last saved work was handed in.'
          : 'Your assessment was handed in.'}{' '}
        {companyName} will be in touch about the next steps. You can close this tab.
      </p>
    </div>
  );
}
