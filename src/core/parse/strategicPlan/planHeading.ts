/** Headings of a Strategic Plan text and the section kinds they open. */
import { slugify } from '../../model/index.ts';

/** Section numbering before a heading: "4", "4.2", "II". */
const NUMBERING = /^(?:(?:\d+(?:\.\d+)*|[IVX]+)\.?\s+)/;
/** Headings recognised wherever they stand, even with no blank line around them. */
const KNOWN = new RegExp(
  '^(?:(?:\\d+(?:\\.\\d+)*|[IVX]+)\\.?\\s+)?' +
    '(?:introduction|vision|mission|values|enablers' +
    '|(?:strategic\\s+)?goals(?:\\s+and\\s+targets)?|targets' +
    '|(?:(?:sector|inter-?sectoral|ITU-[RTD])\\s+)?objectives(?:\\s+of\\s+the\\s+(?:\\w+\\s+)?sectors?(?:\\s*\\(ITU-[RTD]\\))?)?' +
    '|(?:radiocommunication|standardization|development)\\s+sector(?:\\s*\\(ITU-[RTD]\\))?(?:\\s+objectives)?' +
    '|(?:linkages?|links?)\\s.*\\bSDGs?\\b.*)\\s*:?$',
  'i',
);
const KEYWORD = /\b(?:goals?|targets?|objectives?|SDGs?|sustainable development|sectors?|introduction|vision|mission|values|enablers|linkages?|outcomes?|outputs?)\b/i;

/** Where a candidate heading line stands. */
export interface HeadingContext {
  /** The line starts a block: the first line, or after a blank line or a heading. */
  afterBreak: boolean;
  /** The next line, spaces collapsed; "" when it is blank or the text ends. */
  next: string;
}

const ENDS_PUNCTUATED = /[.;,]$/;
const CAPITAL_START = /^[A-Z0-9]/;

/** A line ending like this runs on into the next one. */
const RUNS_ON = /\b(?:the|a|an|and|or|of|to|for|in|on|by|with|from|at|as)$/i;

/**
 * True for a line that is a heading: a known one ("Strategic goals and targets", "Sector objectives",
 * "Radiocommunication Sector (ITU-R)") wherever it stands, or a short capitalised line that starts a
 * block and is followed by a blank line or a new sentence, when it names part of a plan or stands alone.
 */
export function isPlanHeading(line: string, at: HeadingContext): boolean {
  if (line.length > 100 || ENDS_PUNCTUATED.test(line) || !CAPITAL_START.test(line)) return false;
  if (KNOWN.test(line)) return true;
  if (!at.afterBreak || line.charCodeAt(line.length - 1) === 0x3a /* : */ || RUNS_ON.test(line)) return false;
  if (at.next !== '' && !CAPITAL_START.test(at.next)) return false;
  let words = 1; // line.split(' ').length, without the array
  for (let space = line.indexOf(' '); space !== -1; space = line.indexOf(' ', space + 1)) words++;
  if (words > 12) return false;
  return KEYWORD.test(line) || (at.next === '' && words <= 8);
}

/**
 * Section kind for a heading: `goals`, `objectives`, `objectives-r` / `-t` / `-d` / `-i` (one Sector's
 * objectives), `sdg-links`, `introduction`; any other heading gives its slug ("1 Vision" → `vision`).
 */
export function planSectionKind(heading: string): string {
  const h = heading.replace(NUMBERING, '');
  if (/\bSDGs?\b|sustainable\s+development\s+goals?/i.test(h)) return 'sdg-links';
  if (/\binter-?sectoral\b/i.test(h)) return 'objectives-i';
  if (/\bradiocommunication\b|\bITU-R\b/i.test(h)) return 'objectives-r';
  if (/\bstandardization\b|\bITU-T\b/i.test(h)) return 'objectives-t';
  if (/\bdevelopment\s+sector\b|\bITU-D\b|\btelecommunication\s+development\b/i.test(h)) return 'objectives-d';
  if (/\bobjectives?\b/i.test(h)) return 'objectives';
  if (/\bgoals?\b|\btargets?\b/i.test(h)) return 'goals';
  if (/^introduction$/i.test(h.trim())) return 'introduction';
  return slugify(h) || 'section';
}

/** The family a section kind belongs to, for deciding where goal / objective / SDG lines go. */
export function sectionFamily(kind: string): 'goals' | 'objectives' | 'sdg-links' | 'introduction' | 'other' {
  const base = kind.replace(/#\d+$/, '');
  if (base === 'goals' || base === 'sdg-links' || base === 'introduction') return base;
  if (base === 'objectives' || base.startsWith('objectives-')) return 'objectives';
  return 'other';
}
