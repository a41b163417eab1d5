// Results grouped into cells (PACK-FORMAT "Identity and cells"): one cell is what was measured,
// whoever printed it. Several citations of one score show once; different scores are a dispute
// and every value is kept, never resolved.

export type Citation = {
  sourceId: string;
  sourceTitle: string;
  sourceKind: string;
  sourceUrl: string;
  sourcePublisher: string;
  tableRef: string;
  verifiedBy: string;
  notes: string;
  modelPrinted: string;
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
      verifiedBy: row.verifiedBy,
      notes: row.notes,
      modelPrinted: row.modelPrinted,
    });
  }
  for (const cell of cells.values()) {
    cell.values.sort((a, b) => b.score - a.score);
    cell.disputed = cell.values.length > 1;
  }
  return [...cells.values()];
}

/** Who reported a number: a competitor's score in Qwen's tables was reported by Qwen. */
export function reportedBy(c: Pick<Citation, 'sourcePublisher' | 'sourceKind'>): string {
  return c.sourcePublisher ? `${c.sourceKind}, reported by ${c.sourcePublisher}` : c.sourceKind;
}
