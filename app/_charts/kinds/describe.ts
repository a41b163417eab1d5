import { MODE_LABEL } from '../../_lib/encodings';
import type { Filters } from '../../_lib/filters';

/** The filters of a view in words, for a chart's subtitle ("open weights", "≤ 32B active"). */
export function describeFilters(f: Partial<Filters>): string[] {
  const out: string[] = [];
  if (f.mode && f.mode !== 'all')
    out.push(f.mode === 'base' ? 'base models' : `${MODE_LABEL[f.mode]} mode (+ models without a switch)`);
  if (f.models) out.push(`models ${f.models.split(',').join(', ')}`);
  if (f.family) out.push(`family ${f.family}`);
  if (f.kind) out.push(`${f.kind} models`);
  if (f.open) out.push(f.open === 'yes' ? 'open weights' : 'closed weights');
  if (f.maxActive) out.push(`≤ ${f.maxActive}B active`);
  if (f.budget) out.push(f.budget === 'none' ? 'no thinking budget' : 'at a thinking budget');
  if (f.category) out.push(f.category);
  if (f.reporter)
    out.push(f.reporter === 'self' ? "self-reported (by the model's maker)" : 'independent (not by the maker)');
  if (f.window === 'after-release') out.push("only items made after the model's release");
  return out;
}
