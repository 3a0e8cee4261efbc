/**
 * The frame both enrichment suites run in: a replay server, the graph's checksum and papers
 * taken before, and afterwards the graph put back (and checked), the server closed and the
 * temp folders removed. Its fields are set when the suite's beforeAll has run.
 */
import { afterAll, beforeAll, expect } from "vitest";
import { closeDriver } from "../../../graph/driver";
import { startReplayServer, type ReplayOptions, type ReplayServer } from "@/bench/replay-server";
import { getGraphChecksum, type GraphChecksum } from "../../support/get-graph-checksum";
import { restoreGraph, snapshotPapers, type PaperSnapshot } from "./enrich-state";
import { removeTempDirs } from "./run-enrich";

export type EnrichSuite = { server: ReplayServer; snapshot: PaperSnapshot };

/** `roadmaps`: the lists the suite loads, removed afterwards; `beforeClose` runs just before the driver closes. */
export function setUpEnrichSuite(roadmaps: string[], options: ReplayOptions = {}, beforeClose?: () => void): EnrichSuite {
  const suite = {} as EnrichSuite;
  let initial: GraphChecksum;
  beforeAll(async () => {
    suite.server = await startReplayServer(options);
    initial = await getGraphChecksum();
    suite.snapshot = await snapshotPapers();
  });
  afterAll(async () => {
    await restoreGraph(suite.snapshot, roadmaps);
    expect(await getGraphChecksum()).toEqual(initial);
    await suite.server.close();
    removeTempDirs();
    beforeClose?.();
    await closeDriver();
  });
  return suite;
}
