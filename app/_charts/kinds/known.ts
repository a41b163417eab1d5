import 'server-only';
import { getFamilies, getModel, getResults, getSources, getVariants } from '@/db/queries';
import type { Filters } from '../../_lib/filters';
import type { ParamProblem } from '../../_lib/request-params';

// A chart file's filter values must name something in the data: a made-up version, metric,
// source, table, model or family is a 400 naming the parameter and what it may be, never the
// default chart drawn again under a new address (each such address would be one more drawing
// and one more entry in the cache of drawn files).

const MAX_LISTED = 20;

function listed(values: string[]): string {
  const shown = values.slice(0, MAX_LISTED).map((v) => `"${v}"`);
  return `${shown.join(', ')}${values.length > MAX_LISTED ? `, … (${values.length} in all)` : ''}`;
}

const problem = (parameter: string, asked: string, what: string, allowed: string[]): ParamProblem => ({
  parameter,
  message:
    allowed.length > 0
      ? `"${asked.slice(0, 60)}" names no ${what}: use one of ${listed(allowed)}, or leave ${parameter} out`
      : `"${asked.slice(0, 60)}" names no ${what}: leave ${parameter} out`,
});

const distinct = (values: string[]) => [...new Set(values)].filter(Boolean).sort();

/** The version, metric and unit asked for, checked against what the benchmark has under the other filters. */
function variantProblem(benchmark: string, f: Partial<Filters>): ParamProblem | null {
  if (f.version === undefined && f.metric === undefined && f.unit === undefined) return null;
  const variants = getVariants({ ...f, version: undefined, metric: undefined, unit: undefined, benchmark });
  const of = `of ${benchmark}'s results${variants.length === 0 ? '' : ' under these filters'}`;
  const withVersion = variants.filter((v) => f.version === undefined || v.version === f.version);
  if (f.version !== undefined && withVersion.length === 0)
    return problem('version', f.version, `version ${of}`, distinct(variants.map((v) => v.version)));
  const withMetric = withVersion.filter((v) => f.metric === undefined || v.metric === f.metric);
  if (f.metric !== undefined && withMetric.length === 0)
    return problem('metric', f.metric, `metric ${of}`, distinct(withVersion.map((v) => v.metric)));
  if (f.unit !== undefined && !withMetric.some((v) => v.unit === f.unit))
    return problem('unit', f.unit, `unit ${of}`, distinct(withMetric.map((v) => v.unit)));
  return null;
}

/**
 * The first filter value of a chart (its kind's own filters, `f`) that names nothing in the
 * data, as a 400's problem; null when every value names something. `benchmark` is the chart's
 * benchmark id, where its id is one.
 */
export function unknownValue(f: Partial<Filters>, benchmark?: string): ParamProblem | null {
  if (f.source !== undefined && !getSources().some((s) => s.id === f.source))
    return problem(
      'source',
      f.source,
      'source',
      getSources().map((s) => s.id),
    );
  if (f.models !== undefined) {
    const unknown = f.models.split(',').find((m) => m && !getModel(m));
    if (unknown !== undefined) return problem('models', unknown, 'model (models are model ids, like qwen3-32b)', []);
  }
  if (f.family !== undefined && !getFamilies().includes(f.family))
    return problem('family', f.family, 'model family', getFamilies());
  if (benchmark === undefined) return null;
  if (f.table !== undefined) {
    const rows = getResults({ benchmark, source: f.source });
    if (!rows.some((r) => r.tableRef === f.table))
      return problem('table', f.table, `table with ${benchmark}'s results`, distinct(rows.map((r) => r.tableRef)));
  }
  return variantProblem(benchmark, f);
}
