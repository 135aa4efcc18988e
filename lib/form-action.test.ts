import { describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { FORM_MESSAGES, publicFormAction, signedInAction, signedInFormAction } from "./form-action";

const person = { id: "p1" };
const signedIn = async () => person;
const signedOut = async () => null;
const schema = z.object({ title: z.string().min(1, { error: "Give it a title." }) });
type State = { ok: boolean; message?: string; values?: Partial<Record<"title", string>> };

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("signedInFormAction", () => {
  test("asks for the session before it reads anything, and runs nothing without one", async () => {
    const read = vi.fn(() => ({ title: "x" }));
    const run = vi.fn(async () => ({ ok: true }));
    const order: string[] = [];
    const gate = async () => {
      order.push("gate");
      return null;
    };
    const answer = await signedInFormAction(gate, form({ title: "x" }), { read, schema, run });
    expect(order).toEqual(["gate"]);
    expect(read).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
    expect(answer).toEqual({ ok: false, message: FORM_MESSAGES.sessionEnded });
  });

  test("says 'still here' only when the form gets its values back (or keeps its own)", async () => {
    const run = async () => ({ ok: true });
    const data = form({ title: "My week", password: "secret" });
    expect(await signedInFormAction(signedOut, data, { fields: ["title"], schema, run })).toEqual({
      ok: false,
      message: FORM_MESSAGES.sessionEndedKept,
      values: { title: "My week" },
    });
    expect(await signedInFormAction(signedOut, data, { keepsInput: true, schema, run })).toEqual({
      ok: false,
      message: FORM_MESSAGES.sessionEndedKept,
    });
    // A hand-made call with no form: nothing was typed, nothing to keep.
    expect(await signedInFormAction(signedOut, 42, { fields: ["title"], schema, run })).toEqual({
      ok: false,
      message: FORM_MESSAGES.sessionEnded,
    });
  });

  test("refuses arguments that are not a form, signed in or not", async () => {
    const run = vi.fn(async () => ({ ok: true }));
    for (const notAForm of [undefined, null, "title=x", { title: "x" }, [1, 2]]) {
      expect(await signedInFormAction(signedIn, notAForm, { schema, run })).toEqual({
        ok: false,
        message: FORM_MESSAGES.unreadable,
      });
    }
    expect(run).not.toHaveBeenCalled();
  });

  test("refused input comes back as field errors with the values; run is not called", async () => {
    const run = vi.fn(async () => ({ ok: true }));
    const answer = await signedInFormAction(signedIn, form({ title: "" }), {
      fields: ["title"],
      schema,
      run,
    });
    expect(answer).toEqual({
      ok: false,
      fieldErrors: { title: ["Give it a title."] },
      values: { title: "" },
    });
    expect(run).not.toHaveBeenCalled();
    expect(
      await signedInFormAction(signedIn, form({}), { schema, invalid: "Already gone.", run }),
    ).toEqual({ ok: false, message: "Already gone." });
  });

  test("an unreadable read (undefined) answers 'could not be read', not field errors", async () => {
    const answer = await signedInFormAction(signedIn, form({}), {
      read: () => undefined,
      schema,
      run: async () => ({ ok: true }),
    });
    expect(answer).toEqual({ ok: false, message: FORM_MESSAGES.unreadable });
  });

  test("runs with the person and the parsed input", async () => {
    const answer = await signedInFormAction<typeof person, { title: string }, "title", State>(
      signedIn,
      form({ title: "  Moved house " }),
      {
        schema: z.object({ title: z.string().trim() }),
        run: async ({ user, input }) => ({ ok: true, message: `${user.id}: ${input.title}` }),
      },
    );
    expect(answer).toEqual({ ok: true, message: "p1: Moved house" });
  });

  test("expected AppErrors become answers; the action's own words win; others are thrown", async () => {
    const throwing = (code: ConstructorParameters<typeof AppError>[0]) => ({
      fields: ["title"] as const,
      schema,
      errors: { CONFLICT: { field: "title", message: "You already have one." } },
      run: async (): Promise<State> => {
        throw new AppError(code);
      },
    });
    const data = form({ title: "Same" });
    expect(await signedInFormAction(signedIn, data, throwing("CONFLICT"))).toEqual({
      ok: false,
      fieldErrors: { title: ["You already have one."] },
      values: { title: "Same" },
    });
    expect(await signedInFormAction(signedIn, data, throwing("RATE_LIMITED"))).toEqual({
      ok: false,
      message: FORM_MESSAGES.rateLimited,
      values: { title: "Same" },
    });
    expect(await signedInFormAction(signedIn, data, throwing("WRONG_PASSWORD"))).toMatchObject({
      fieldErrors: { password: [FORM_MESSAGES.wrongPassword] },
    });
    await expect(signedInFormAction(signedIn, data, throwing("NOT_FOUND"))).rejects.toThrow(
      "NOT_FOUND",
    );
    const crash = new Error("disk full");
    await expect(
      signedInFormAction(signedIn, data, {
        schema,
        run: async () => {
          throw crash;
        },
      }),
    ).rejects.toBe(crash);
  });
});

describe("publicFormAction", () => {
  test("runs `before` on every attempt, even one the schema refuses", async () => {
    const before = vi.fn(async () => {});
    await publicFormAction(form({ title: "" }), {
      before,
      schema,
      run: async () => ({ ok: true }),
    });
    expect(before).toHaveBeenCalledTimes(1);
    const limited = await publicFormAction(form({ title: "x" }), {
      fields: ["title"],
      before: async () => {
        throw new AppError("RATE_LIMITED");
      },
      schema,
      run: async () => ({ ok: true }),
    });
    expect(limited).toEqual({
      ok: false,
      message: FORM_MESSAGES.rateLimited,
      values: { title: "x" },
    });
  });
});

describe("signedInAction", () => {
  test("runs only for a signed-in person", async () => {
    const run = vi.fn(async () => ({ ok: true }));
    expect(await signedInAction(signedOut, run)).toEqual({
      ok: false,
      message: FORM_MESSAGES.sessionEnded,
    });
    expect(run).not.toHaveBeenCalled();
    expect(await signedInAction(signedIn, run)).toEqual({ ok: true });
    expect(run).toHaveBeenCalledWith({ user: person });
  });
});
