import { createHash } from "node:crypto";

/**
 * A UUID that always comes out the same for the same name (SHA-256 based, laid out like an RFC
 * 9562 version 5 UUID). For ids that must survive a round trip without being stored anywhere.
 */
export function derivedUuid(name: string): string {
  const bytes = createHash("sha256").update(`backstory:${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ].join("-");
}

/**
 * The requestId of a quick log that has none (a hand-made file): derived from what was logged,
 * so importing the same file twice still finds it the second time.
 */
export function contentRequestId(log: {
  occurredAt: string;
  localDate: string;
  partOfDay: string;
  intensity: number;
  areas: readonly string[];
  qualities: readonly string[];
}): string {
  return derivedUuid(
    JSON.stringify([
      "quick-log",
      new Date(log.occurredAt).toISOString(),
      log.localDate,
      log.partOfDay,
      log.intensity,
      log.areas,
      log.qualities,
    ]),
  );
}
