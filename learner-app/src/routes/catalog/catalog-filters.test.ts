import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  filtersFromSearch,
  filtersToSearch,
  hasActiveFilters,
  toQueryVariables,
  toggle,
} from './catalog-filters';

describe('catalog filters', () => {
  it('sends no filter at all when nothing is chosen', () => {
    expect(toQueryVariables(DEFAULT_FILTERS)).toEqual({ first: 24, orderBy: 'DIFFICULTY_ASC' });
  });

  it('turns chosen filters into the query variables, sorted so equal choices share a cache key', () => {
    const variables = toQueryVariables({
      languages: ['python', 'go'],
      difficulties: [3, 1],
      bugTypes: ['off-by-one'],
      source: 'GITHUB',
      text: '  pagination ',
      orderBy: 'NEWEST',
    });
    expect(variables).toEqual({
      filter: {
        languages: ['go', 'python'],
        difficulties: [1, 3],
        bugTypes: ['off-by-one'],
        sourceKind: 'GITHUB',
        text: 'pagination',
      },
      first: 24,
      orderBy: 'NEWEST',
    });
  });

  it('asks for the page after the cursor when loading more', () => {
    expect(toQueryVariables(DEFAULT_FILTERS, 'cursor-9')).toMatchObject({ after: 'cursor-9' });
  });

  it('round-trips through the URL', () => {
    const filters = {
      languages: ['javascript'],
      difficulties: [2],
      bugTypes: ['logic', 'date-time'],
      source: 'SYNTHETIC' as const,
      text: 'cache & lru',
      orderBy: 'TITLE_ASC' as const,
    };
    const search = filtersToSearch(filters);
    expect(search).toContain('language=javascript');
    expect(filtersFromSearch(search)).toEqual(filters);
  });

  it('keeps the default order out of the URL and ignores values it does not know', () => {
    expect(filtersToSearch(DEFAULT_FILTERS)).toBe('');
    expect(filtersFromSearch('?difficulty=0,2,9,x&source=gitlab&sort=random')).toEqual({
      ...DEFAULT_FILTERS,
      difficulties: [2],
    });
  });

  it('knows when any filter is active (the sort order is not a filter)', () => {
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, orderBy: 'NEWEST' })).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, text: 'x' })).toBe(true);
  });

  it('toggles a value in and out of a list', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
