import { useEffect, useId, useState } from 'react';
import { DifficultyStars } from '../../components/DifficultyStars';
import { BUG_TYPES, DIFFICULTIES, LANGUAGES } from '../../components/labels';
import {
  hasActiveFilters,
  toggle,
  type CatalogFilters,
  type SourceChoice,
} from './catalog-filters';
import { CheckboxGroup } from './CheckboxGroup';

interface FiltersPanelProps {
  filters: CatalogFilters;
  onChange: (next: CatalogFilters) => void;
}

const SOURCES: { value: SourceChoice; label: string }[] = [
  { value: 'ANY', label: 'Any source' },
  { value: 'GITHUB', label: 'GitHub issue' },
  { value: 'SYNTHETIC', label: 'Synthetic' },
];

/** Free text waits for a pause in typing so each keystroke is not a request. */
function useDebouncedText(text: string, onSettled: (text: string) => void, delayMs = 300) {
  const [draft, setDraft] = useState(text);
  const [lastText, setLastText] = useState(text);
  // The URL changed under us (back button, "Clear filters"): show its text.
  if (text !== lastText) {
    setLastText(text);
    setDraft(text);
  }
  useEffect(() => {
    if (draft === text) return;
    const timer = setTimeout(() => onSettled(draft), delayMs);
    return () => clearTimeout(timer);
  }, [draft, text, onSettled, delayMs]);
  return [draft, setDraft] as const;
}

export function FiltersPanel({ filters, onChange }: FiltersPanelProps) {
  const searchId = useId();
  const [draft, setDraft] = useDebouncedText(filters.text, (text) =>
    onChange({ ...filters, text }),
  );

  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter challenges"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor={searchId} className="field__label">
          Search
        </label>
        <input
          id={searchId}
          type="search"
          className="input"
          placeholder="Title, tag or topic"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
      </div>

      <CheckboxGroup
        legend="Language"
        options={Object.entries(LANGUAGES).map(([value, label]) => ({ value, label, name: label }))}
        selected={filters.languages}
        onToggle={(value) => onChange({ ...filters, languages: toggle(filters.languages, value) })}
      />

      <CheckboxGroup
        legend="Difficulty"
        options={Object.entries(DIFFICULTIES).map(([level, name]) => ({
          value: Number(level),
          name: `${level} of 5: ${name}`,
          label: <DifficultyStars level={Number(level)} />,
        }))}
        selected={filters.difficulties}
        onToggle={(value) =>
          onChange({ ...filters, difficulties: toggle(filters.difficulties, value) })
        }
      />

      <CheckboxGroup
        legend="Bug kind"
        options={Object.entries(BUG_TYPES).map(([value, label]) => ({ value, label, name: label }))}
        selected={filters.bugTypes}
        onToggle={(value) => onChange({ ...filters, bugTypes: toggle(filters.bugTypes, value) })}
      />

      <fieldset className="filter-group">
        <legend className="filter-group__legend">Source</legend>
        {SOURCES.map((source) => (
          <label key={source.value} className="filter-option">
            <input
              type="radio"
              name="source"
              checked={filters.source === source.value}
              onChange={() => onChange({ ...filters, source: source.value })}
            />
            <span>{source.label}</span>
          </label>
        ))}
      </fieldset>

      {hasActiveFilters(filters) && (
        <button
          type="button"
          className="button"
          onClick={() =>
            onChange({
              ...filters,
              languages: [],
              difficulties: [],
              bugTypes: [],
              source: 'ANY',
              text: '',
            })
          }
        >
          Clear filters
        </button>
      )}
    </form>
  );
}
