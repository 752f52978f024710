const KB = 1024;
const MB = 1024 * 1024;

/** A byte count in words for messages: "200.0 MB", "12.5 KB", "300 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  if (bytes >= KB) return `${(bytes / KB).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** A limit in words, without a needless ".0": "20 MB", "1.5 KB". */
export function formatLimit(bytes: number): string {
  return formatSize(bytes).replace(/\.0 /, ' ');
}
