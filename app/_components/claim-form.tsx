import type { Translator } from '../_i18n/translate';
import { modeLabel } from '../_lib/encodings';

type Option = { id: string; name: string; results?: number };

/**
 * The most models a form lists. Past it (a large data set: a thousand models, twice) a model is
 * typed instead, read forgivingly by /claims (a name, an alias or an id), with the models with
 * the most results offered as suggestions; the page's HTML stays small.
 */
export const MAX_LISTED = 120;

/**
 * "Does A beat B on X?": a plain GET form to /claims (it works without JavaScript), its choices
 * preset. A list of one benchmark or model is a hidden field instead of a select.
 */
export function ClaimForm({
  tr,
  title,
  lede,
  models,
  modelsA = models,
  benchmarks,
  a,
  b,
  benchmark,
  mode,
  asOf,
  hidden = {},
  testId,
}: {
  tr: Translator;
  title: string;
  lede?: string;
  models: Option[];
  /** The choices for model A, when they are not `models` (one: A is fixed). */
  modelsA?: Option[];
  benchmarks: Option[];
  a?: string;
  b?: string;
  benchmark?: string;
  mode?: string;
  asOf?: number;
  /** Fixed parameters of the claim (a view's version and metric). */
  hidden?: Record<string, string | undefined>;
  testId?: string;
}) {
  const { t } = tr;
  const suggested = models.length > MAX_LISTED && (
    <datalist id={`${testId ?? 'claim'}-models`}>
      {[...models]
        .sort((x, y) => (y.results ?? 0) - (x.results ?? 0))
        .slice(0, MAX_LISTED)
        .map((o) => (
          <option key={o.id} value={o.name} />
        ))}
    </datalist>
  );
  // A model past MAX_LISTED is typed; a benchmark is always chosen from the list (a few hundred at most).
  const select = (name: string, label: string, options: Option[], value?: string, typed = false) =>
    options.length === 1 ? (
      <input type="hidden" name={name} value={options[0]!.id} />
    ) : typed && options.length > MAX_LISTED ? (
      <label className="field">
        {label}
        <input
          name={name}
          list={`${testId ?? 'claim'}-models`}
          defaultValue={options.find((o) => o.id === value)?.name ?? value ?? ''}
          required
          autoComplete="off"
        />
      </label>
    ) : (
      <label className="field">
        {label}
        <select name={name} defaultValue={value ?? ''} required>
          <option value="" disabled>
            —
          </option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
    );
  return (
    <section className="panel claim-form" aria-label={title} data-testid={testId}>
      <h2>{title}</h2>
      {lede && <p className="muted">{lede}</p>}
      <form action={tr.href('/claims')} method="get" className="filters">
        {select('a', t('claim.modelA'), modelsA, a, true)}
        {select('b', t('claim.modelB'), models, b, true)}
        {suggested}
        {select('benchmark', t('claim.benchmark'), benchmarks, benchmark)}
        <label className="field">
          {t('claim.mode')}
          <select name="mode" defaultValue={mode ?? ''}>
            <option value="">{t('claim.anyMode')}</option>
            {['thinking', 'non-thinking', 'base'].map((m) => (
              <option key={m} value={m}>
                {modeLabel(m, tr)}
              </option>
            ))}
          </select>
        </label>
        {Object.entries(hidden).map(
          ([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />,
        )}
        {asOf !== undefined && <input type="hidden" name="asOf" value={asOf} />}
        <button type="submit">{t('claim.submit')}</button>
      </form>
    </section>
  );
}
