import { AppError } from '../common/app-error';

export const AttemptErrors = {
  notFound: () =>
    new AppError('NOT_FOUND', 'No such attempt. Start the challenge again from the catalog.'),
  finished: () =>
    new AppError(
      'CONFLICT',
      'This attempt was already submitted. Start a new attempt to try again.',
    ),
  notEditable: (path: string) =>
    new AppError(
      'BAD_USER_INPUT',
      `${path} is not one of the files you can change in this challenge.`,
      {
        field: 'files',
        path,
      },
    ),
  badPath: (path: string, why: string) =>
    new AppError('BAD_USER_INPUT', `${JSON.stringify(path)} is not a valid file path: ${why}`, {
      field: 'files',
    }),
  tooLarge: (what: string) =>
    new AppError('BAD_USER_INPUT', `${what}. Send smaller files.`, { field: 'files' }),
  timeUp: () =>
    new AppError('CONFLICT', 'Time is up: your last saved work is being submitted.', {
      reason: 'TIME_UP',
    }),
  hintsNotAllowed: () =>
    new AppError('BAD_USER_INPUT', 'Hints are turned off for this assessment.'),
  partOfAssessment: () =>
    new AppError('CONFLICT', 'This challenge is part of an assessment: submit the assessment.'),
  noHintsLeft: (count: number) =>
    new AppError('BAD_USER_INPUT', `You have seen all ${count} hints for this challenge.`),
};
