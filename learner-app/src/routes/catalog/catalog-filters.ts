// The catalog's filter state: parsed from and written to the URL (so filters survive a reload
// and the back button), and turned into the `challenges` query's variables.
import type { ChallengeFilter, ChallengeOrder, SourceKind } from '../../api/types';

export type SourceChoice = 'ANY' | SourceKind;

export interface CatalogFilters {
  languages: string[];
  difficulties: number[];
  bugTypes: string[];
  source: SourceChoice;
  text: string;
  orderBy: ChallengeOrder;
}

export const PAGE_SIZE = 24;

export const SORT_OPTIONS: { value: ChallengeOrder; label: string }[] = [
  { value: 'DIFFICULTY_ASC', label: 'Easiest first' },
  { value: 'DIFFICULTY_DESC', label: 'Hardest first' },
  { value: 'ESTIMATED_MINUTES_ASC', label: 'Quickest first' },
  { value: 'NEWEST', label: 'Newest' },
  { value: 'TITLE_ASC', label: 'Title A–Z' },
];

export const DEFAULT_FILTERS: CatalogFilters = {
  languages: [],
  difficulties: [],
  bugTypes: [],
  source: 'ANY',
  text: '',
  orderBy: 'DIFFICULTY_ASC',
};

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function filtersFromSearch(search: string): CatalogFilters {
  const params = new URLSearchParams(search);
  const source = params.get('source')?.toUpperCase();
  const sort = params.get('sort')?.toUpperCase();
  return {
    languages: list(params.get('language')),
    difficulties: list(params.get('difficulty'))
      .map(Number)
      .filter((n) => Number.isInteger(n) && n >= 1 && n <= 5),
    bugTypes: list(params.get('bug')),
    source: source === 'GITHUB' || source === 'SYNTHETIC' ? source : 'ANY',
    text: params.get('q') ?? '',
    orderBy: SORT_OPTIONS.some((o) => o.value === sort)
      ? (sort as ChallengeOrder)
      : DEFAULT_FILTERS.orderBy,
  };
}

export function filtersToSearch(filters: CatalogFilters): string {
  const params = new URLSearchParams();
  if (filters.languages.length) params.set('language', filters.languages.join(','));
  if (filters.difficulties.length) params.set('difficulty', filters.difficulties.join(','));
  if (filters.bugTypes.length) params.set('bug', filters.bugTypes.join(','));
  if (filters.source !== 'ANY') params.set('source', filters.source.toLowerCase());
  if (filters.text) params.set('q', filters.text);
  if (filters.orderBy !== DEFAULT_FILTERS.orderBy)
    params.set('sort', filters.orderBy.toLowerCase());
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function hasActiveFilters(filters: CatalogFilters): boolean {
  return (
    filters.languages.length > 0 ||
    filters.difficulties.length > 0 ||
    filters.bugTypes.length > 0 ||
    filters.source !== 'ANY' ||
    filters.text.trim() !== ''
  );
}

export interface ChallengesVariables {
  filter?: ChallengeFilter;
  first: number;
  after?: string;
  orderBy: ChallengeOrder;
}

/** Only the filters in use are sent: an empty list would mean "match nothing" to some APIs. */
export function toQueryVariables(
  filters: CatalogFilters,
  after?: string | null,
): ChallengesVariables {
  const filter: ChallengeFilter = {};
  if (filters.languages.length) filter.languages = [...filters.languages].sort();
  if (filters.difficulties.length)
    filter.difficulties = [...filters.difficulties].sort((a, b) => a - b);
  if (filters.bugTypes.length) filter.bugTypes = [...filters.bugTypes].sort();
  if (filters.source !== 'ANY') filter.sourceKind = filters.source;
  const text = filters.text.trim();
  if (text) filter.text = text;
  return {
    ...(Object.keys(filter).length ? { filter } : {}),
    first: PAGE_SIZE,
    ...(after ? { after } : {}),
    orderBy: filters.orderBy,
  };
}

export function toggle<T>(values: T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
