import { render, screen } from "@testing-library/react";
import { lazy } from "react";
import { renderToString } from "react-dom/server";
import { expect, test } from "vitest";
import { AfterHydration } from "./after-hydration";

let loads = 0;
const Section = lazy(async () => {
  loads += 1;
  return { default: ({ name }: { name: string }) => <p>Section for {name}</p> };
});

const page = (
  <AfterHydration fallback={<p>Loading…</p>}>
    <Section name="Sam" />
  </AfterHydration>
);

test("the server renders only the fallback and never loads the section's code", () => {
  const html = renderToString(page);
  expect(html).toContain("Loading…");
  expect(html).not.toContain("Section for");
  expect(loads).toBe(0);
});

test("in the browser the section's code loads and replaces the fallback", async () => {
  render(page);
  expect(await screen.findByText("Section for Sam")).toBeTruthy();
  expect(screen.queryByText("Loading…")).toBeNull();
  expect(loads).toBe(1);
});
