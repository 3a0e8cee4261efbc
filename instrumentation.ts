/**
 * Runs once when the Next.js server starts: a bad configuration stops start-up here, with a
 * message naming the variable, instead of surfacing as failing requests later.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig, ConfigError } = await import("./graph/config");
  try {
    getConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\nRoadmap Graph Explorer cannot start.\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
