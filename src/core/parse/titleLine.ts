import type { DocumentType } from '../model/index.ts';
import { memoize } from './memoize.ts';

/** What a title line such as `RESOLUTION 130 (REV. DUBAI, 2018)` says. */
export interface TitleLine {
  type: Exclude<DocumentType, 'strategic-plan' | 'other'>;
  number: string;
  /** "Rev. Dubai, 2018", or "Dubai, 2018" for a new text. */
  revision: string;
  /** "Dubai, 2018" */
  conference: string;
}

const TITLE = /^(RESOLUTION|DECISION|RECOMMENDATION)\s+(\[[^\]]{1,30}\]|[A-Z0-9][A-Z0-9/-]{0,15})\s*(?:\(\s*(REV\.?\s*)?([^()]{1,60})\))?\s*\**$/;
/** Cheap first tests: most lines are neither title nor annex lines. */
const TITLE_START = /^\s*(?:RES|DEC|REC)/;
const ANNEX_START = /^\s*(?:ANN|APP|ATT)/;
const TYPES: Record<string, TitleLine['type']> = {
  RESOLUTION: 'resolution',
  DECISION: 'decision',
  RECOMMENDATION: 'recommendation',
};

/** "BUENOS AIRES, 2017" → "Buenos Aires, 2017" */
function toTitleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])([a-z\u00e0-\u00ff])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** toTitleCase of conference names: the same few come back on every title line of a Final Acts. */
const titleCase = memoize(toTitleCase);

/** Reads an upper-case title line; null for anything else (mixed-case citations in running text included). */
export function parseTitleLine(line: string): TitleLine | null {
  // Called for every line: a title starts with "R" or "D" (or a space), which most lines do not.
  const first = line.charCodeAt(0);
  if (first !== 0x52 && first !== 0x44 && first > 0x20 && first < 0x80) return null;
  if (!TITLE_START.test(line) || line.length > 200) return null;
  const text = line.replace(/\s+/g, ' ').trim();
  if (text !== text.toUpperCase()) return null;
  const m = TITLE.exec(text);
  if (!m) return null;
  const conference = m[4] ? titleCase(m[4].trim()) : '';
  return {
    type: TYPES[m[1]],
    number: m[2],
    revision: m[3] ? `Rev. ${conference}` : conference,
    conference,
  };
}

/** An annex or appendix heading: `ANNEX 1 TO RESOLUTION 71 (REV. DUBAI, 2018)`, `APPENDIX A`. */
export function parseAnnexLine(line: string): { kind: string } | null {
  // Called for every body line: an annex line starts with "A" (or a space), which most lines do not.
  const first = line.charCodeAt(0);
  if (first !== 0x41 && first > 0x20 && first < 0x80) return null;
  if (!ANNEX_START.test(line) || line.length > 200) return null;
  const text = line.replace(/\s+/g, ' ').trim();
  const m = /^(ANNEX|APPENDIX|ATTACHMENT)(?:\s+([A-Z0-9]{1,4}))?(?:\s+TO\s+.{1,120})?$/.exec(text);
  if (!m || text !== text.toUpperCase()) return null;
  const kind = m[1].toLowerCase();
  return { kind: m[2] ? `${kind}-${m[2].toLowerCase()}` : kind };
}
