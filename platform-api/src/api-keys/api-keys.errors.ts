import { AppError } from '../common/app-error';
import { invalid } from '../common/parse-input';

export const ApiKeyErrors = {
  invalid,
  notFound: () => new AppError('NOT_FOUND', 'No such API key.'),
};
