// Results grouped into cells (PACK-FORMAT "Identity and cells"): one cell is what was measured,
// whoever printed it. Several citations of one score show once; different scores are a dispute
// and every value is kept, never resolved.

import type { Translator } from '../_i18n/translate';

export type Citation = {
  sourceId: string;
  sourceTitle: string;
  sourceKind: string;
  sourceUrl: string;
  sourcePublisher: string;
  tableRef: string;
  /** Where the table opens (tables.csv), or null: then the citation links to the source. */
  tableUrl: string | null;
  /** The printed page of the table, as written ('' or null when not given). */
  tablePage: string | null;
  verifiedBy: string;
  notes: string;
  modelPrinted: string;
  /** 'self': the model's maker published it; 'independent': anyone else. */
  reporter: 'self' | 'independent';
};

export type CellValue = { score: number; scoreText: string; citations: Citation[] };

export type CellInput = Citation & {
  cellKey: string;
  score: number;
  scoreText: string;
};

export type Cell<R extends CellInput> = {
  key: string;
  /** The first row seen (rows come best score first): model, benchmark, mode, ... */
  row: R;
  /** Every distinct score, best first, each with all the tables that print it. */
  values: CellValue[];
  disputed: boolean;
};

export function groupCells<R extends CellInput>(rows: readonly R[]): Cell<R>[] {
  const cells = new Map<string, Cell<R>>();
  for (const row of rows) {
    let cell = cells.get(row.cellKey);
    if (!cell) {
      cell = { key: row.cellKey, row, values: [], disputed: false };
      cells.set(row.cellKey, cell);
    }
    let value = cell.values.find((v) => v.score === row.score);
    if (!value) {
      value = { score: row.score, scoreText: row.scoreText, citations: [] };
      cell.values.push(value);
    }
    value.citations.push({
      sourceId: row.sourceId,
      sourceTitle: row.sourceTitle,
      sourceKind: row.sourceKind,
      sourceUrl: row.sourceUrl,
      sourcePublisher: row.sourcePublisher,
      tableRef: row.tableRef,
      tableUrl: row.tableUrl,
      tablePage: row.tablePage,
      verifiedBy: row.verifiedBy,
      notes: row.notes,
      modelPrinted: row.modelPrinted,
      reporter: row.reporter,
    });
  }
  for (const cell of cells.values()) {
    cell.values.sort((a, b) => b.score - a.score);
    cell.disputed = cell.values.length > 1;
  }
  return [...cells.values()];
}

/** Who reported a number: a competitor's score in Qwen's tables was reported by Qwen. */
export function reportedBy(c: Pick<Citation, 'sourcePublisher' | 'sourceKind'>, { t, lookup }: Translator): string {
  const kind = lookup(`sourceKinds.${c.sourceKind}`) ?? c.sourceKind;
  return c.sourcePublisher ? t('cells.reportedBy', { kind, publisher: c.sourcePublisher }) : kind;
}

/** Where a citation's link goes: the page that prints the table, else the source. */
export function citationHref(c: Pick<Citation, 'tableUrl' | 'sourceUrl'>): string {
  return c.tableUrl || c.sourceUrl;
}

/** The table as cited, with its printed page when known: "Table 11, p. 14". */
export function tableLabel(c: Pick<Citation, 'tableRef' | 'tablePage'>, { t }: Translator): string {
  return c.tablePage ? t('cells.tablePage', { table: c.tableRef, page: c.tablePage }) : c.tableRef;
}

/** A value someone other than the model's maker reported (alone or beside the maker). */
export function isIndependent(v: Pick<CellValue, 'citations'>): boolean {
  return v.citations.some((c) => c.reporter === 'independent');
}

/**
 * A citation as a table row shows it, short: "T11 p14", "F2 p20", "blog", "card", or the
 * leaderboard's publisher ("LiveBench"). Its link opens the page; citeTitle says it in full.
 */
export function shortCite(
  c: Pick<Citation, 'tableRef' | 'tablePage' | 'sourceKind' | 'sourcePublisher' | 'sourceTitle'>,
  { t }: Translator,
): string {
  const numbered = /^(Table|Figure)\s+(\d+[a-z]?)\b/i.exec(c.tableRef);
  let label: string;
  if (numbered)
    label = t(numbered[1]!.toLowerCase() === 'table' ? 'cells.short.table' : 'cells.short.figure', { n: numbered[2]! });
  else if (c.sourceKind === 'blog') label = t('cells.short.blog');
  else if (c.sourceKind === 'model-card') {
    // A number printed in several cards cited "card · card": the card's model tells them apart
    // ("card 235B-Thinking-2507"; the family prefix and the MoE's active size left to the title).
    const of = /^(.+?) model card$/i.exec(c.sourceTitle)?.[1];
    const name = of?.replace(/^Qwen\d*(\.\d+)?-/, '').replace(/-A\d+(\.\d+)?B\b/, '');
    label = name ? t('cells.short.cardOf', { name }) : t('cells.short.card');
  } else label = c.sourcePublisher.split(/[\s(]/)[0] || c.tableRef.slice(0, 12);
  return c.tablePage ? t('cells.short.page', { label, page: c.tablePage }) : label;
}

/** Where a number is printed: "Qwen3 Technical Report, Table 11, p. 14". */
export function citeWhere(c: Pick<Citation, 'sourceTitle' | 'tableRef' | 'tablePage'>, tr: Translator): string {
  return `${c.sourceTitle.split(/[:(]/)[0]!.trim()}, ${tableLabel(c, tr)}`;
}

/** A citation in full, for a link's title: where, then how it was printed and checked. */
export function citeTitle(c: Citation, modelName: string | undefined, tr: Translator, notes?: SourceNotes): string {
  const { t } = tr;
  const checked = c.verifiedBy ? t('cells.checkedBy', { count: c.verifiedBy.split(';').length }) : '';
  const printed =
    modelName !== undefined && c.modelPrinted !== modelName ? t('cells.printedAs', { name: c.modelPrinted }) : '';
  const note = modelName === undefined ? '' : citeNote(c, modelName, tr);
  const extra = (
    notes && note
      ? [checked, t('cells.seeNote', { n: notes.number(c, note) })]
      : [printed, checked, modelName !== undefined ? c.notes : '']
  ).filter(Boolean);
  const where = citeWhere(c, tr);
  return extra.length ? `${where} — ${extra.join('; ')}` : where;
}

/** What the source printed about one number: the model's name as printed there, the transcriber's notes. */
export function citeNote(c: Citation, modelName: string, { t }: Translator): string {
  return [c.modelPrinted !== modelName ? t('cells.printedAs', { name: c.modelPrinted }) : '', c.notes]
    .filter(Boolean)
    .join('; ');
}

/**
 * The notes of a section's citations, each written once and numbered: a citation's title says
 * "note 3" instead of repeating a note that a whole source table shares (on a model page the same
 * sentence stood in the title of dozens of links, most of its HTML). Numbered up front from the
 * section's rows, in their order, so that the list can be drawn anywhere in the section.
 */
export type SourceNotes = {
  number: (c: Citation, note: string) => number;
  /** The notes, in number order. */
  list: string[];
};

export function sourceNotes(rows: readonly Citation[], modelName: string, tr: Translator): SourceNotes {
  // By the note alone: the title that points to it says where the number is printed.
  const key = (_c: Citation, note: string) => note;
  const numbers = new Map<string, number>();
  for (const r of rows) {
    const note = citeNote(r, modelName, tr);
    if (note && !numbers.has(key(r, note))) numbers.set(key(r, note), numbers.size + 1);
  }
  return {
    number: (c, note) => {
      if (!numbers.has(key(c, note))) numbers.set(key(c, note), numbers.size + 1);
      return numbers.get(key(c, note))!;
    },
    get list() {
      return [...numbers.keys()];
    },
  };
}

/** A short citation's accessible name: what it shows, then what it means ("T11 p14: Qwen3 Technical Report, Table 11, p. 14"). */
export function citeName(c: Citation, tr: Translator): string {
  return tr.t('cells.citeName', { short: shortCite(c, tr), full: citeWhere(c, tr) });
}
