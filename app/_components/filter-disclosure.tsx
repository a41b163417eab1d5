import type { ReactNode } from 'react';

/**
 * A view's filters folded under one line that says how many are set ("Filters (2)"). It stays
 * open across the soft navigations its selects cause (React leaves the element's open state alone).
 */
export function FilterDisclosure({ label, apply, children }: { label: string; apply: string; children: ReactNode }) {
  return (
    <details className="filter-fields" data-testid="filters">
      <summary>{label}</summary>
      <div className="fields">
        {children}
        {/* Without JavaScript the form applies by this button; with it, on every change. */}
        <button type="submit">{apply}</button>
      </div>
    </details>
  );
}
