/**
 * A chart drawn on the server (app/_charts) at two widths: the wide one for screens, the narrow
 * one for phones (CSS picks). Hidden from screen readers: each chart has a text summary and
 * its table beside it, and its links repeat the table's.
 */
export function SvgChart({ wide, narrow, testId }: { wide: string; narrow: string; testId?: string }) {
  return (
    <div className="chart" data-testid={testId} aria-hidden="true">
      <div className="chart-wide" dangerouslySetInnerHTML={{ __html: wide }} />
      <div className="chart-narrow" dangerouslySetInnerHTML={{ __html: narrow }} />
    </div>
  );
}

export const NARROW = 360;
