import { EN, type Translator } from '../../_i18n/translate';
import { isQwen3 } from '../encodings';
import { listOf, type Sentence } from './sentence';

// The lists' findings: the models index (who is in it), the benchmarks index (who leads how many
// of them) and the record of loads (what the latest one brought).

/** Items named one by one before "and N more". */
const NAMED = 3;

function some(names: string[], tr: Translator): string {
  if (names.length <= NAMED) return listOf(names, tr);
  return tr.t('findings.andMore', {
    names: names.slice(0, NAMED).join(tr.locale === 'zh' ? '、' : ', '),
    count: names.length - NAMED,
  });
}

type ModelLike = { name: string; org: string; family: string; openWeights: string; results: number };

export function modelsFinding(models: readonly ModelLike[]): Sentence[] {
  if (models.length === 0) return [];
  return [
    {
      key: 'findings.models',
      values: {
        count: models.length,
        orgs: new Set(models.map((m) => m.org).filter(Boolean)).size,
        qwen: models.filter((m) => isQwen3(m.family, m.name)).length,
        open: models.filter((m) => m.openWeights === 'yes').length,
      },
    },
  ];
}

/** A benchmark's leader in the index: its best model (by its largest version), or none. */
export type IndexLeader = { benchmark: string; modelId: string; model: string; family: string };

export function benchmarksFinding(leaders: readonly IndexLeader[], total: number, tr: Translator = EN): Sentence[] {
  if (leaders.length === 0) return [];
  const by = new Map<string, { model: string; benchmarks: string[] }>();
  for (const l of leaders)
    by.set(l.modelId, { model: l.model, benchmarks: [...(by.get(l.modelId)?.benchmarks ?? []), l.benchmark] });
  const ranked = [...by.entries()].sort((a, b) => b[1].benchmarks.length - a[1].benchmarks.length);
  const [firstId, first] = ranked[0]!;
  const qwen = leaders.filter((l) => isQwen3(l.family, l.model)).length;
  return [
    {
      key: 'findings.benchmarksIndex',
      values: { leader: first.model, count: first.benchmarks.length, n: total, qwen },
      links: { leader: `/models/${firstId}` },
    },
    ...(ranked.length > 1 && ranked[1]![1].benchmarks.length > 1
      ? [
          {
            key: 'findings.benchmarksNext' as const,
            values: {
              model: ranked[1]![1].model,
              count: ranked[1]![1].benchmarks.length,
              list: some(ranked[1]![1].benchmarks, tr),
            },
          },
        ]
      : []),
  ];
}

type LoadLike = {
  dataVersion: number;
  loadedAt: string;
  counts: { file: string; sourceTitle: string | null; sourceId: string; added: number; replaced: number }[];
  addedModels: { name: string }[];
};

export function changesFinding(load: LoadLike | undefined, tr: Translator = EN): Sentence[] {
  if (!load) return [];
  const results = load.counts.filter((c) => c.file === 'results.csv');
  const added = results.reduce((n, c) => n + c.added, 0);
  const replaced = results.reduce((n, c) => n + c.replaced, 0);
  const sources = results.filter((c) => c.added + c.replaced > 0).map((c) => c.sourceTitle ?? c.sourceId);
  const out: Sentence[] = [
    {
      key: replaced > 0 ? 'findings.changes.replaced' : 'findings.changes.added',
      values: {
        version: String(load.dataVersion),
        date: tr.date(load.loadedAt.slice(0, 10)),
        count: added,
        replaced,
        sources: sources.length,
        list: some(sources, tr),
      },
    },
  ];
  if (load.addedModels.length > 0)
    out.push({
      key: 'findings.changes.models',
      values: {
        count: load.addedModels.length,
        list: some(
          load.addedModels.map((m) => m.name),
          tr,
        ),
      },
    });
  return out;
}
