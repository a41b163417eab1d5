/** A signed number of points with one decimal and a real minus sign: +11.4, −9.2, ±0.0 (a computed value, ours to round). */
export const signedPoints = (v: number): string => {
  const rounded = Math.round(v * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded).toFixed(1)}`;
};
