/**
 * With ALLOW_PAGE_INGEST unset (the default), the page can neither load nor remove a list:
 * both answer 403 and the database stays as it was; the list of lists says page loading is off.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, expect, it } from "vitest";
import { closeDriver } from "../../graph/driver";
import { getGraphChecksum } from "../support/get-graph-checksum";
import { callRoute } from "./support/call-route";
import { ROOT } from "./support/run-ingest";

delete process.env.ALLOW_PAGE_INGEST;

afterAll(async () => {
  await closeDriver();
});

it("refuses loading and removing lists from the page and writes nothing", async () => {
  const before = await getGraphChecksum();
  const file = readFileSync(resolve(ROOT, "tests", "fixtures", "second-roadmap.md"));
  const load = await callRoute("POST", "/api/roadmaps?name=second-roadmap.md", file, { "content-type": "application/octet-stream" });
  expect(load.status).toBe(403);
  expect(load.text).toMatch(/ALLOW_PAGE_INGEST/);
  const remove = await callRoute("DELETE", "/api/roadmaps?id=generative-ai");
  expect(remove.status).toBe(403);
  const lists = JSON.parse((await callRoute("GET", "/api/roadmaps")).text) as { pageIngest: boolean };
  expect(lists.pageIngest).toBe(false);
  expect(await getGraphChecksum()).toEqual(before);
});
