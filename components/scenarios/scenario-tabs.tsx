"use client";

import { scenarioColors, scenarioLabel } from "./scenario-colors";
import { MAX_SCENARIOS } from "./scenario-set-state";

type Props = {
  count: number;
  active: number;
  onSelect: (index: number) => void;
  onAdd: () => void;
  onDuplicate: () => void;
  onRemove: () => void;
};

/** Picks the scenario the inputs edit; adds a new one or a copy of it (up to four), or removes it. */
export function ScenarioTabs({ count, active, onSelect, onAdd, onDuplicate, onRemove }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="scenario-tabs" data-count={count}>
      <div role="tablist" aria-label="Scenarios" className="flex flex-wrap gap-2">
        {Array.from({ length: count }, (_, index) => (
          <button
            key={index}
            type="button"
            role="tab"
            aria-selected={index === active}
            onClick={() => onSelect(index)}
            className={`flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm ${index === active ? "border-accent font-semibold" : "border-border hover:border-accent"}`}
            data-testid={`scenario-tab-${index + 1}`}
          >
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: scenarioColors[index] }} />
            {scenarioLabel(index)}
          </button>
        ))}
      </div>
      <button type="button" onClick={onAdd} disabled={count >= MAX_SCENARIOS} className="rounded-md border border-border px-3 py-1.5 text-sm hover:border-accent disabled:opacity-50" data-testid="add-scenario">
        New scenario
      </button>
      <button type="button" onClick={onDuplicate} disabled={count >= MAX_SCENARIOS} className="rounded-md border border-border px-3 py-1.5 text-sm hover:border-accent disabled:opacity-50" data-testid="duplicate-scenario">
        Duplicate {scenarioLabel(active)}
      </button>
      <button type="button" onClick={onRemove} disabled={count <= 1} className="rounded-md border border-border px-3 py-1.5 text-sm hover:border-accent disabled:opacity-50" data-testid="remove-scenario">
        Remove {scenarioLabel(active)}
      </button>
      {count >= MAX_SCENARIOS ? <span className="text-xs text-muted">Four scenarios at most.</span> : null}
    </div>
  );
}
