import { expect, test, type Locator, type Page } from "@playwright/test";
import { readLayoutRun } from "./cy";

/** Well-known papers of the bundled roadmap, by their stable ids. */
export const PAPERS = {
  transformer: "1706.03762",
  bert: "1810.04805",
  gpt3: "2005.14165",
  ldm: "2112.10752",
} as const;

/** The explorer as a user sees it: regions by role and test id, waits by polling, no sleeps. */
export class ExplorerPage {
  constructor(readonly page: Page) {}

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/${query ? `?${query}` : ""}`);
    await expect(this.page.getByRole("heading", { name: "Roadmap Graph Explorer" })).toBeVisible();
  }

  /** Waits until a layout has finished after `afterSeq` (and optionally is the named one). */
  async layoutDone(afterSeq = 0, name?: string): Promise<number> {
    await expect
      .poll(async () => {
        const run = await readLayoutRun(this.page);
        return run.seq > afterSeq && !run.running && (!name || run.name === name);
      }, { timeout: 30_000 })
      .toBe(true);
    return (await readLayoutRun(this.page)).seq;
  }

  async layoutSeq(): Promise<number> {
    return (await readLayoutRun(this.page)).seq;
  }

  get search(): Locator {
    return this.page.getByTestId("main-search").getByRole("combobox");
  }

  tab(name: RegExp | string): Locator {
    return this.page.getByRole("tab", { name });
  }

  get details(): Locator {
    return this.page.getByTestId("details");
  }

  layoutRadio(name: RegExp | string): Locator {
    return this.page.getByRole("radiogroup", { name: /layout|раскладка/i }).getByRole("radio", { name });
  }

  /** Types into a search box and picks the first suggestion with the keyboard. */
  async searchAndPick(box: Locator, text: string, option: RegExp): Promise<void> {
    await box.fill(text);
    const listbox = this.page.getByRole("listbox");
    await expect(listbox.getByRole("option", { name: option }).first()).toBeVisible();
    const options = listbox.getByRole("option");
    const count = await options.count();
    for (let i = 0; i < count; i++) {
      if (option.test((await options.nth(i).textContent()) ?? "")) break;
      await box.press("ArrowDown");
    }
    await box.press("Enter");
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: test.info().outputPath(`${name}.png`) });
  }
}
