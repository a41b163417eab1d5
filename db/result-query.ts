/** What a view asks of the results; built from URL filters (app/_lib/filters.ts). */
export type ResultQuery = {
  benchmarkId?: string;
  modelIds?: string[];
  sourceId?: string;
  tableRef?: string;
  /** 'all' keeps every mode; 'thinking'/'non-thinking' keep n/a baselines beside them. */
  mode?: 'all' | 'thinking' | 'non-thinking' | 'base';
  kind?: string;
  family?: string;
  open?: 'yes' | 'no';
  maxActive?: number;
  version?: string;
  metric?: string;
  unit?: string;
  category?: string;
  /** 'none': only results without a thinking budget; 'set': only those with one. */
  budget?: 'none' | 'set';
  /** Benchmark versions that start with this text (e.g. a context length). */
  versionLike?: string;
};
