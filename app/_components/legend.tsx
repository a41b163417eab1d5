import { LEGEND } from '../_lib/encodings';

/** The fixed key: colour is the organisation, fill is the mode. */
export function Legend() {
  return (
    <ul className="legend" aria-label="Chart key">
      {LEGEND.map((l) => (
        <li key={l.label}>
          <span className="swatch" style={{ background: l.colour }} />
          {l.label}
        </li>
      ))}
      <li>
        <span className="swatch" style={{ background: 'var(--fg)' }} />
        thinking / no switch
      </li>
      <li>
        <span
          className="swatch"
          style={{ background: 'repeating-linear-gradient(45deg, var(--fg) 0 2px, transparent 2px 5px)' }}
        />
        non-thinking
      </li>
      <li>
        <span className="swatch" style={{ border: '2px solid var(--fg)' }} />
        base
      </li>
    </ul>
  );
}
