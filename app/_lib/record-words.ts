import type { Translator } from '../_i18n/translate';
import { formatBudget } from './format';
import { dateOfDay, type CatchUp, type Protocol } from './record';

// The record over time in words, for its page section and its chart file alike.

/** "accuracy (…) · thinking · version v2 · 32K-token budget": what one protocol measures. */
export function protocolText(p: Protocol, tr: Translator): string {
  const { t } = tr;
  return [
    p.metric || t('common.metricNotStated'),
    t(`record.mode.${p.mode}`),
    p.version ? t('record.version', { version: p.version }) : '',
    p.budget ? t('record.budget', { budget: formatBudget(Number(p.budget), tr) }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The readout: when open weights reached (or had not reached) the closed record, one sentence each. */
export function catchUpText(c: CatchUp, tr: Translator): string {
  const { t, date } = tr;
  const closed = {
    score: c.closed.scoreText,
    closedModel: c.closed.row.model,
    closedDate: date(dateOfDay(c.closed.day)),
  };
  if (!c.reached || c.months === null) return t('record.notReached', closed);
  const open = {
    ...closed,
    openModel: c.reached.row.model,
    openScore: c.reached.scoreText,
    openDate: date(dateOfDay(c.reached.day)),
  };
  if (c.months < 0) return t('record.openFirst', { ...open, count: -c.months });
  if (c.months === 0) return t('record.reachedWithin', open);
  return t('record.reached', { ...open, count: c.months });
}
