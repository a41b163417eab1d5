import type { Translator } from '../_i18n/translate';
import { modeLabel } from '../_lib/encodings';

type Option = { id: string; name: string };

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
  const select = (name: string, label: string, options: Option[], value?: string) =>
    options.length === 1 ? (
      <input type="hidden" name={name} value={options[0]!.id} />
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
        {select('a', t('claim.modelA'), modelsA, a)}
        {select('b', t('claim.modelB'), models, b)}
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
