import { expect, type Page } from "@playwright/test";

type Part = "Morning" | "Afternoon" | "Evening" | "Night";

/** The nightly check-in form (/tonight), by role and label. */
export class CheckInPage {
  constructor(readonly page: Page) {}

  async goto(date?: string) {
    await this.page.goto(date ? `/tonight?date=${date}` : "/tonight");
    await expect(this.page.getByRole("form", { name: "Nightly check-in" })).toBeVisible();
  }

  part(part: Part) {
    return this.page.getByRole("group", { name: new RegExp(`^${part} \\(`) });
  }

  /** The part's card: its 0–10 group and, once it hurt, where and how. */
  partCard(part: Part) {
    return this.page.locator(".card").filter({ has: this.part(part) });
  }

  async rate(part: Part, intensity: number) {
    await this.part(part)
      .getByRole("radio", { name: new RegExp(`^${intensity}\\b`) })
      .check();
  }

  intensity(part: Part, intensity: number) {
    return this.part(part).getByRole("radio", { name: new RegExp(`^${intensity}\\b`) });
  }

  async addTag(kind: "a person" | "a place or activity" | "a feeling", name: string) {
    await this.page.getByLabel(`Add ${kind}`).fill(name);
    await this.page.getByLabel(`Add ${kind}`).press("Enter");
  }

  get dateInput() {
    return this.page.getByLabel("Filing under");
  }

  get sittingHours() {
    return this.page.getByLabel("Hours sitting (optional)");
  }

  get note() {
    return this.page.getByLabel("Private note (optional)");
  }

  get saveButton() {
    return this.page.getByRole("button", { name: "Save check-in" });
  }

  async save() {
    await this.saveButton.click();
    await expect(this.page.getByText(/^Saved for /)).toBeVisible();
  }
}
