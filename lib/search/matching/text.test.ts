import { describe, expect, test } from "vitest";
import { excerptAround, findMatch, foldQuery, matchExcerpt } from "./text";

const matched = (text: string, query: string) => {
  const range = findMatch(text, foldQuery(query));
  return range ? text.slice(range.start, range.end) : null;
};

describe("matching", () => {
  test("capitals and accents do not matter, either way round", () => {
    expect(matched("Talked with Zoë about work", "zoe")).toBe("Zoë");
    expect(matched("Talked with Zoe about work", "ZOË")).toBe("Zoe");
    expect(matched("Crème brûlée at Çağla's", "creme brulee")).toBe("Crème brûlée");
    expect(matched("Café", "CAFE")).toBe("Café");
    // A decomposed "é" (e + combining accent) is matched and highlighted whole.
    expect(matched("Cafe\u0301 crowded", "café")).toBe("Cafe\u0301");
    expect(matched("Die Straße war lang", "strasse")).toBe("Straße");
    expect(matched("ﬁnally rested", "fin")).toBe("ﬁ" + "n");
    // Greek final sigma: lower-casing a whole word gives ς, a letter alone σ; both match.
    expect(matched("ΟΔΥΣΣΕΥΣ called", "οδυσσευς")).toBe("ΟΔΥΣΣΕΥΣ");
    expect(matchExcerpt("Οδυσσευς called", foldQuery("ΟΔΥΣΣΕΥΣ"))?.match).toBe("Οδυσσευς");
  });

  test("a phrase matches across a line break, and the first occurrence is taken", () => {
    expect(matched("long\nday at work", "long day")).toBe("long\nday");
    expect(findMatch("sam and Sam", foldQuery("SAM"))).toEqual({ start: 0, end: 3 });
    expect(matched("nothing here", "sam")).toBeNull();
    expect(findMatch("anything", "")).toBeNull();
  });

  test("emoji and other astral characters keep the ranges right", () => {
    expect(matched("😣 back 😣 stiff", "stiff")).toBe("stiff");
    expect(matched("😣 Zoë", "zoe")).toBe("Zoë");
  });
});

describe("excerpts", () => {
  test("a short text is shown whole with the match apart", () => {
    expect(matchExcerpt("Met Sam for lunch", foldQuery("sam"))).toEqual({
      before: "Met ",
      match: "Sam",
      after: " for lunch",
    });
  });

  test("a long text is cut near the match, at spaces, with ellipses", () => {
    const text = `${"word ".repeat(30)}the physio said rest ${"more ".repeat(40)}`;
    const excerpt = matchExcerpt(text, foldQuery("physio")) as NonNullable<
      ReturnType<typeof matchExcerpt>
    >;
    expect(excerpt.match).toBe("physio");
    expect(excerpt.before.startsWith("…word")).toBe(true);
    expect(excerpt.after.endsWith("…")).toBe(true);
    expect(excerpt.before.length).toBeLessThanOrEqual(42);
    expect(excerpt.after.length).toBeLessThanOrEqual(82);
    expect(`${excerpt.before}${excerpt.match}${excerpt.after}`).not.toMatch(/\s{2}/);
  });

  test("markup in a note stays text (the page renders it escaped)", () => {
    const excerpt = excerptAround("<img src=x onerror=alert(1)> Sam", { start: 29, end: 32 });
    expect(excerpt).toEqual({ before: "<img src=x onerror=alert(1)> ", match: "Sam", after: "" });
  });
});
