import { AppError } from '../common/app-error';

export const ReportErrors = {
  submissionNotFound: () =>
    new AppError('NOT_FOUND', 'No such submission in this company. Open it from the report.'),
  noReviewNeeded: () =>
    new AppError(
      'CONFLICT',
      'This submission was scored automatically: there is nothing to decide.',
    ),
  alreadyDecided: (decision: string) =>
    new AppError(
      'CONFLICT',
      `This review was already decided (${decision}). A decision is final; read it in the report.`,
      { reason: 'ALREADY_DECIDED' },
    ),
  fourEyes: () =>
    new AppError(
      'FORBIDDEN',
      'You invited this candidate: another member of your team must accept a flagged result (four eyes). You can still reject it.',
      { reason: 'FOUR_EYES_REQUIRED' },
    ),
  reasonRequired: () =>
    new AppError(
      'BAD_USER_INPUT',
      'reason: say why (1 to 2000 characters); it is kept in the audit log.',
      { field: 'reason' },
    ),
};
