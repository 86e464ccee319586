import { AppError } from '../common/app-error';
import { invalid } from '../common/parse-input';

export const InviteErrors = {
  notFound: () => new AppError('NOT_FOUND', 'No such candidate invite in this company.'),
  invalid,
  notPublished: (status: string) =>
    new AppError(
      'CONFLICT',
      status === 'draft'
        ? 'Publish the assessment before inviting candidates.'
        : 'This assessment is archived: it takes no new candidates.',
    ),
  alreadyStarted: () =>
    new AppError('CONFLICT', 'The candidate already started, so this invite can no longer change.'),
  competitionPipeline: () =>
    new AppError(
      'CONFLICT',
      "This is a hiring competition's pipeline: its entrants register themselves, nobody is sent a link. Invite them onward to another assessment.",
    ),
  finished: () => new AppError('CONFLICT', 'This candidate is done: there is nothing to resend.'),
};
