import { describe, expect, it } from "vitest";
import { runIngest } from "./support/run-ingest";

describe("configuration errors stop the CLI with a message naming the variable", () => {
  it("rejects a malformed NEO4J_URI before touching the database", async () => {
    for (const args of [[], ["--dry-run"]]) {
      const run = await runIngest(args, { NEO4J_URI: "localhost:7687" });
      expect(run.code).toBe(1);
      expect(run.output).toContain("NEO4J_URI");
      expect(run.output).toMatch(/must be a Bolt URI/);
    }
  });

  it("rejects a malformed database name", async () => {
    const run = await runIngest([], { NEO4J_DATABASE: "no spaces allowed" });
    expect(run.code).toBe(1);
    expect(run.output).toContain("NEO4J_DATABASE");
  });
});
