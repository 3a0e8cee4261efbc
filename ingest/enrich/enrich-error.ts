/** A failure of enrichment that the CLI reports as is (it says what and where); nothing is written. */
export class EnrichError extends Error {
  override readonly name = "EnrichError";
}
