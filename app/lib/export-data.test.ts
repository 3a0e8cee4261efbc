import { describe, expect, it } from "vitest";
import { edge, node } from "./fixtures.test-support";
import { nodesToCsv, toJson, toSvg } from "./export-data";

describe("export data", () => {
  it("writes a node table with a header", () => {
    const csv = nodesToCsv([node("1706.03762", { year: 2017, area: "bg", builtUponBy: 3 })]);
    expect(csv.split("\r\n")[1]).toBe("1706.03762,paper,1706.03762,Title of 1706.03762,2017,bg,3");
  });

  it("writes JSON that parses back to the same data", () => {
    const data = { nodes: [node("a")], edges: [edge("a", "a")] };
    expect(JSON.parse(toJson(data.nodes, data.edges))).toEqual(data);
  });

  it("draws an SVG with one shape and one label per node, escaping text", () => {
    const svg = toSvg(
      [
        { id: "a", x: 0, y: 0, size: 20, color: "#f00", shape: "ellipse", label: "A<B>", border: "#fff" },
        { id: "b", x: 100, y: 50, size: 30, color: "#0f0", shape: "diamond", label: "B & co", border: "#fff" },
        { id: "c", x: 50, y: 90, size: 30, color: "#00f", shape: "round-rectangle", label: "C", border: "#fff" },
      ],
      [{ x1: 0, y1: 0, x2: 100, y2: 50, color: "#999", dashed: true, width: 1 }],
      "#fff",
      "#000",
    );
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("A&lt;B&gt;");
    expect(svg).toContain("B &amp; co");
    expect(svg.match(/<circle/g)).toHaveLength(1);
    expect(svg.match(/<polygon/g)).toHaveLength(1);
    expect(svg.match(/<rect/g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray="5 4"');
  });
});
