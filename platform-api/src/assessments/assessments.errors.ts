import { AppError } from '../common/app-error';

export const AssessmentErrors = {
  notFound: () => new AppError('NOT_FOUND', 'No such assessment in this company.'),
  invalid: (field: string, message: string) =>
    new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field }),
  unknownChallenge: (slug: string) =>
    new AppError(
      'BAD_USER_INPUT',
      `challengeSlugs: no challenge "${slug}" in the catalog or yours.`,
      {
        field: 'challengeSlugs',
        slug,
      },
    ),
  locked: () =>
    new AppError(
      'CONFLICT',
      'Candidates were already invited to this assessment, so it cannot change. Duplicate it instead.',
    ),
  badTransition: (from: string, to: string) =>
    new AppError('CONFLICT', `A ${from} assessment cannot become ${to}.`),
};
