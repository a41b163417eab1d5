import type { Translator } from '../_i18n/translate';
import { intervalBasisKey, type IntervalInput, type ItemFacts } from '../../lib/interval';

// The sampling interval's numbers live below the app and the data layer (lib/interval.ts); here
// the reason there is none, in the reader's language.
export * from '../../lib/interval';

export type IntervalBasis = { n: number } | { reason: string };

/** The number of items n behind a result's interval, or why there is none, in words. */
export function intervalBasis(r: IntervalInput, facts: ItemFacts | undefined, { t }: Translator): IntervalBasis {
  const basis = intervalBasisKey(r, facts);
  return 'n' in basis ? basis : { reason: t(basis.reason) };
}
