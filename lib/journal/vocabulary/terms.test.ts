import { describe, expect, test } from "vitest";
import {
  RELIEF_CATEGORY_LABELS,
  RELIEF_LIBRARY,
  reliefLibraryEntry,
  STRETCHING_GUIDANCE,
} from "@/lib/relief/library/relief-library";
import {
  RED_FLAG_INFO,
  RED_FLAGS,
  redFlagsByUrgency,
  SOON_RED_FLAGS,
  URGENT_RED_FLAGS,
} from "./red-flags";
import {
  BODY_AREA_LABELS,
  BODY_AREAS,
  intensityText,
  PAIN_QUALITIES,
  PAIN_QUALITY_LABELS,
} from "./terms";

describe("vocabulary", () => {
  test("every body area and quality has a label", () => {
    expect(Object.keys(BODY_AREA_LABELS).sort()).toEqual([...BODY_AREAS].sort());
    expect(Object.keys(PAIN_QUALITY_LABELS).sort()).toEqual([...PAIN_QUALITIES].sort());
  });

  test("the three emergency symptoms are urgent; the other seven are 'soon'", () => {
    expect(URGENT_RED_FLAGS).toEqual(["SADDLE_NUMBNESS", "BLADDER_BOWEL", "BOTH_LEGS_WEAK"]);
    expect(SOON_RED_FLAGS).toHaveLength(7);
    expect(Object.keys(RED_FLAG_INFO).sort()).toEqual([...RED_FLAGS].sort());
  });

  test("redFlagsByUrgency splits ticked symptoms in the check-in's order", () => {
    expect(redFlagsByUrgency(["FEVER", "BOTH_LEGS_WEAK", "SADDLE_NUMBNESS"])).toEqual({
      urgent: ["SADDLE_NUMBNESS", "BOTH_LEGS_WEAK"],
      soon: ["FEVER"],
    });
    expect(redFlagsByUrgency([])).toEqual({ urgent: [], soon: [] });
  });

  test("intensityText reads 0 as no pain", () => {
    expect(intensityText(0)).toBe("no pain");
    expect(intensityText(7)).toBe("7 out of 10");
  });
});

describe("relief library", () => {
  test("has every item named in the product brief, each with a how-to and a caution", () => {
    expect(RELIEF_LIBRARY).toHaveLength(28);
    expect(new Set(RELIEF_LIBRARY.map((item) => item.key)).size).toBe(RELIEF_LIBRARY.length);
    expect(new Set(RELIEF_LIBRARY.map((item) => item.name.toLowerCase())).size).toBe(
      RELIEF_LIBRARY.length,
    );
    for (const item of RELIEF_LIBRARY) {
      expect(item.howTo.length).toBeGreaterThan(10);
      expect(item.caution.length).toBeGreaterThan(10);
      expect(RELIEF_CATEGORY_LABELS[item.category]).toBeDefined();
    }
    const count = (category: string) =>
      RELIEF_LIBRARY.filter((item) => item.category === category).length;
    expect([
      count("STRETCH"),
      count("STRENGTH"),
      count("SELF_CARE"),
      count("PROFESSIONAL"),
    ]).toEqual([14, 4, 7, 3]);
  });

  test("looks entries up by built-in key only", () => {
    expect(reliefLibraryEntry("CAT_COW")?.name).toBe("Cat-cow");
    expect(reliefLibraryEntry(null)).toBeUndefined();
    expect(reliefLibraryEntry("NOT_A_KEY")).toBeUndefined();
  });

  test("the stretching guidance says to stop at sharp pain and to rest in a flare", () => {
    const text = STRETCHING_GUIDANCE.join(" ");
    expect(text).toMatch(/sharp pain/i);
    expect(text).toMatch(/bounce/i);
    expect(text).toMatch(/breath/i);
    expect(text).toMatch(/rest, ice and a gentle walk/i);
  });
});
