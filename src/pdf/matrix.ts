/** PDF transformation matrix [a b c d e f]. */
export type Matrix = [number, number, number, number, number, number];

/** The product `m × n` of two PDF matrices: `m` applied first, then `n`. */
export const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
