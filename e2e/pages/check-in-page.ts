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

  /** Where and how a part of the day hurt (in the "Where and how it hurt" section). */
  partDetails(part: Part) {
    return this.page.getByRole("group", { name: part, exact: true });
  }

  /** The button that folds a section of the form away or opens it. */
  sectionToggle(title: string) {
    return this.page.getByRole("button", { name: new RegExp(`^${title}`) });
  }

  /** Opens a folded section (and leaves an open one open). */
  async openSection(title: string) {
    const toggle = this.sectionToggle(title);
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
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
    await this.openSection("What was going on");
    await this.page.getByLabel(`Add ${kind}`).fill(name);
    await this.page.getByLabel(`Add ${kind}`).press("Enter");
  }

  get dateInput() {
    return this.page.getByLabel("Filing under");
  }

  /** Opens "Your day", where the hours sitting, sleep and note are. */
  async openYourDay() {
    await this.openSection("Your day");
  }

  get sittingHours() {
    return this.page.getByLabel("Hours sitting (optional)");
  }

  get sleepHours() {
    return this.page.getByLabel("Hours slept last night (optional)");
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
