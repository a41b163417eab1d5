import type { Filters } from '../_lib/filters';

type Option = readonly [value: string, label: string];

export function Select({
  name,
  label,
  value,
  options,
  all = 'All',
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly Option[];
  /** The label of the empty choice; null for none. */
  all?: string | null;
}) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''}>
        {all !== null && <option value="">{all}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

export const MODE_OPTIONS: Option[] = [
  ['thinking', 'Thinking (+ baselines)'],
  ['non-thinking', 'Non-thinking (+ baselines)'],
  ['base', 'Base models'],
];
export const KIND_OPTIONS: Option[] = [
  ['hybrid', 'Hybrid (Qwen3)'],
  ['reasoning', 'Reasoning'],
  ['instruct', 'Instruct'],
  ['base', 'Base'],
];
export const OPEN_OPTIONS: Option[] = [
  ['yes', 'Open weights'],
  ['no', 'Closed weights'],
];
export const SIZE_OPTIONS: Option[] = [
  ['4', '≤ 4B active'],
  ['10', '≤ 10B active'],
  ['32', '≤ 32B active'],
  ['72', '≤ 72B active'],
];

export const REPORTER_OPTIONS: Option[] = [
  ['self', "Self-reported (by the model's maker)"],
  ['independent', 'Independent (anyone else)'],
];
export const WINDOW_OPTIONS: Option[] = [['after-release', "Items made after the model's release"]];

/** Who reported the numbers, and whether the benchmark's items postdate the model. */
export function ProvenanceFilters({ filters }: { filters: Pick<Filters, 'reporter' | 'window'> }) {
  return (
    <>
      <Select name="reporter" label="Reported by" value={filters.reporter} options={REPORTER_OPTIONS} all="Anyone" />
      <Select name="window" label="Test items" value={filters.window} options={WINDOW_OPTIONS} all="Any date" />
    </>
  );
}

/** The common model filters, as named in the shared schema. */
export function ModelFilters({
  filters,
  sources,
  families,
}: {
  filters: Filters;
  sources: { id: string; title: string }[];
  families: string[];
}) {
  return (
    <>
      <Select name="mode" label="Mode" value={filters.mode} options={MODE_OPTIONS} all="All modes" />
      <Select
        name="source"
        label="Source"
        value={filters.source}
        options={sources.map((s) => [s.id, s.title] as const)}
        all="All sources"
      />
      <Select name="kind" label="Model kind" value={filters.kind} options={KIND_OPTIONS} all="All kinds" />
      <Select
        name="family"
        label="Family"
        value={filters.family}
        options={families.map((f) => [f, f] as const)}
        all="All families"
      />
      <Select name="open" label="Weights" value={filters.open} options={OPEN_OPTIONS} all="Open or closed" />
      <Select name="maxActive" label="Size" value={filters.maxActive} options={SIZE_OPTIONS} all="Any size" />
      <ProvenanceFilters filters={filters} />
    </>
  );
}

export function Hidden({ values }: { values: Record<string, string | undefined> }) {
  return (
    <>
      {Object.entries(values).map(([k, v]) =>
        v === undefined ? null : <input key={k} type="hidden" name={k} value={v} />,
      )}
    </>
  );
}
