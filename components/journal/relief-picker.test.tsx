import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, test } from "vitest";
import type { ReliefDraft } from "@/lib/journal/draft/check-in-draft";
import { HELPED_LABELS } from "@/lib/journal/vocabulary/terms";
import type { ReliefItemDTO } from "@/lib/relief/types";
import { ReliefPicker } from "./relief-picker";
import { applyListChange } from "./use-check-in-draft";

const item = (id: string, builtinKey: string | null, name: string, uses = 0): ReliefItemDTO => ({
  id,
  builtinKey,
  name,
  lastUsed: null,
  uses,
});

const ITEMS = [
  item("calf", "CALF_STRETCH", "CALF_STRETCH", 3),
  item("pose", "CHILDS_POSE", "CHILDS_POSE"),
  item("bath", null, "Hot bath", 1),
];

let lastRelief: ReliefDraft[] = [];

function Picker({
  initial = [],
  errors = {},
}: {
  initial?: ReliefDraft[];
  errors?: Record<string, string[]>;
}) {
  const [relief, setRelief] = useState<ReliefDraft[]>(initial);
  lastRelief = relief;
  return (
    <ReliefPicker
      relief={relief}
      onChange={(change) => setRelief((current) => applyListChange(current, change))}
      items={ITEMS}
      errorsAt={(path) => errors[path]}
    />
  );
}

const draft = (itemId: string | null, name: string): ReliefDraft => ({
  itemId,
  name,
  minutes: "",
  helped: null,
  partOfDay: null,
});

describe("ReliefPicker", () => {
  test("recently used items are one tap away and leave the suggestions once added", async () => {
    const user = userEvent.setup();
    render(<Picker />);
    expect(screen.getByRole("button", { name: "Add Calf stretch" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Add Hot bath" })).toBeTruthy();
    // Never used: only in the library list.
    expect(screen.queryByRole("button", { name: "Add Child's pose" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Add Calf stretch" }));
    expect(screen.getByRole("button", { name: "Remove Calf stretch" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Add Calf stretch" })).toBeNull();
    expect(lastRelief).toEqual([draft("calf", "Calf stretch")]);
  });

  test("an item chosen from the library is added with its how-to", async () => {
    const user = userEvent.setup();
    render(<Picker />);
    await user.selectOptions(screen.getByLabelText("Add from the library"), "pose");
    await user.click(screen.getAllByRole("button", { name: "Add" })[0] as HTMLElement);
    expect(lastRelief).toEqual([draft("pose", "Child's pose")]);
    expect(screen.getByText("How to, and when to stop")).toBeTruthy();
    // Chosen once: no longer offered in the library list.
    const library = screen.getByLabelText("Add from the library");
    expect(within(library).queryByRole("option", { name: "Child's pose" })).toBeNull();
  });

  test("something of one's own is added with Enter; a name the library has maps to it", async () => {
    const user = userEvent.setup();
    render(<Picker />);
    const own = screen.getByLabelText("Or something of your own");
    await user.type(own, "Ice pack{Enter}");
    await user.type(own, "calf STRETCH{Enter}");
    await user.type(own, "ice pack{Enter}");
    expect(lastRelief).toEqual([draft(null, "Ice pack"), draft("calf", "Calf stretch")]);
    expect(own).toHaveProperty("value", "");
  });

  test("minutes, part of the day and whether it helped are kept per item", async () => {
    const user = userEvent.setup();
    render(<Picker initial={[draft("bath", "Hot bath")]} />);
    await user.type(screen.getByLabelText("Minutes"), "20");
    await user.selectOptions(screen.getByLabelText("When"), "EVENING");
    const helped = screen.getByRole("group", { name: "Did it help?" });
    await user.click(within(helped).getByRole("radio", { name: HELPED_LABELS.A_LITTLE }));
    expect(lastRelief).toEqual([
      { itemId: "bath", name: "Hot bath", minutes: "20", partOfDay: "EVENING", helped: "A_LITTLE" },
    ]);
  });

  test("an item is removed with its own button", async () => {
    const user = userEvent.setup();
    render(<Picker initial={[draft("bath", "Hot bath"), draft(null, "Ice pack")]} />);
    await user.click(screen.getByRole("button", { name: "Remove Hot bath" }));
    expect(lastRelief).toEqual([draft(null, "Ice pack")]);
  });

  test("a minutes error is shown under that item's field and marks it invalid", () => {
    render(
      <Picker
        initial={[draft("bath", "Hot bath")]}
        errors={{ "relief.0.minutes": ["Minutes must be a whole number."] }}
      />,
    );
    const minutes = screen.getByLabelText("Minutes");
    expect(minutes.getAttribute("aria-invalid")).toBe("true");
    const describedBy = minutes.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(describedBy)?.textContent).toBe(
      "Minutes must be a whole number.",
    );
  });
});
