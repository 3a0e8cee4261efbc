/**
 * Reading paths of the bundled roadmap start from true foundations: an LLM agent's path runs
 * through the language models it is built on, a diffusion paper's through DDPM and its own
 * prerequisites, each prerequisite before what builds on it.
 */
import { afterAll, describe, expect, it } from "vitest";
import { closeDriver } from "../../graph/driver";
import { getReadingPath } from "../../graph/get-reading-path";

afterAll(async () => {
  await closeDriver();
});

async function stepsOf(target: string): Promise<string[]> {
  const path = await getReadingPath({ target, read: [], hideRead: false });
  expect(path.target.id).toBe(target);
  return path.steps.map((step) => step.node.id);
}
/** Asserts that every id is on the path and comes before the next one. */
function inOrder(steps: string[], ids: string[]): void {
  const at = ids.map((id) => steps.indexOf(id));
  expect(at.every((i) => i >= 0), `missing from ${steps.join(", ")}`).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
}

describe("reading paths of the bundled roadmap", () => {
  it("of an LLM agent (Voyager) run from the Transformer through GPT-3 and InstructGPT to GPT-4", async () => {
    const steps = await stepsOf("2305.16291");
    inOrder(steps, ["1706.03762", "2005.14165", "2203.02155", "2303.08774", "2305.16291"]);
  });

  it("of an agent environment (AgentGym) include ReAct after chain-of-thought, and WebArena", async () => {
    const steps = await stepsOf("2406.04151");
    inOrder(steps, ["2201.11903", "2210.03629", "2406.04151"]);
    inOrder(steps, ["2307.13854", "2406.04151"]);
  });

  it("of a diffusion paper (ControlNet) run through NCSN, DDPM, U-Net, guidance and VQGAN to latent diffusion", async () => {
    const steps = await stepsOf("2302.05543");
    inOrder(steps, ["1907.05600", "2006.11239", "2207.12598", "2112.10752", "2302.05543"]);
    inOrder(steps, ["1505.04597", "2006.11239"]);
    inOrder(steps, ["2012.09841", "2112.10752"]);
  });
});
