import { createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
import { mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { readOrCreateVapidKeys } from "./vapid.mjs";

/** The key pair as node:crypto keys, from web-push's base64url public point and private scalar. */
function asKeys({ publicKey, privateKey }: { publicKey: string; privateKey: string }) {
  const point = Buffer.from(publicKey, "base64url");
  const jwk = {
    kty: "EC",
    crv: "P-256",
    x: point.subarray(1, 33).toString("base64url"),
    y: point.subarray(33).toString("base64url"),
  };
  return {
    public: createPublicKey({ key: jwk, format: "jwk" }),
    private: createPrivateKey({ key: { ...jwk, d: privateKey }, format: "jwk" }),
  };
}

test("the VAPID key pair is made on first start, kept with mode 600, and the same on the next start", async () => {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "vapid-")), "vapid-keys.json");
  const first = await readOrCreateVapidKeys(file);
  // An uncompressed P-256 point (65 bytes, 0x04 first) and a 32-byte private scalar.
  const point = Buffer.from(first.publicKey, "base64url");
  expect(point).toHaveLength(65);
  expect(point[0]).toBe(4);
  expect(Buffer.from(first.privateKey, "base64url")).toHaveLength(32);
  expect((await stat(file)).mode & 0o777).toBe(0o600);
  expect(JSON.parse(await readFile(file, "utf8"))).toEqual(first);

  // The two halves belong together: what the private key signs, the public key verifies.
  const keys = asKeys(first);
  const signature = sign("sha256", Buffer.from("reminder"), keys.private);
  expect(verify("sha256", Buffer.from("reminder"), keys.public, signature)).toBe(true);

  // A restart reads the same pair: devices subscribed before keep receiving reminders.
  expect(await readOrCreateVapidKeys(file)).toEqual(first);
  const other = await readOrCreateVapidKeys(`${file}.other`);
  expect(other.publicKey).not.toBe(first.publicKey);
});
