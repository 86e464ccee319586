import { AppError } from '../common/app-error';

export const CompetitionErrors = {
  notFound: () => new AppError('NOT_FOUND', 'No such competition.'),
  registrationClosed: (phase: string) =>
    new AppError(
      'CONFLICT',
      phase === 'scheduled'
        ? 'Registration has not opened yet. Come back when it does.'
        : 'Registration is closed for this competition.',
      { phase },
    ),
  notLive: (phase: string) =>
    new AppError(
      'CONFLICT',
      'This competition is not running: submits are accepted only while it is live.',
      {
        phase,
      },
    ),
  notRegistered: () =>
    new AppError('FORBIDDEN', 'Register for this competition before you submit.'),
  notInCompetition: () =>
    new AppError('BAD_USER_INPUT', 'This attempt is not on one of the competition’s challenges.', {
      field: 'attemptId',
    }),
  badSchedule: (message: string, field: string) =>
    new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field }),
  unknownChallenge: (slug: string, privateAllowed = false) =>
    new AppError(
      'BAD_USER_INPUT',
      `challengeSlugs: no catalog challenge${privateAllowed ? ' or private challenge of yours' : ''} "${slug}".`,
      { field: 'challengeSlugs' },
    ),
  consentRequired: (host: string | null) =>
    new AppError(
      'BAD_USER_INPUT',
      `${host ?? 'The company'} runs this hiring competition and will see your result: register with consent to take part.`,
      { field: 'consent' },
    ),
  wrongPhase: (action: string, phase: string) =>
    new AppError('CONFLICT', `A competition that is ${phase} cannot be ${action}.`, {
      phase,
      reason: 'WRONG_PHASE',
    }),
  paused: () =>
    new AppError(
      'CONFLICT',
      'This competition is paused: submits are accepted again once it resumes.',
      { phase: 'paused', reason: 'PAUSED' },
    ),
  candidatesCannot: () =>
    new AppError('FORBIDDEN', 'Candidates on an assessment link cannot take part in competitions.'),
  notFinished: (phase: string) =>
    new AppError('CONFLICT', 'Finalists can be invited once the competition has ended.', {
      phase,
    }),
  noFinalists: () =>
    new AppError('CONFLICT', 'Nobody scored in this competition: there are no finalists.'),
  timerUnavailable: () =>
    new AppError(
      'SERVICE_UNAVAILABLE',
      'The competition timer is unavailable right now. Try again in a moment.',
    ),
};
