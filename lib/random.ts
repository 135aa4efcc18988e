/** A uniform generator on [0, 1). */
export type Random = () => number;

/**
 * The one seeded generator of the app: mulberry32 (Tommy Ettinger, public domain). A 32-bit state
 * is plenty for the sample journal (lib/journal/demo.ts) and the simulations, and makes each of
 * them reproducible from one integer seed. Changing it changes the sample journal, whose planted
 * patterns its tests and e2e pin.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw by Box–Muller; the second value is discarded to keep no hidden state. */
export function normal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
