import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, test } from "vitest";
import type { TagDraft } from "@/lib/journal/draft/check-in-draft";
import type { TagSuggestionDTO } from "@/lib/journal/types";
import { TAG_NAME_MAX } from "@/lib/journal/vocabulary/limits";
import { TagPicker } from "./tag-picker";
import { applyListChange } from "./use-check-in-draft";

const suggestion = (name: string, index: number): TagSuggestionDTO => ({
  id: `s${index}`,
  kind: "PERSON",
  name,
  lastUsed: null,
  uses: 1,
});

/** The picker with the form's own list handling around it, as the check-in form uses it. */
function People({
  initial = [],
  suggestions = [],
  errors = {},
}: {
  initial?: TagDraft[];
  suggestions?: TagSuggestionDTO[];
  errors?: Record<string, string[]>;
}) {
  const [tags, setTags] = useState<TagDraft[]>(initial);
  return (
    <TagPicker
      kind="PERSON"
      tags={tags.map((tag, index) => ({ tag, index }))}
      onChange={(change) => setTags((current) => applyListChange(current, change))}
      suggestions={suggestions}
      errorsAt={(path) => errors[path]}
    />
  );
}

const chosen = () => {
  const list = screen.queryByRole("list", { name: /people today/i });
  return list
    ? within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent)
    : [];
};

describe("TagPicker", () => {
  test("a name typed and confirmed with Enter is added once, and the input is emptied", async () => {
    const user = userEvent.setup();
    render(<People />);
    const input = screen.getByLabelText("Add a person");
    await user.type(input, "  Alex {Enter}");
    expect(chosen()).toEqual([expect.stringContaining("Alex")]);
    expect(input).toHaveProperty("value", "");
    // The same name in another case is not added twice.
    await user.type(input, "alex{Enter}");
    expect(chosen()).toHaveLength(1);
  });

  test("the Add button adds what is typed; blank input adds nothing", async () => {
    const user = userEvent.setup();
    render(<People />);
    await user.click(screen.getByRole("button", { name: "Add" }));
    expect(chosen()).toEqual([]);
    await user.type(screen.getByLabelText("Add a person"), "Sam");
    await user.click(screen.getByRole("button", { name: "Add" }));
    expect(screen.getByRole("button", { name: "Remove Sam" })).toBeTruthy();
  });

  test("a tag is removed with its own button, by keyboard too", async () => {
    const user = userEvent.setup();
    render(
      <People
        initial={[
          { kind: "PERSON", name: "Alex", partOfDay: null },
          { kind: "PERSON", name: "Sam", partOfDay: null },
        ]}
      />,
    );
    screen.getByRole("button", { name: "Remove Alex" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("button", { name: "Remove Alex" })).toBeNull();
    expect(screen.getByRole("button", { name: "Remove Sam" })).toBeTruthy();
  });

  test("a tag can be moved from the whole day to one part of it", async () => {
    const user = userEvent.setup();
    render(<People initial={[{ kind: "PERSON", name: "Alex", partOfDay: null }]} />);
    const when = screen.getByLabelText("When was Alex?");
    expect(when).toHaveProperty("value", "");
    await user.selectOptions(when, "EVENING");
    expect(screen.getByLabelText("When was Alex?")).toHaveProperty("value", "EVENING");
  });

  test("at most six suggestions are offered, without those already chosen", async () => {
    const user = userEvent.setup();
    const names = ["Alex", "Sam", "Kim", "Jo", "Lee", "Max", "Ana", "Bo"];
    render(<People suggestions={names.map(suggestion)} />);
    const offered = () =>
      screen.getAllByRole("button", { name: /^Add / }).map((b) => b.getAttribute("aria-label"));
    expect(offered()).toEqual(names.slice(0, 6).map((name) => `Add ${name}`));
    await user.click(screen.getByRole("button", { name: "Add Sam" }));
    expect(chosen()).toEqual([expect.stringContaining("Sam")]);
    expect(offered()).toEqual(["Alex", "Kim", "Jo", "Lee", "Max", "Ana"].map((n) => `Add ${n}`));
  });

  test(`a name is cut at ${TAG_NAME_MAX} characters`, async () => {
    const user = userEvent.setup();
    render(<People />);
    const input = screen.getByLabelText("Add a person");
    await user.type(input, "x".repeat(TAG_NAME_MAX + 5));
    expect((input as HTMLInputElement).value).toHaveLength(TAG_NAME_MAX);
  });

  test("a tag's error from the server is shown beside it", () => {
    render(
      <People
        initial={[{ kind: "PERSON", name: "Alex", partOfDay: null }]}
        errors={{ "tags.0.name": ["Too long."] }}
      />,
    );
    expect(chosen()).toEqual([expect.stringContaining("Too long.")]);
  });
});
