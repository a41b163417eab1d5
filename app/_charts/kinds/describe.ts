import type { Translator } from '../../_i18n/translate';
import type { Filters } from '../../_lib/filters';

/** The filters of a view in words, for a chart's subtitle ("open weights", "≤ 32B active"). */
export function describeFilters(f: Partial<Filters>, { t, lookup }: Translator): string[] {
  const out: string[] = [];
  if (f.mode && f.mode !== 'all')
    out.push(f.mode === 'base' ? t('describe.base') : (lookup(`describe.mode.${f.mode}`) ?? f.mode));
  if (f.models) out.push(t('describe.models', { models: f.models.split(',').join(', ') }));
  if (f.family) out.push(t('describe.family', { family: f.family }));
  if (f.kind) out.push(t(`describe.kind.${f.kind}`));
  if (f.open) out.push(f.open === 'yes' ? t('describe.open') : t('describe.closed'));
  if (f.maxActive !== undefined) out.push(t('describe.maxActive', { max: String(f.maxActive) }));
  if (f.budget) out.push(f.budget === 'none' ? t('describe.noBudget') : t('describe.atBudget'));
  if (f.category) out.push(lookup(`categories.${f.category}`) ?? f.category);
  if (f.reporter) out.push(f.reporter === 'self' ? t('describe.self') : t('describe.independent'));
  if (f.window === 'after-release') out.push(t('describe.afterRelease'));
  return out;
}
