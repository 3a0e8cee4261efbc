/** Creates the app's constraints and indexes in the database NEO4J_URI points at (a child of the benchmarks). */
import { closeDriver } from "../graph/driver";
import { ensureSchema } from "../graph/ensure-schema";

async function main(): Promise<void> {
  await ensureSchema();
  await closeDriver();
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
