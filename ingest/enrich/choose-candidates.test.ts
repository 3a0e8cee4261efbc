import { describe, expect, it } from "vitest";
import { chooseCandidates, confidenceOf, evidenceOf } from "./choose-candidates";
import type { CitationDetail } from "./found-paper";

const detail = (over: Partial<CitationDetail> = {}): CitationDetail => ({ intents: ["methodology"], influential: true, contexts: ["We extend B."], methodologyContexts: ["We extend B."], ...over });
const years: Record<string, number | null> = { a: 2022, b: 2021, c: 2020, d: null };
const yearOf = (id: string) => years[id] ?? null;

describe("chooseCandidates", () => {
  it("takes influential or methodology citations with evidence, most confident first", () => {
    const choice = chooseCandidates(
      [
        { from: "a", to: "c", detail: detail({ influential: false }) },
        { from: "a", to: "b", detail: detail() },
        { from: "b", to: "c", detail: detail({ intents: ["background"], influential: false }) },
      ],
      [],
      yearOf,
    );
    expect(choice.candidates.map((c) => [c.from, c.to, c.props.confidence])).toEqual([["a", "b", 0.9], ["a", "c", 0.6]]);
    expect(choice.candidates[0]?.props).toMatchObject({ source: "citation", evidence: "We extend B." });
  });

  it("refuses an undated candidate and one closing a cycle with fixed edges; skips one already curated", () => {
    const choice = chooseCandidates(
      [
        { from: "c", to: "a", detail: detail() }, // the same as a curated edge
        { from: "a", to: "d", detail: detail() }, // d has no year: cannot be checked
        { from: "a", to: "b", detail: detail() }, // b -> c -> a is curated: a cycle
      ],
      [{ from: "b", to: "c" }, { from: "c", to: "a" }],
      (id) => (id === "d" ? null : 2021),
    );
    expect(choice.refused).toEqual({ cycle: 1, forwardInTime: 0, undated: 1 });
    expect(choice.alreadyCurated).toBe(1);
    expect(choice.candidates).toEqual([]);
  });

  it("counts forward-in-time refusals and checks cycles against candidates already taken", () => {
    const choice = chooseCandidates(
      [
        { from: "c", to: "a", detail: detail() },
        { from: "a", to: "b", detail: detail() },
        { from: "b", to: "a", detail: detail({ influential: false }) },
      ],
      [],
      (id) => (id === "c" ? 2019 : 2021),
    );
    expect(choice.refused).toEqual({ cycle: 1, forwardInTime: 1, undated: 0 });
    expect(choice.candidates.map((c) => `${c.from}>${c.to}`)).toEqual(["a>b"]);
  });

  it("leaves out a citation without any citing sentence", () => {
    expect(chooseCandidates([{ from: "a", to: "b", detail: detail({ contexts: [], methodologyContexts: [] }) }], [], yearOf).candidates).toEqual([]);
  });
});

describe("confidence and evidence", () => {
  it("ranks both signals over one", () => {
    expect(confidenceOf(detail())).toBeGreaterThan(confidenceOf(detail({ intents: [] })));
    expect(confidenceOf(detail({ intents: [] }))).toBeGreaterThan(confidenceOf(detail({ influential: false })));
    expect(confidenceOf(detail({ intents: ["result"], influential: false }))).toBe(0);
  });

  it("prefers a methodology sentence and shortens long ones", () => {
    expect(evidenceOf(detail({ contexts: ["Background."], methodologyContexts: ["We use it."] }))).toBe("We use it.");
    const long = evidenceOf(detail({ methodologyContexts: ["word ".repeat(200)] })) ?? "";
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long.endsWith("…")).toBe(true);
  });
});
