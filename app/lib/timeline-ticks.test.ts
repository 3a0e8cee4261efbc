import { describe, expect, it } from "vitest";
import { YEAR_WIDTH, timelineOrigin, timelinePositions } from "./layouts";
import { timelineTicks, yearCentre } from "./timeline-ticks";

const view = { zoom: 0.5, pan: { x: 100, y: 0 } };

describe("timelineTicks", () => {
  it("labels each year at the column the layout put its papers in, after a filter too", () => {
    const nodes = [2015, 2017, 2020, 2021].map((year, i) => ({ id: `p${i}`, year, area: "a", kind: "paper", size: 20 }));
    const origin = timelineOrigin(nodes);
    const positions = timelinePositions(nodes, ["a"]);
    // A From = 2020 filter leaves 2020 and 2021 where they were; the axis must follow them.
    const ticks = timelineTicks([2020, 2021], false, origin, view);
    const tick2020 = ticks.find((t) => t.label === 2020)!;
    const paper2020 = view.pan.x + view.zoom * positions.p2!.x;
    expect(Math.abs(tick2020.left - paper2020)).toBeLessThan((view.zoom * YEAR_WIDTH) / 2);
    expect(ticks.map((t) => t.label)).toEqual([2020, 2021]);
  });

  it("thins labels when zoomed out, keeping the same years labelled whatever the first one shown", () => {
    const far = { zoom: 0.05, pan: { x: 0, y: 0 } };
    expect(timelineTicks([2010, 2020], false, 2010, far).map((t) => t.label)).toEqual([2010, 2015, 2020]);
    expect(timelineTicks([2012, 2020], false, 2010, far).map((t) => t.label)).toEqual([2015, 2020]);
  });

  it("puts the undated column left of the origin", () => {
    const ticks = timelineTicks([2018], true, 2018, view);
    expect(ticks[0]!.label).toBe("undated");
    expect(ticks[0]!.left).toBeLessThan(ticks[1]!.left);
    expect(ticks[1]!.left).toBe(view.pan.x + view.zoom * yearCentre(2018, 2018));
  });
});
