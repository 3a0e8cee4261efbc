/**
 * What the browser bundle gets for `node-fetch`: the browser's own fetch. citation-js imports
 * node-fetch (for URL inputs the app never uses) and node-fetch needs `node:net`, which a
 * browser chunk cannot hold; next.config.mjs aliases it here for browser builds only.
 */
const browserFetch: typeof fetch = (...args) => globalThis.fetch(...args);
export default browserFetch;
export const Headers = globalThis.Headers;
