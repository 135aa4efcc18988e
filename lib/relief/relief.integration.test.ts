import { describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { createTestUser } from "@/test/factories";
import { listReliefItems } from "./data";
import { RELIEF_LIBRARY } from "./library/relief-library";
import { ensureBuiltinReliefItems } from "./mutations";

describe("relief items", () => {
  test("built-in relief items are created once per person, lazily", async () => {
    const user = await createTestUser();
    expect(await getPrisma().reliefItem.count({ where: { userId: user.id } })).toBe(0);
    const [first] = await Promise.all([
      listReliefItems({ userId: user.id }),
      listReliefItems({ userId: user.id }),
      ensureBuiltinReliefItems({ userId: user.id }),
    ]);
    expect(first).toHaveLength(RELIEF_LIBRARY.length);
    expect(await listReliefItems({ userId: user.id })).toHaveLength(RELIEF_LIBRARY.length);
    expect(first.map((item) => item.builtinKey)).toEqual(RELIEF_LIBRARY.map((item) => item.key));
  });
});
