import { useCallback, useId, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { EmptyState, ErrorState, LoadingState } from '../../components/StatusViews';
import {
  DEFAULT_FILTERS,
  filtersFromSearch,
  filtersToSearch,
  SORT_OPTIONS,
  type CatalogFilters,
} from './catalog-filters';
import { ChallengeCard } from './ChallengeCard';
import { FiltersPanel } from './FiltersPanel';
import { useChallengeCatalog } from './useChallengeCatalog';
import './catalog.css';

export function CatalogPage() {
  useDocumentTitle('Challenges');
  const { search } = useLocation();
  const navigate = useNavigate();
  const filters = filtersFromSearch(search);
  const sortId = useId();
  const catalog = useChallengeCatalog(filters);
  // Phones only (CSS): the filters fold away so the cards come first.
  const [filtersOpen, setFiltersOpen] = useState(false);

  // Filters live in the URL; replace (not push) so typing does not flood the history.
  const setFilters = useCallback(
    (next: CatalogFilters) => {
      void navigate(`/${filtersToSearch(next)}`, { replace: true });
    },
    [navigate],
  );

  const countText = catalog.loading
    ? 'Loading challenges…'
    : catalog.error
      ? ''
      : `${catalog.totalCount} ${catalog.totalCount === 1 ? 'challenge' : 'challenges'}`;

  return (
    <div className="catalog">
      <button
        type="button"
        className="button catalog__filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls="catalog-filters"
        onClick={() => setFiltersOpen((open) => !open)}
      >
        {filtersOpen ? 'Hide filters' : 'Show filters'}
      </button>
      <aside
        id="catalog-filters"
        className={`catalog__filters${filtersOpen ? '' : ' catalog__filters--folded'}`}
        aria-label="Filters"
      >
        <FiltersPanel filters={filters} onChange={setFilters} />
      </aside>
      <section className="catalog__results" aria-labelledby="catalog-heading">
        <div className="catalog__toolbar">
          <div>
            <h1 id="catalog-heading" className="catalog__heading">
              Challenges
            </h1>
            <p className="catalog__count" role="status" aria-live="polite">
              {countText}
            </p>
          </div>
          <div className="catalog__sort">
            <label htmlFor={sortId} className="field__label">
              Sort by
            </label>
            <select
              id={sortId}
              className="select"
              value={filters.orderBy}
              onChange={(event) =>
                setFilters({ ...filters, orderBy: event.target.value as CatalogFilters['orderBy'] })
              }
            >
              {SORT_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </div>

        {catalog.error ? (
          <ErrorState
            error={catalog.error}
            title="Could not load the challenges"
            onRetry={catalog.retry}
          />
        ) : catalog.loading && !catalog.stale ? (
          <LoadingState label="Loading challenges…" />
        ) : catalog.challenges.length === 0 && !catalog.loading ? (
          <EmptyState title="No challenge matches these filters">
            <span>Try fewer filters or another search.</span>
            <button
              type="button"
              className="button"
              onClick={() => setFilters({ ...DEFAULT_FILTERS, orderBy: filters.orderBy })}
            >
              Clear filters
            </button>
          </EmptyState>
        ) : (
          <>
            <ul
              className={`catalog__grid${catalog.stale ? ' catalog__grid--stale' : ''}`}
              aria-busy={catalog.loading}
            >
              {catalog.challenges.map((challenge) => (
                <li key={challenge.slug}>
                  <ChallengeCard challenge={challenge} />
                </li>
              ))}
            </ul>
            {catalog.loadMoreError ? (
              <ErrorState
                error={catalog.loadMoreError}
                title="Could not load more"
                onRetry={() => void catalog.loadMore()}
              />
            ) : null}
            {catalog.hasMore && !catalog.loadMoreError && (
              <div className="catalog__more">
                <button
                  type="button"
                  className="button"
                  onClick={() => void catalog.loadMore()}
                  disabled={catalog.loadingMore}
                >
                  {catalog.loadingMore ? 'Loading…' : 'Load more challenges'}
                </button>
              </div>
            )}
          </>
        )}
      </section>
    </div>
  );
}
