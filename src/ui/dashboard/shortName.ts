/** "Resolution 130 (Rev. Dubai, 2018)" → "Resolution 130": a text's name without its revision, for plot labels. */
export function shortName(document: { name: string; revision: string }): string {
  const suffix = ` (${document.revision})`;
  return document.revision !== '' && document.name.endsWith(suffix) ? document.name.slice(0, -suffix.length) : document.name;
}
