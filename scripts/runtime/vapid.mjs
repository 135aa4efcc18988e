// @ts-check
// The server's VAPID key pair (RFC 8292), which push services use to know reminders come from
// this Backstory. Generated once and kept beside the other secrets; every server behind one
// database must share it (set VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY), or pushes from the others
// are refused for devices that subscribed through the first.
import { generateKeyPairSync } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";

/** A P-256 key pair as web-push wants it: base64url public point (65 bytes) and private scalar. */
export function generateVapidKeys() {
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const jwk = privateKey.export({ format: "jwk" });
  const point = publicKey.export({ format: "der", type: "spki" }).subarray(-65);
  return { publicKey: point.toString("base64url"), privateKey: String(jwk.d) };
}

/**
 * Reads the key pair from `file`, creating it (mode 600) on first start.
 * @param {string} file
 * @returns {Promise<{ publicKey: string, privateKey: string }>}
 */
export async function readOrCreateVapidKeys(file) {
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8"));
  const keys = generateVapidKeys();
  await writeFile(file, `${JSON.stringify(keys)}\n`, { mode: 0o600 });
  return keys;
}
