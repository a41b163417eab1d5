// The models a /compare address names, read forgivingly: an id as stored, or the same letters and
// digits in another spelling ("gemini-2.5-pro" is the stored "gemini2.5-pro"), a model's name or
// one of its aliases. What matches nothing is returned with the closest id, for "did you mean".

export type Known = { id: string; name: string; aliases: readonly string[] };

/** Letters and digits only, lower case: "Gemini 2.5-Pro" and "gemini2.5-pro" are one key. */
export const looseKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A comma-separated list as typed ("Gemini 2.5 Pro, DeepSeek_R1") in the URL's id alphabet. */
export function idList(raw: string): string {
  return raw
    .toLowerCase()
    .split(',')
    .map((s) =>
      s
        .trim()
        .replace(/[\s_/]+/g, '-')
        .replace(/[^a-z0-9.-]/g, ''),
    )
    .join(',');
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export type Resolved = { ids: string[]; unknown: { asked: string; suggestion?: Known }[] };

export function resolveModelIds(asked: readonly string[], models: readonly Known[]): Resolved {
  const byId = new Map(models.map((m) => [m.id, m]));
  const byKey = new Map<string, Known>();
  // Names and aliases first, ids last, so a model's own id wins a clash of keys.
  for (const m of models) for (const a of m.aliases) if (!byKey.has(looseKey(a))) byKey.set(looseKey(a), m);
  for (const m of models) byKey.set(looseKey(m.name), m);
  for (const m of models) byKey.set(looseKey(m.id), m);
  const ids: string[] = [];
  const unknown: Resolved['unknown'] = [];
  for (const a of asked) {
    const m = byId.get(a) ?? byKey.get(looseKey(a));
    if (m) {
      if (!ids.includes(m.id)) ids.push(m.id);
      continue;
    }
    const key = looseKey(a);
    // A name cut short ("openai-o3-mini" for "…-medium") is the likeliest; else the nearest key,
    // when at most a third of its letters differ (a slip, not another model).
    const prefixed = [...byKey.entries()].filter(([k]) => key.length >= 4 && k.startsWith(key));
    prefixed.sort((x, y) => x[0].length - y[0].length);
    let best: { m: Known; d: number } | undefined = prefixed[0] && { m: prefixed[0][1], d: 0 };
    if (!best)
      for (const [k, candidate] of byKey) {
        const d = editDistance(key, k);
        if (!best || d < best.d) best = { m: candidate, d };
      }
    unknown.push({
      asked: a,
      ...(best && best.d <= Math.max(1, Math.floor(key.length / 3)) ? { suggestion: best.m } : {}),
    });
  }
  return { ids, unknown };
}
