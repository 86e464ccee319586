import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface PanelDefinition<K extends string> {
  key: K;
  label: string;
  badge?: ReactNode;
  content: ReactNode;
}

interface BottomPanelsProps<K extends string> {
  panels: PanelDefinition<K>[];
  active: K;
  onSelect: (key: K) => void;
}

/** The Console / Tests / Guide row: WAI-ARIA tabs (arrow keys move between them). */
export function BottomPanels<K extends string>({ panels, active, onSelect }: BottomPanelsProps<K>) {
  const baseId = useId();
  const tabRefs = useRef(new Map<K, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent) {
    const index = panels.findIndex((p) => p.key === active);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    let next = index;
    if (step) next = (index + step + panels.length) % panels.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = panels.length - 1;
    else return;
    event.preventDefault();
    onSelect(panels[next].key);
    tabRefs.current.get(panels[next].key)?.focus();
  }

  return (
    <section className="panels" aria-label="Output and guide">
      <div className="panels__tabs" role="tablist" aria-label="Panels" onKeyDown={onKeyDown}>
        {panels.map((panel) => (
          <button
            key={panel.key}
            ref={(node) => {
              if (node) tabRefs.current.set(panel.key, node);
              else tabRefs.current.delete(panel.key);
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${panel.key}`}
            aria-selected={panel.key === active}
            aria-controls={`${baseId}-panel-${panel.key}`}
            tabIndex={panel.key === active ? 0 : -1}
            className="panels__tab"
            onClick={() => onSelect(panel.key)}
          >
            {panel.label}
            {panel.badge}
          </button>
        ))}
      </div>
      {panels.map((panel) => (
        <div
          key={panel.key}
          role="tabpanel"
          id={`${baseId}-panel-${panel.key}`}
          aria-labelledby={`${baseId}-tab-${panel.key}`}
          hidden={panel.key !== active}
          tabIndex={0}
          className="panels__panel"
        >
          {panel.content}
        </div>
      ))}
    </section>
  );
}
