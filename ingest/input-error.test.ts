import { describe, expect, it } from "vitest";
import { formatProblems, RoadmapInputError } from "./input-error";

describe("RoadmapInputError", () => {
  it("lists every problem as file:line: problem", () => {
    const error = new RoadmapInputError("roadmap.md", [
      { line: 12, message: "table row has 3 cells but the header (line 10) has 2" },
      { message: "no entries found" },
      { line: 40, message: "second problem" },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("RoadmapInputError");
    expect(error.file).toBe("roadmap.md");
    expect(error.line).toBe(12);
    expect(error.problems).toHaveLength(3);
    expect(error.message).toBe(
      "roadmap.md:12: table row has 3 cells but the header (line 10) has 2\nroadmap.md: no entries found\nroadmap.md:40: second problem",
    );
  });

  it("takes the first known line even when the first problem has none", () => {
    const error = new RoadmapInputError("a.yaml", [{ message: "x" }, { line: 7, message: "y" }]);
    expect(error.line).toBe(7);
  });

  it("never has an empty message", () => {
    const error = new RoadmapInputError("a.yaml", []);
    expect(error.message).toBe("a.yaml: invalid roadmap");
    expect(error.line).toBeUndefined();
  });

  it("formats problems without building an error", () => {
    expect(formatProblems("f", [{ line: 1, message: "m" }])).toBe("f:1: m");
  });
});
