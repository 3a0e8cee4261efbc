/**
 * The app's one download helper: saves text (or a data: URL, such as the canvas' PNG) as a file
 * through a temporary link, with no server round trip.
 */
export function downloadFile(fileName: string, content: string, mimeType: string): void {
  const isDataUrl = content.startsWith("data:");
  const url = isDataUrl ? content : URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled so the download can start.
  if (!isDataUrl) setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** A file name like "cypher-result-2025-01-31T10-20-30.csv". */
export function resultFileName(extension: string, now = new Date()): string {
  return `cypher-result-${now.toISOString().slice(0, 19).replaceAll(":", "-")}.${extension}`;
}
