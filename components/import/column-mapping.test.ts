import { expect, test } from "vitest";
import { guessMapping } from "./column-mapping";

test("columns whose names say what they hold are chosen; the rest are left out", () => {
  expect(
    guessMapping(["Date", "Time", "Pain (0-100)", "Who", "Where", "Mood", "Comments"]),
  ).toEqual({
    dateOrder: "DMY",
    scale: "0-10",
    untimedPart: "EVENING",
    date: "0",
    time: "1",
    pain: "2",
    people: "3",
    places: "4",
    feelings: "5",
    note: "6",
  });
  // Nothing recognisable: the first column is taken as the date, nothing else is mapped.
  expect(guessMapping(["a", "b"])).toMatchObject({ date: "0", time: "", pain: "", note: "" });
  // One column is never used twice ("Date and time" is the date, not also the time).
  expect(guessMapping(["Date and time", "Level"])).toMatchObject({
    date: "0",
    time: "",
    pain: "1",
  });
});
