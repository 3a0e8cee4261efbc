/**
 * The catalogue of attacks on the Cypher console, as data: console-attacks.test.ts sends each
 * one to POST /api/cypher and checks the answer it expects, that the server kept answering and
 * that the graph did not change. To cover a new attack, add a line to one of the lists.
 */
import { evasionAttacks } from "./evasion-attacks";
import { resourceAttacks } from "./resource-attacks";
import { writeAttacks } from "./write-attacks";

import type { AttackExpectation, ConsoleAttack } from "./console-attack";

export type { AttackExpectation, ConsoleAttack };

export const STATUS: Record<AttackExpectation, number> = {
  refused: 403,
  timeout: 408,
  "row-cap": 200,
  "bad-query": 400,
  "too-large": 413,
  "invalid-input": 400,
  harmless: 200,
};

export const consoleAttacks: readonly ConsoleAttack[] = [...writeAttacks, ...evasionAttacks, ...resourceAttacks];
