/**
 * How a paper's dates read in the details panel: the year of its first public version (the one
 * the timeline places it by) and the venue with the venue's own year, which may be later
 * ("2020 · ICLR 2021"). Readers of other formats may already put the year into the venue.
 */
export function venueLabel(properties: Record<string, unknown>): string | undefined {
  const venue = typeof properties.venue === "string" ? properties.venue.trim() : "";
  if (venue === "") return undefined;
  const year = properties.venueYear;
  if (typeof year !== "number" || !Number.isInteger(year) || /\b\d{4}$/.test(venue)) return venue;
  return `${venue} ${year}`;
}
