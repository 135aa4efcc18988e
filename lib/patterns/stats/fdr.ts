/**
 * Benjamini–Hochberg adjusted p-values (q-values), in the input's order: q₍ᵢ₎ = min over j ≥ i of
 * m·p₍ⱼ₎/j, capped at 1 (R's p.adjust(p, "BH")). Calling q ≤ α a discovery keeps the expected
 * share of false discoveries at most α when the tests are independent or positively dependent.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((i, j) => (pValues[j] ?? 0) - (pValues[i] ?? 0));
  const q = new Array<number>(m).fill(1);
  let running = 1;
  order.forEach((index, position) => {
    const rank = m - position;
    running = Math.min(running, ((pValues[index] ?? 1) * m) / rank);
    q[index] = running;
  });
  return q;
}
