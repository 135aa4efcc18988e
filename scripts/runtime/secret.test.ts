import { mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { readOrCreateSecret } from "./embedded-postgres.mjs";

test("a generated secret is 32 random bytes, kept with mode 600 and reused on the next start", async () => {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "secret-")), "nextauth-secret");
  const first = await readOrCreateSecret(file);
  expect(first).toMatch(/^[0-9a-f]{64}$/);
  expect((await stat(file)).mode & 0o777).toBe(0o600);
  expect(await readOrCreateSecret(file)).toBe(first);
});
