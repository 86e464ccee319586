import { AppError } from '../common/app-error';
import { invalid } from '../common/parse-input';

export const AssessmentErrors = {
  notFound: () => new AppError('NOT_FOUND', 'No such assessment in this company.'),
  invalid,
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
