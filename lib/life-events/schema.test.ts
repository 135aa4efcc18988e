import { describe, expect, test } from "vitest";
import { lifeEventSchema, onsetSchema } from "./schema";

describe("lifeEventSchema", () => {
  test("trims the title, keeps a note, turns a blank note into null", () => {
    expect(
      lifeEventSchema.parse({
        date: "2026-03-01",
        title: "  New   job ",
        category: "WORK",
        note: "",
      }),
    ).toEqual({ date: "2026-03-01", title: "New job", category: "WORK", note: null });
    expect(
      lifeEventSchema.parse({ date: "2026-03-01", title: "Move", category: "MOVE", note: " x " })
        .note,
    ).toBe("x");
    expect(
      lifeEventSchema.parse({ date: "2026-03-01", title: "Move", category: "MOVE" }).note,
    ).toBeNull();
  });

  test("refuses a missing title, an unknown category and an impossible date", () => {
    const result = lifeEventSchema.safeParse({ date: "2026-02-30", title: " ", category: "JOB" });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["date", "title", "category"]));
  });
});

describe("onsetSchema", () => {
  test("blank dates clear; a flare cannot begin before the pain", () => {
    expect(onsetSchema.parse({ painBeganOn: "", flareBeganOn: " " })).toEqual({
      painBeganOn: null,
      flareBeganOn: null,
    });
    expect(onsetSchema.parse({ painBeganOn: "2019-05-01" })).toEqual({
      painBeganOn: "2019-05-01",
      flareBeganOn: null,
    });
    const result = onsetSchema.safeParse({ painBeganOn: "2020-01-01", flareBeganOn: "2019-01-01" });
    expect(result.error?.issues[0]?.path).toEqual(["flareBeganOn"]);
  });
});
