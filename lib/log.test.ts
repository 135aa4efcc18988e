import { expect, test } from "vitest";
import { errorFields } from "./log";

test("an error is logged by its kind and frames, never its message", () => {
  const error = Object.assign(new Error('violates check: note "my back after Robin left"'), {
    code: "P2002",
    digest: "1234567",
  });
  const fields = errorFields(error);
  expect(fields).toMatchObject({ errorName: "Error", errorCode: "P2002", digest: "1234567" });
  expect(JSON.stringify(fields)).not.toContain("Robin");
  expect(JSON.stringify(fields)).not.toContain("violates");
  expect((fields as { frames: string[] }).frames[0]).toMatch(/^at /);
});

test("a message over several lines (as Prisma writes them) stays out of the frames", () => {
  const error = new Error("Invalid invocation:\n  where: { email: 'robin@example.test' }\n→ 36");
  const frames = (errorFields(error) as { frames: string[] }).frames;
  expect(frames.length).toBeGreaterThan(0);
  expect(frames.every((frame) => frame.startsWith("at "))).toBe(true);
  expect(JSON.stringify(frames)).not.toContain("robin");
});

test("a code that could carry text is left out, and a thrown non-error is named by its type", () => {
  const error = Object.assign(new Error("x"), { code: "the person's note here" });
  expect(errorFields(error)).not.toHaveProperty("errorCode");
  expect(errorFields("a string someone threw")).toEqual({ errorType: "string" });
});
