import { describe, expect, it } from "vitest";
import { wasStaged, type Staged } from "./stage-roadmap";

const staged = (ids: Partial<Record<keyof Staged, string[]>>): Staged => ({
  sections: new Set(ids.sections), papers: new Set(ids.papers), resources: new Set(ids.resources), questions: new Set(ids.questions),
});

describe("wasStaged: what the staged pass wrote, so the final transaction skips it", () => {
  const set = staged({ sections: ["r/a", "r/b"], papers: ["new1", "new2"], resources: ["r/x"], questions: ["r/a/q1"] });

  it("a node when its id was staged under its own kind", () => {
    expect(wasStaged({ step: "papers", row: { id: "new1" } } as never, set)).toBe(true);
    expect(wasStaged({ step: "papers", row: { id: "shared" } } as never, set)).toBe(false);
    // A resource's id is not a paper's: the kinds are kept apart.
    expect(wasStaged({ step: "papers", row: { id: "r/x" } } as never, set)).toBe(false);
    expect(wasStaged({ step: "questions", row: { id: "r/a/q1", section: "r/a" } } as never, set)).toBe(true);
  });

  it("a relationship only when both its ends were staged", () => {
    expect(wasStaged({ step: "buildsOn", row: { from: "new1", to: "new2", reason: "x" } }, set)).toBe(true);
    expect(wasStaged({ step: "buildsOn", row: { from: "new1", to: "shared", reason: "x" } }, set)).toBe(false);
    expect(wasStaged({ step: "paperPlacements", row: { node: "new1", section: "r/a" } } as never, set)).toBe(true);
    expect(wasStaged({ step: "paperPlacements", row: { node: "shared", section: "r/a" } } as never, set)).toBe(false);
    expect(wasStaged({ step: "resourcePlacements", row: { node: "r/x", section: "r/old" } } as never, set)).toBe(false);
    expect(wasStaged({ step: "sectionSurveys", row: { survey: "new2", target: "r/b" } }, set)).toBe(true);
    expect(wasStaged({ step: "sameTopic", row: { a: "new1", b: "new2", topic: "t" } }, set)).toBe(true);
    expect(wasStaged({ step: "sameTopicGroups", row: { topic: "t", members: ["new1", "new2"] } }, set)).toBe(true);
    expect(wasStaged({ step: "sameTopicGroups", row: { topic: "t", members: ["new1", "new2", "shared"] } }, set)).toBe(false);
  });

  it("a top-level section's link to its roadmap never (the roadmap node is written at the end)", () => {
    expect(wasStaged({ step: "sectionLinks", row: { id: "r/a", parent: null } }, set)).toBe(false);
    expect(wasStaged({ step: "sectionLinks", row: { id: "r/b", parent: "r/a" } }, set)).toBe(true);
  });
});
