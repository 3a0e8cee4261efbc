import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

describe("parseConfig", () => {
  it("gives local defaults when nothing is set", () => {
    const config = parseConfig({});
    expect(config.NEO4J_URI).toBe("bolt://127.0.0.1:7687");
    expect(config.NEO4J_USERNAME).toBe("neo4j");
    expect(config.NEO4J_DATABASE).toBe("neo4j");
  });

  it("accepts remote, Aura and cluster URIs", () => {
    expect(parseConfig({ NEO4J_URI: "neo4j+s://abcd1234.databases.neo4j.io" }).NEO4J_URI).toBe("neo4j+s://abcd1234.databases.neo4j.io");
    expect(parseConfig({ NEO4J_URI: "neo4j://core1.example.com:7687" }).NEO4J_URI).toBe("neo4j://core1.example.com:7687");
  });

  it("names the variable of a malformed URI", () => {
    expect(() => parseConfig({ NEO4J_URI: "http://localhost:7474" })).toThrow(ConfigError);
    expect(() => parseConfig({ NEO4J_URI: "http://localhost:7474" })).toThrow(/NEO4J_URI: must be a Bolt URI/);
  });

  it("names every bad variable at once", () => {
    try {
      parseConfig({ NEO4J_URI: "localhost", NEO4J_DATABASE: "1 bad name", NEO4J_QUERY_TIMEOUT_MS: "soon" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain("NEO4J_URI");
      expect(message).toContain("NEO4J_DATABASE");
      expect(message).toContain("NEO4J_QUERY_TIMEOUT_MS");
    }
  });

  it("treats an empty value as unset rather than as a valid empty password", () => {
    expect(parseConfig({ NEO4J_PASSWORD: "" }).NEO4J_PASSWORD).toBe("roadmap-explorer");
  });

  it("reads the HTTP limits, with defaults that the e2e console tests stay under", () => {
    expect(parseConfig({})).toMatchObject({ API_MAX_BODY_BYTES: 262_144, CONSOLE_MAX_BODY_BYTES: 65_536, CONSOLE_RATE_LIMIT: 30, CONSOLE_RATE_WINDOW_MS: 10_000, CONSOLE_RATE_LIMIT_TOTAL: 300 });
    expect(parseConfig({ CONSOLE_RATE_LIMIT: "5" }).CONSOLE_RATE_LIMIT).toBe(5);
    expect(() => parseConfig({ CONSOLE_RATE_LIMIT: "0" })).toThrow(/CONSOLE_RATE_LIMIT/);
    expect(() => parseConfig({ API_MAX_BODY_BYTES: "lots" })).toThrow(/API_MAX_BODY_BYTES/);
  });

  it("keeps page ingest off unless it is set to true, and bounds its limits", () => {
    expect(parseConfig({}).ALLOW_PAGE_INGEST).toBe(false);
    expect(parseConfig({ ALLOW_PAGE_INGEST: "true" }).ALLOW_PAGE_INGEST).toBe(true);
    expect(parseConfig({ ALLOW_PAGE_INGEST: "false" }).ALLOW_PAGE_INGEST).toBe(false);
    expect(() => parseConfig({ ALLOW_PAGE_INGEST: "yes please" })).toThrow(/ALLOW_PAGE_INGEST/);
    expect(() => parseConfig({ PAGE_INGEST_MAX_BYTES: "10" })).toThrow(/PAGE_INGEST_MAX_BYTES/);
  });
});

describe("parseConfig: citation enrichment", () => {
  it("defaults to the public providers and validates overrides", () => {
    const config = parseConfig({});
    expect(config.S2_API_URL).toBe("https://api.semanticscholar.org/graph/v1");
    expect(config.OPENALEX_API_URL).toBe("https://api.openalex.org");
    expect(config.S2_API_KEY).toBeUndefined();
    expect(parseConfig({ S2_API_URL: "http://127.0.0.1:4010/s2", OPENALEX_MAILTO: "me@example.org" })).toMatchObject({ S2_API_URL: "http://127.0.0.1:4010/s2", OPENALEX_MAILTO: "me@example.org" });
    expect(() => parseConfig({ S2_API_URL: "ftp://example.org" })).toThrow(/S2_API_URL: must be an http\(s\) URL/);
    expect(() => parseConfig({ OPENALEX_MAILTO: "nobody" })).toThrow(/OPENALEX_MAILTO: must be an e-mail address/);
  });
});
