import { describe, expect, it } from "vitest";
import { edge, node } from "./fixtures.test-support";
import { nodesToCsv, toJson, toSvg } from "./export-data";

describe("export data", () => {
  it("draws an arrowhead at the target of a directed edge, its tip on the target's rim", () => {
    const svg = toSvg(
      [
        { id: "later", x: 0, y: 0, size: 20, color: "#f00", shape: "ellipse", label: "L", border: "#fff" },
        { id: "earlier", x: 100, y: 0, size: 20, color: "#0f0", shape: "ellipse", label: "E", border: "#fff" },
      ],
      [
        { x1: 0, y1: 0, x2: 100, y2: 0, color: "#123456", dashed: false, width: 1.8, arrow: true, targetSize: 20 },
        { x1: 100, y1: 0, x2: 0, y2: 0, color: "#abcdef", dashed: true, width: 1, arrow: false, targetSize: 20 },
      ],
      "#fff",
      "#000",
    );
    const arrows = [...svg.matchAll(/<polygon class="arrow" points="([^"]+)" fill="([^"]+)"/g)];
    expect(arrows).toHaveLength(1);
    expect(arrows[0]![2]).toBe("#123456");
    const points = arrows[0]![1]!.split(" ").map((p) => p.split(",").map(Number));
    // The tip touches the target's rim (x = 100 - 10) and the base sits towards the source.
    expect(points[0]).toEqual([90, 0]);
    expect(points[1]![0]).toBeLessThan(90);
    expect(points[2]![0]).toBeLessThan(90);
  });

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
