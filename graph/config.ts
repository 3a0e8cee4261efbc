/**
 * The app's configuration, read once from the environment and validated with zod.
 * A missing or malformed value stops start-up with a message naming the variable.
 */
import { z } from "zod";

const neo4jUriSchema = z
  .string()
  .trim()
  .regex(
    /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s/]+(:\d+)?\/?$/,
    "must be a Bolt URI such as bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io",
  );

export const configSchema = z.object({
  NEO4J_URI: neo4jUriSchema.default("bolt://127.0.0.1:7687"),
  NEO4J_USERNAME: z.string().trim().min(1, "must not be empty").default("neo4j"),
  NEO4J_PASSWORD: z.string().min(1, "must not be empty").default("roadmap-explorer"),
  NEO4J_DATABASE: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, "must be a Neo4j database name such as neo4j")
    .default("neo4j"),
  /** server-side timeout of ordinary API reads, in milliseconds */
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /**
   * Largest JSON body of an API request, in bytes, refused with 413 before it is parsed. The
   * largest legitimate body is a reading list or an `exclude` of up to 5000 ids (~200 kB).
   */
  API_MAX_BODY_BYTES: z.coerce.number().int().min(1_024).max(10_000_000).default(262_144),
  /** Largest body of POST /api/cypher: a 10,000-character query and its parameters fit. */
  CONSOLE_MAX_BODY_BYTES: z.coerce.number().int().min(1_024).max(10_000_000).default(65_536),
  /** Console queries one client may send per window (a token bucket: bursts up to this). */
  CONSOLE_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(30),
  CONSOLE_RATE_WINDOW_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
  /**
   * Console queries all clients together may send per window: client addresses come from
   * X-Forwarded-For, which a client talking to the server directly can vary at will.
   */
  CONSOLE_RATE_LIMIT_TOTAL: z.coerce.number().int().min(1).max(10_000_000).default(300),
  /** Citation enrichment (`npm run enrich`): base URLs (tests point them at a local replay server). */
  S2_API_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).default("https://api.semanticscholar.org/graph/v1"),
  OPENALEX_API_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).default("https://api.openalex.org"),
  /** Optional Semantic Scholar key (sent as x-api-key): allows 1 request/s instead of a slower shared pace. */
  S2_API_KEY: z.string().trim().min(1).optional(),
  /** Optional e-mail for OpenAlex's "polite pool" (sent as mailto=). */
  OPENALEX_MAILTO: z.email({ error: "must be an e-mail address" }).optional(),
  /** Where enrichment caches provider responses (git-ignored; delete it to refetch). */
  ENRICH_CACHE_DIR: z.string().trim().min(1).default(".data/enrich-cache"),
  /** Least time between two requests to one provider; default 1 s to Semantic Scholar with a key, 3 s without, 0.2 s to OpenAlex. */
  ENRICH_INTERVAL_MS: z.coerce.number().int().min(0).max(600_000).optional(),
  /** A provider request with no answer within this time is abandoned and retried. */
  ENRICH_TIMEOUT_MS: z.coerce.number().int().min(50).max(600_000).default(30_000),
  /** First backoff step after a 5xx or a timeout (doubled per attempt, with jitter). */
  ENRICH_BACKOFF_MS: z.coerce.number().int().min(0).max(600_000).default(1_000),
  /**
   * Loading and removing lists from the page writes to the database, so it is off unless set to
   * true (`npm run up` sets it for the app it serves on 127.0.0.1). The Cypher console stays
   * read-only whatever this says.
   */
  ALLOW_PAGE_INGEST: z.stringbool({ truthy: ["true", "1"], falsy: ["false", "0"] }).default(false),
  /** Largest file the page may load, in bytes (413 beyond). */
  PAGE_INGEST_MAX_BYTES: z.coerce.number().int().min(1_024).max(100_000_000).default(5_000_000),
  /** Loads and removals from the page all clients together may make per window (429 beyond). */
  PAGE_INGEST_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  PAGE_INGEST_RATE_WINDOW_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
});
export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Parses an environment; throws ConfigError naming each bad variable. Empty strings count as unset. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = configSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const variable = issue.path.join(".") || "(environment)";
    return `  ${variable}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
}

let cached: AppConfig | undefined;

/** The process configuration, parsed on first use. */
export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
