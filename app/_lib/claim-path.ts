// The address of a claim (/claims?a=&b=&benchmark=[&mode=&version=&metric=]) and of its card,
// the claim chart file (/charts/claim/<benchmark>?models=<a>,<b>[&mode=&version=&metric=]).

export type ClaimParams = {
  a: string;
  b: string;
  benchmark: string;
  mode?: string;
  version?: string;
  metric?: string;
};

const query = (entries: [string, string | undefined][]) => {
  const q = new URLSearchParams();
  for (const [k, v] of entries) if (v !== undefined && v !== '' && !(k === 'mode' && v === 'all')) q.set(k, v);
  return q.toString();
};

export function claimPath(p: ClaimParams): string {
  return `/claims?${query([
    ['a', p.a],
    ['b', p.b],
    ['benchmark', p.benchmark],
    ['mode', p.mode],
    ['version', p.version],
    ['metric', p.metric],
  ])}`;
}
