import { AppError } from '../common/app-error';

export const CatalogErrors = {
  notFound: (slug: string) =>
    new AppError('NOT_FOUND', `There is no challenge "${slug}". Check the slug in the catalog.`),
  badCursor: () =>
    new AppError('BAD_USER_INPUT', 'That cursor is not valid. Start again from the first page.', {
      field: 'after',
    }),
  badPageSize: () =>
    new AppError('BAD_USER_INPUT', 'first: ask for between 1 and 100 items.', { field: 'first' }),
};
