export const UNIT_LABEL: Record<string, string> = {
  percent: '%',
  elo: 'Elo',
  score: 'score',
};

/** Axis title with its unit. */
export function unitAxis(unit: string): string {
  if (unit === 'percent') return 'Score (%)';
  if (unit === 'elo') return 'CodeForces rating (Elo)';
  return 'Score (source scale)';
}

export function formatBudget(tokens: number | null): string {
  if (tokens === null) return '';
  return tokens % 1024 === 0 ? `${tokens / 1024}K` : tokens.toLocaleString('en-US');
}

export function formatParams(billions: number | null): string {
  if (billions === null) return 'not reported';
  return `${billions}B`;
}

export const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The data version (bumped by every committed load) and when it was made (ISO time). */
export type DataStamp = { version: number; updatedAt: string };

/** "data as of 2026-12-02, version 7": every page's footer says it. */
export function dataAsOf(s: DataStamp): string {
  return s.updatedAt ? `data as of ${s.updatedAt.slice(0, 10)}, version ${s.version}` : 'no data loaded yet';
}

/** "data-2026-12-02-v7": every download's file name ends with it. */
export function stampSlug(s: DataStamp): string {
  return ['data', s.updatedAt.slice(0, 10), `v${s.version}`].filter(Boolean).join('-');
}
