import { expect, test } from "vitest";
import { guessMapping } from "./column-mapping";

test("columns whose names say what they hold are chosen; the rest are left out", () => {
  expect(
    guessMapping(["Date", "Time", "Pain (0-100)", "Who", "Where", "Mood", "Comments"]),
  ).toEqual({
    dateOrder: "DMY",
    scale: "0-100",
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

test("German, Spanish and French headers are recognised too, short words only whole", () => {
  expect(
    guessMapping(["Datum", "Uhrzeit", "Schmerz (0-10)", "Wer", "Wo", "Gefühl", "Notiz"]),
  ).toMatchObject({
    date: "0",
    time: "1",
    pain: "2",
    people: "3",
    places: "4",
    feelings: "5",
    note: "6",
  });
  expect(
    guessMapping(["Fecha", "Hora", "Dolor", "Con quién", "Lugar", "Ánimo", "Notas"]),
  ).toMatchObject({
    date: "0",
    time: "1",
    pain: "2",
    people: "3",
    places: "4",
    feelings: "5",
    note: "6",
  });
  // "Wochentag" (weekday) is not "Wo" (where).
  expect(guessMapping(["Datum", "Wochentag", "Schmerz"])).toMatchObject({ places: "", pain: "2" });
});

test("the scale is taken from the pain column's name when it says", () => {
  expect(guessMapping(["Date", "Pain 1–10"]).scale).toBe("1-10");
  expect(guessMapping(["Date", "pain (0-5)"]).scale).toBe("0-5");
  expect(guessMapping(["Date", "Pain /5"]).scale).toBe("0-5");
  expect(guessMapping(["Date", "Pain"]).scale).toBe("0-10");
  // A number in another column's name says nothing about the pain scale.
  expect(guessMapping(["Date 100", "Pain"]).scale).toBe("0-10");
});
