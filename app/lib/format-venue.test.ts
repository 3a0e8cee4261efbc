import { describe, expect, it } from "vitest";
import { venueLabel } from "./format-venue";

describe("venueLabel", () => {
  it("joins the venue and its own year", () => {
    expect(venueLabel({ venue: "ICLR", venueYear: 2021, year: 2020 })).toBe("ICLR 2021");
  });

  it("keeps a venue that already ends with its year, or has none", () => {
    expect(venueLabel({ venue: "ACM Computing Surveys 2022", venueYear: 2022 })).toBe("ACM Computing Surveys 2022");
    expect(venueLabel({ venue: "arXiv" })).toBe("arXiv");
  });

  it("gives nothing without a venue", () => {
    expect(venueLabel({ venueYear: 2021 })).toBeUndefined();
    expect(venueLabel({ venue: "  " })).toBeUndefined();
  });
});
