import type { Translator } from '../_i18n/translate';
import type { Filters } from '../_lib/filters';

type Option = readonly [value: string, label: string];

export function Select({
  name,
  label,
  value,
  options,
  all,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly Option[];
  /** The label of the empty choice; null for none. */
  all: string | null;
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

export const modeOptions = ({ t }: Translator): Option[] => [
  ['thinking', t('filters.mode.thinking')],
  ['non-thinking', t('filters.mode.nonThinking')],
  ['base', t('filters.mode.base')],
];
const kindOptions = ({ t }: Translator): Option[] => [
  ['hybrid', t('filters.kind.hybrid')],
  ['reasoning', t('filters.kind.reasoning')],
  ['instruct', t('filters.kind.instruct')],
  ['base', t('filters.kind.base')],
];
const openOptions = ({ t }: Translator): Option[] => [
  ['yes', t('filters.open.yes')],
  ['no', t('filters.open.no')],
];
const sizeOptions = ({ t }: Translator): Option[] =>
  ['4', '10', '32', '72'].map((b) => [b, t('filters.size.atMost', { billions: b })] as const);

/** Who reported the numbers, and whether the benchmark's items postdate the model. */
export function ProvenanceFilters({ filters, tr }: { filters: Pick<Filters, 'reporter' | 'window'>; tr: Translator }) {
  const { t } = tr;
  return (
    <>
      <Select
        name="reporter"
        label={t('filters.reporter.label')}
        value={filters.reporter}
        options={[
          ['self', t('filters.reporter.self')],
          ['independent', t('filters.reporter.independent')],
        ]}
        all={t('filters.reporter.all')}
      />
      <Select
        name="window"
        label={t('filters.window.label')}
        value={filters.window}
        options={[['after-release', t('filters.window.afterRelease')]]}
        all={t('filters.window.all')}
      />
    </>
  );
}

/** The common model filters, as named in the shared schema. */
export function ModelFilters({
  filters,
  sources,
  families,
  tr,
}: {
  filters: Filters;
  sources: { id: string; title: string }[];
  families: string[];
  tr: Translator;
}) {
  const { t } = tr;
  return (
    <>
      <Select
        name="mode"
        label={t('filters.mode.label')}
        value={filters.mode}
        options={modeOptions(tr)}
        all={t('filters.mode.all')}
      />
      <Select
        name="source"
        label={t('filters.source.label')}
        value={filters.source}
        options={sources.map((s) => [s.id, s.title] as const)}
        all={t('filters.source.all')}
      />
      <Select
        name="kind"
        label={t('filters.kind.label')}
        value={filters.kind}
        options={kindOptions(tr)}
        all={t('filters.kind.all')}
      />
      <Select
        name="family"
        label={t('filters.family.label')}
        value={filters.family}
        options={families.map((f) => [f, f] as const)}
        all={t('filters.family.all')}
      />
      <Select
        name="open"
        label={t('filters.open.label')}
        value={filters.open}
        options={openOptions(tr)}
        all={t('filters.open.all')}
      />
      <Select
        name="maxActive"
        label={t('filters.size.label')}
        value={filters.maxActive}
        options={sizeOptions(tr)}
        all={t('filters.size.all')}
      />
      <ProvenanceFilters filters={filters} tr={tr} />
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

/** The model and provenance filters a view has set: the number its filter disclosure shows. */
export const MODEL_FILTER_KEYS = [
  'mode',
  'source',
  'kind',
  'family',
  'open',
  'maxActive',
  'reporter',
  'window',
] as const;

export function setFilters(filters: Partial<Filters>, keys: readonly (keyof Filters)[] = MODEL_FILTER_KEYS): number {
  return keys.filter((k) => filters[k] !== undefined && filters[k] !== '').length;
}
