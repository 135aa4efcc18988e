/// <reference types="vite/client" />
import fc from "fast-check";
import { beforeAll, describe, expect, test, vi } from "vitest";
import type { CurrentUser } from "@/lib/sessions/types";
import { createSignedInUser } from "@/test/factories";

// Every server action is a public POST endpoint: called with any form data at all, it must
// answer (never throw, which would be a 500) and, unless it reports success, store nothing.
const request = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/sessions/loaders", () => ({
  getCurrentUser: async () => request.user,
  requireUser: async () => {
    if (!request.user) throw new Error("NEXT_REDIRECT");
    return request.user;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;${url}` });
  },
}));
vi.mock("next/headers", () => ({
  headers: async () => ({
    get: (name: string) => (name === "x-backstory-peer" ? "192.0.2.77" : null),
  }),
  cookies: async () => ({ get: () => undefined }),
}));

const { getPrisma } = await import("@/lib/db");
const { hashPassword } = await import("@/lib/passwords");
// Every lib/**/actions.ts, found when the test runs: an actions file added later is covered
// without anyone remembering to list it here.
const actionFiles = import.meta.glob<Record<string, unknown>>("./**/actions.ts");
const modules = Object.fromEntries(
  await Promise.all(
    Object.entries(actionFiles).map(async ([file, load]) => [
      file.replace(/^\.\/(.*)\/actions\.ts$/, "$1"),
      await load(),
    ]),
  ),
);
type Action = (previous: { ok: boolean }, formData: FormData) => Promise<unknown>;
const actions = Object.entries(modules).flatMap(([domain, module]) =>
  Object.entries(module as Record<string, unknown>)
    .filter(([name, value]) => name.endsWith("Action") && typeof value === "function")
    .map(([name, value]) => ({ name: `${domain}.${name}`, action: value as Action })),
);

// Field names the forms use, so that generated data reaches past "missing field" often.
const FIELDS = [
  "email",
  "password",
  "timeZone",
  "currentPassword",
  "newPassword",
  "confirmation",
  "payload",
  "date",
  "id",
  "sessionId",
  "title",
  "category",
  "note",
  "answer",
  "promptKey",
  "pain",
  "enjoyment",
  "activity",
  "from",
  "to",
  "mode",
  "expiresInDays",
  "label",
  "includeNotes",
  "showNames",
  "code",
  "token",
  "requestId",
  "intensity",
  "occurredAt",
  "painBeganOn",
  "flareBeganOn",
  "evidence",
  "time",
  "isEmailEnabled",
  "endpoint",
  "name",
  "usualDose",
  "unit",
  "archive",
  "__proto__",
  "constructor",
  "userId",
  "changeKind",
  "reliefItemId",
  "rule",
  "outcome",
  "blockDays",
  "pairs",
  "startDate",
  "isDone",
];
const value = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom("", "on", "1", "-1", "11", "1e309", "NaN", "2026-02-30", "2026-03-29", "null"),
  fc.uuid().map(String),
  fc.json({ maxDepth: 4 }),
  fc.integer().map(String),
);
const formData = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 20 })), value), {
    maxLength: 10,
  })
  .map((entries) => {
    const data = new FormData();
    for (const [name, entry] of entries) data.append(name, entry);
    return data;
  });

/**
 * Row counts of every table with a userId for this person (but the activity log), their
 * account row, and how many accounts exist.
 */
async function snapshot(userId: string) {
  const prisma = getPrisma();
  const tables = await prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_name = 'userId' ORDER BY table_name`;
  const counts: Record<string, unknown> = {};
  // AuditEntry is left out: a refused password is meant to leave its line in Recent activity.
  for (const { table_name: table } of tables.filter((row) => row.table_name !== "AuditEntry")) {
    const [row] = await prisma.$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*) AS count FROM "${table}" WHERE "userId" = $1::uuid`,
      userId,
    );
    counts[table] = Number(row?.count ?? 0);
  }
  counts.user = await prisma.user.findUnique({ where: { id: userId } });
  counts.users = await prisma.user.count();
  return counts;
}

const isRedirect = (error: unknown) => error instanceof Error && error.message === "NEXT_REDIRECT";

let person: CurrentUser;
beforeAll(async () => {
  person = await createSignedInUser();
  // A real password hash, as every account has: actions that ask for the password verify it.
  await getPrisma().user.update({
    where: { id: person.id },
    data: { passwordHash: await hashPassword("the person's own passphrase") },
  });
});

test("every actions file under lib/ is here, each with its actions", () => {
  expect(Object.keys(modules).sort()).toEqual(
    expect.arrayContaining(["accounts", "journal", "sessions", "sharing", "two-factor"]),
  );
  for (const domain of Object.keys(modules)) {
    const count = actions.filter((entry) => entry.name.startsWith(`${domain}.`)).length;
    expect({ domain, count }).not.toMatchObject({ count: 0 });
  }
});

describe.each(actions)("$name", ({ action }) => {
  test("with any form data: an answer, never a throw; nothing stored unless it succeeded", async () => {
    await fc.assert(
      fc.asyncProperty(formData, async (data) => {
        request.user = person;
        const before = await snapshot(person.id);
        let result: unknown;
        try {
          result = await action({ ok: false }, data);
        } catch (error) {
          if (isRedirect(error)) return;
          throw error;
        }
        expect(result).toMatchObject({ ok: expect.any(Boolean) });
        if (!(result as { ok: boolean }).ok) expect(await snapshot(person.id)).toEqual(before);
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  // Actions that take no form (sign out everywhere) ignore their arguments.
  test.runIf(action.length === 2)(
    "with arguments that are not a form (a hand-made call): refused, nothing stored",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.jsonValue({ maxDepth: 3 }),
          fc.jsonValue({ maxDepth: 3 }),
          async (a, b) => {
            request.user = person;
            const before = await snapshot(person.id);
            const call = action as unknown as (...args: unknown[]) => Promise<unknown>;
            let result: unknown = null;
            try {
              result = await call(a, b);
            } catch (error) {
              if (!isRedirect(error)) throw error;
            }
            if (result !== null) expect(result).toMatchObject({ ok: false });
            expect(await snapshot(person.id)).toEqual(before);
          },
        ),
        { numRuns: 5 },
      );
    },
    60_000,
  );

  test("without a session: refused, nothing stored", async () => {
    request.user = null;
    const before = await snapshot(person.id);
    const data = new FormData();
    data.set("id", person.id);
    let result: unknown = null;
    try {
      result = await action({ ok: false }, data);
    } catch (error) {
      if (!isRedirect(error)) throw error;
    }
    if (result !== null) expect(result).toMatchObject({ ok: false });
    expect(await snapshot(person.id)).toEqual(before);
  });
});
