import { describe, expect, it } from "vitest";
import { deriveSameTopic, MAX_SAME_TOPIC_PAIRS } from "./derive-same-topic";
import { RoadmapInputError } from "./input-error";
import { roadmapSchema, type RoadmapInput } from "./roadmap-schema";

const roadmap = (input: Omit<RoadmapInput, "roadmap">) => roadmapSchema.parse({ roadmap: { id: "t", title: "T" }, ...input });
const papers = (...ids: string[]) => ids.map((id) => ({ id, title: id.toUpperCase() }));

describe("deriveSameTopic", () => {
  it("pairs papers of a leaf section once per unordered pair, sorted", () => {
    const result = deriveSameTopic(
      roadmap({
        sections: [{ id: "s", name: "Efficient Generation", items: [{ ref: "c" }, { ref: "a" }, { ref: "b" }, { ref: "r-x" }, { ref: "a" }] }],
        papers: papers("a", "b", "c"),
        resources: [{ id: "r-x", title: "X", kind: "blog" }],
      }),
    );
    expect(result).toEqual([
      { a: "a", b: "b", topic: "Efficient Generation" },
      { a: "a", b: "c", topic: "Efficient Generation" },
      { a: "b", b: "c", topic: "Efficient Generation" },
    ]);
  });

  it("pairs nothing in a section that is not a topic (the catch-all of an untagged bibliography)", () => {
    const sections = [
      { id: "tagged", name: "Diffusion", items: [{ ref: "a" }, { ref: "b" }] },
      { id: "rest", name: "my-library", topic: false, items: [{ ref: "c" }, { ref: "d" }, { ref: "a" }] },
    ];
    expect(deriveSameTopic(roadmap({ sections, papers: papers("a", "b", "c", "d") }))).toEqual([{ a: "a", b: "b", topic: "Diffusion" }]);
  });

  it("uses groups (also in parent sections) and prefers the group over the section", () => {
    const result = deriveSameTopic(
      roadmap({
        sections: [
          { id: "area", name: "Area", items: [{ ref: "p1", group: "Surveys" }, { ref: "p2", group: "Surveys" }, { ref: "p3" }] },
          {
            id: "leaf",
            name: "Long Context",
            parent: "area",
            items: [
              { ref: "l1", group: "Efficient Transformers" },
              { ref: "l2", group: "Efficient Transformers" },
              { ref: "l3", group: "State Space Models" },
            ],
          },
        ],
        papers: papers("p1", "p2", "p3", "l1", "l2", "l3"),
      }),
    );
    expect(result).toEqual([
      { a: "l1", b: "l2", topic: "Efficient Transformers" },
      { a: "l1", b: "l3", topic: "Long Context" },
      { a: "l2", b: "l3", topic: "Long Context" },
      { a: "p1", b: "p2", topic: "Surveys" },
    ]);
  });

  it("gives nothing for sections with fewer than two papers", () => {
    expect(deriveSameTopic(roadmap({ sections: [{ id: "s", name: "S", items: [{ ref: "a" }] }], papers: papers("a") }))).toEqual([]);
  });

  it("is deterministic and complete for a large section (n(n-1)/2 pairs)", () => {
    const ids = Array.from({ length: 60 }, (_v, i) => `p${String(i).padStart(2, "0")}`);
    const input = roadmap({ sections: [{ id: "s", name: "S", items: ids.map((ref) => ({ ref })) }], papers: papers(...ids) });
    const first = deriveSameTopic(input);
    expect(first).toHaveLength((60 * 59) / 2);
    expect(deriveSameTopic(input)).toEqual(first);
    expect(first.every((pair) => pair.a < pair.b)).toBe(true);
  });

  it("rejects a topic so large that its pairs would not fit, naming it", () => {
    const ids = Array.from({ length: 1500 }, (_v, i) => `p${i}`);
    const input = roadmap({ sections: [{ id: "s", name: "Everything", line: 3, items: ids.map((ref) => ({ ref })) }], papers: papers(...ids) });
    expect((1500 * 1499) / 2).toBeGreaterThan(MAX_SAME_TOPIC_PAIRS);
    expect(() => deriveSameTopic(input)).toThrow(RoadmapInputError);
    expect(() => deriveSameTopic(input)).toThrow(/t:3: too many SAME_TOPIC pairs \(1124250, limit 1000000\): "Everything" alone lists 1500 papers/);
  });
});
