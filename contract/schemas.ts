/**
 * The API's contract, one file per endpoint: every answer the graph API gives is one of these
 * shapes, parsed with zod on the way out of Neo4j, and every request is parsed on the way in.
 * This folder imports nothing of the project; graph/, app/ and the tests import it. The
 * OpenAPI document (app/api/openapi.ts) is generated from the same schemas.
 */
export * from "./graph-elements";
export * from "./query-params";
export * from "./search";
export * from "./node-details";
export * from "./neighbourhood";
export * from "./overview";
export * from "./sections";
export * from "./reading-path";
export * from "./path";
export * from "./stats";
export * from "./graph-schema";
export * from "./cypher";
export * from "./health";
export * from "./error-body";
export * from "./roadmaps";
export * from "./positions";
