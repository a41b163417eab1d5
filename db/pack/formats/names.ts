import { squash } from './tasks';

// Did-you-mean for a name a file uses that matches nothing stored: the same letters and digits,
// one containing the other, or a few typos away.

/** The known name nearest to `name`, or undefined when none is near. */
export function nearest(name: string, known: Iterable<string>): string | undefined {
  const target = squash(name);
  if (target === '') return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const k of known) {
    const s = squash(k);
    if (s === '') continue;
    const distance =
      s === target ? 0 : s.length >= 3 && (target.startsWith(s) || target.endsWith(s)) ? 1 : levenshtein(s, target, 3);
    if (distance <= Math.max(1, Math.min(3, Math.floor(target.length / 4))) && (!best || distance < best.distance))
      best = { name: k, distance };
  }
  return best?.name;
}

/** Edit distance, or `cap` + 1 once it is certain to exceed `cap`. */
function levenshtein(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(v);
      low = Math.min(low, v);
    }
    if (low > cap) return cap + 1;
    previous = current;
  }
  return previous[b.length]!;
}
