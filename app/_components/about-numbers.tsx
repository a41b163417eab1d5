import type { ReactNode } from 'react';
import { getI18n } from '../_i18n/server';

/**
 * "About these numbers": a view's caveats in one place (what it mixes, what its intervals and
 * marks mean), folded; what the reader needs before the numbers (a dispute, mixed metrics) is
 * shown above it instead. Each caveat is a note a screen reader can find.
 */
export async function AboutNumbers({
  notes,
  urgent = [],
  children,
}: {
  notes: string[];
  /** What the reader needs before the numbers (a dispute, mixed metrics): shown, not folded. */
  urgent?: string[];
  children?: ReactNode;
}) {
  const { t } = await getI18n();
  return (
    <>
      {urgent.map((n) => (
        <p key={n} className="notice" role="note">
          {n}
        </p>
      ))}
      {(notes.length > 0 || children) && (
        <details className="about" data-testid="about-numbers">
          <summary>{t('about.summary', { count: notes.length })}</summary>
          {notes.map((n) => (
            <p key={n} role="note">
              {n}
            </p>
          ))}
          {children}
        </details>
      )}
    </>
  );
}
