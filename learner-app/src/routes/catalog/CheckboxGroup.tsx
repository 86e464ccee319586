import type { ReactNode } from 'react';

interface CheckboxGroupProps<T extends string | number> {
  legend: string;
  options: { value: T; label: ReactNode; name: string }[];
  selected: T[];
  onToggle: (value: T) => void;
}

export function CheckboxGroup<T extends string | number>(props: CheckboxGroupProps<T>) {
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} className="filter-option">
          <input
            type="checkbox"
            checked={props.selected.includes(option.value)}
            onChange={() => props.onToggle(option.value)}
            aria-label={option.name}
          />
          <span aria-hidden="true">{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
