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
