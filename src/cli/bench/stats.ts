export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The exponent k in time ∝ size^k between two measurements. */
export function growthExponent(sizeA: number, timeA: number, sizeB: number, timeB: number): number {
  return Math.log(timeB / timeA) / Math.log(sizeB / sizeA);
}
