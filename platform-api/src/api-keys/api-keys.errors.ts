import { AppError } from '../common/app-error';

export const ApiKeyErrors = {
  invalid: (field: string, message: string) =>
    new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field }),
  notFound: () => new AppError('NOT_FOUND', 'No such API key.'),
};
