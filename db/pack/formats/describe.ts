import { statedSettings, type RunSettings } from '../format';
import { FORMAT_NAMES } from './types';
import type { Mapped } from './to-pack';

// What a dry run of result files prints: per file, its format and model, then each result as it
// would be loaded (benchmark, version, metric, value, settings), then what did not map and why.

/** Stated run settings in a few words: "lm-evaluation-harness 0.4.9, 5-shot, 20 items, temperature 0". */
export function settingsText(s: RunSettings): string {
  const stated = Object.fromEntries(statedSettings(s));
  const parts = [
    [stated.harness, stated.harness_version].filter(Boolean).join(' '),
    stated.n_shot && `${stated.n_shot}-shot`,
    stated.samples && `${stated.samples} samples per item`,
    stated.items_used && `${stated.items_used} items`,
    stated.temperature && `temperature ${stated.temperature}`,
    stated.max_output_tokens && `max ${stated.max_output_tokens} output tokens`,
    stated.chat_template && (stated.chat_template === 'yes' ? 'chat template' : 'no chat template'),
    stated.host && `on ${stated.host}`,
    stated.quantization,
    stated.run_date && `run ${stated.run_date}`,
  ];
  return parts.filter(Boolean).join(', ');
}

export function describeImport(mapped: Mapped): string {
  const lines: string[] = [];
  for (const plan of mapped.plans) {
    const f = plan.file;
    lines.push(`${f.file} — ${FORMAT_NAMES[f.format]}`);
    lines.push(`  model ${plan.model}${f.model ? ` (from ${f.model.path})` : ''}, mode ${plan.mode}`);
    const table = plan.rows.map(({ result, benchmark, version }) => [
      benchmark,
      version,
      result.metric,
      `${result.score}${result.stderr ? ` ± ${result.stderr}` : ''}`,
      result.unit,
      settingsText(result.settings),
    ]);
    const header = ['benchmark', 'version', 'metric', 'value', 'unit', 'settings'];
    const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...table.map((r) => r[i]!.length))));
    const line = (cells: string[]) =>
      `    ${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}`.trimEnd();
    if (table.length > 0) {
      lines.push(line(header));
      for (const r of table) lines.push(line(r));
    }
    if (f.skipped.length > 0) {
      lines.push(`  did not map (${f.skipped.length}):`);
      for (const s of f.skipped) lines.push(`    ${s.path}: ${s.reason}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
