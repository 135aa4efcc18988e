/**
 * A small least-recently-used memo: at most `capacity` results, the oldest dropped first. Keys
 * must name everything a result depends on (here: person, window, day and journal version).
 */
export function createMemo<Value>(capacity: number) {
  const entries = new Map<string, Value>();
  return {
    async get(key: string, compute: () => Promise<Value>): Promise<Value> {
      const hit = entries.get(key);
      if (hit !== undefined) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const value = await compute();
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}
