import { describe, expect, it } from "vitest";
import { isDarkColor } from "./color-scheme";

describe("isDarkColor", () => {
  it("tells dark page backgrounds from light ones", () => {
    expect(isDarkColor("#f7f8fb")).toBe(false);
    expect(isDarkColor(" #111827 ")).toBe(true);
    expect(isDarkColor("#000")).toBe(true);
    expect(isDarkColor("rgb(255, 255, 255)")).toBe(false);
    expect(isDarkColor("rgba(20 22 30 / 1)")).toBe(true);
  });

  it("returns undefined for values it cannot read", () => {
    expect(isDarkColor("")).toBeUndefined();
    expect(isDarkColor("var(--x)")).toBeUndefined();
  });
});
