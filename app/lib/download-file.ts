/** Saves text as a file through a temporary object URL (no server round trip). */
export function downloadFile(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled so the download can start.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name like "cypher-result-2025-01-31T10-20-30.csv". */
export function resultFileName(extension: string, now = new Date()): string {
  return `cypher-result-${now.toISOString().slice(0, 19).replaceAll(":", "-")}.${extension}`;
}
