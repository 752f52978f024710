import type { SectionPart } from '../model/index.ts';
import { slugify } from '../model/index.ts';
import { OPERATIVE_VERBS, PREAMBLE_HEADINGS } from './headingVocabulary.ts';

/** A recognised preamble or operative heading. */
export interface HeadingMatch {
  /** Verbatim heading text (whitespace collapsed). */
  heading: string;
  part: Extract<SectionPart, 'preamble' | 'operative'>;
  /** Normalised verb or phrase: "considering", "taking into account", "instructs". */
  verb: string;
  further: boolean;
  /** Normalised addressee, "" when none: "the secretary-general", "member states". */
  addressee: string;
  /** verb + further + addressee as one slug: "resolves-further", "instructs-the-secretary-general". */
  kind: string;
}

/** A heading found at the start of a line, and what follows it on that line (an item run in). */
export interface HeadingSplit {
  match: HeadingMatch;
  /** Text after the heading on the same line: "", "1 to promote ...", "to support ...". */
  rest: string;
}

export interface MatchOptions {
  /** Only the vocabulary (no shape-based guesses): used where a wrong guess is costly (run-ins). */
  knownOnly?: boolean;
  /** Accept an addressee cut off at the end of the line ("instructs the"): the next line completes it. */
  wrapped?: boolean;
}

const byLength = (a: string, b: string): number => b.length - a.length;
/** The first word of every vocabulary heading, to skip text that cannot start one. */
const FIRST_WORD = new RegExp(`^(?:further\\s+)?(?:${[...new Set([...PREAMBLE_HEADINGS, ...OPERATIVE_VERBS].map((h) => h.split(' ')[0]))].join('|')})\\b`, 'i');
const PREAMBLE = [...PREAMBLE_HEADINGS].sort(byLength);
const OPERATIVE = [...OPERATIVE_VERBS].sort(byLength);
/** Words that cannot end an addressee: a line ending on them was wrapped mid-sentence. */
const DANGLING = /\b(to|of|the|and|or|in|for|with|on|by|a|an|as|at|from|its|their)$/i;
/** Start of the item that may follow a heading on the same line. */
const ITEM_START = /^(?:\(?[a-z]{1,4}\)|\d{1,3}(?:\.\d{1,3})*\.?|[•·▪◦●–—-])\s/;
/** Where an operative heading's addressee ends and the single item's text begins. */
const ITEM_WORD = /\s(to|that)\s/i;
/** Shape of preamble headings the vocabulary does not list: "acknowledging", "having noted". */
const PREAMBLE_SHAPE = /^(?:further\s+)?[a-z]+(?:ing|ed)(?:\s+[a-z]+){0,3}$/;
const OPERATIVE_SHAPE = /^(?:further\s+)?([a-z]{4,}s)(?:\s+further)?(?:\s+(.*))?$/;
const NOT_VERBS = new Set(['this', 'thus', 'these', 'those', 'unless', 'across', 'address', 'process', 'access', 'progress', 'always', 'perhaps', 'whereas', 'towards', 'regards', 'includes', 'means', 'others', 'members', 'states', 'services', 'countries']);

/**
 * The addressee without its qualifier: "Member States, Sector Members and Academia" stays whole,
 * "the Secretary-General, in consultation with ..." stops at the comma.
 */
export function mainAddressee(text: string): string {
  const parts = text.split(',');
  let out = parts[0];
  for (const part of parts.slice(1)) {
    if (!/^\s*(?:and\s+)?(?:the\s+)?[A-Z]/.test(part)) break;
    out += `,${part}`;
  }
  return out.trim();
}

const normaliseAddressee = (text: string): string =>
  text.toLowerCase().replace(/\s+/g, ' ').replace(/^the itu council$/, 'the council').trim();

function build(heading: string, part: HeadingMatch['part'], verb: string, further: boolean, addressee: string): HeadingMatch {
  const kind = slugify([verb, further ? 'further' : '', addressee].filter(Boolean).join(' '));
  return { heading, part, verb, further, addressee, kind };
}

/** Splits "further X" / "X further" off a lower-cased heading. */
function stripFurther(lower: string): { core: string; further: boolean } {
  const m = /^further\s+(.*)$/.exec(lower) ?? /^(.*?)\s+further$/.exec(lower);
  return m ? { core: m[1], further: true } : { core: lower, further: false };
}

function matchPreamble(text: string, options: MatchOptions): HeadingSplit | null {
  const lower = text.toLowerCase();
  for (const phrase of PREAMBLE) {
    for (const form of [phrase, `${phrase} further`, `further ${phrase}`, `${phrase} also`]) {
      if (lower === form) return { match: build(text, 'preamble', phrase, form !== phrase && form.includes('further'), ''), rest: '' };
      if (lower.startsWith(`${form} `)) {
        const rest = text.slice(form.length).trim();
        if (ITEM_START.test(rest) || /^that\s/i.test(rest)) {
          return { match: build(text.slice(0, form.length), 'preamble', phrase, form.includes('further'), ''), rest };
        }
      }
    }
  }
  if (options.knownOnly || text !== lower || !PREAMBLE_SHAPE.test(lower)) return null;
  const { core, further } = stripFurther(lower);
  return { match: build(text, 'preamble', core, further, ''), rest: '' };
}

function operativeParts(text: string, verb: string, lower: string, options: MatchOptions): HeadingSplit | null {
  let rest = text.slice(verb.length);
  let further = /^further\s/i.test(text);
  if (further) rest = text.slice(text.toLowerCase().indexOf(verb, 7) + verb.length);
  if (/^\s+further\b/i.test(rest)) {
    further = true;
    rest = rest.replace(/^\s+further\b/i, '');
  }
  if (rest !== '' && !/^\s/.test(rest)) return null;
  rest = rest.trim();
  const consumed = text.length - rest.length;
  // A single item may follow on the same line: "invites Member States to ...", "resolves 1 to ...".
  let itemText = '';
  let addresseeText = rest;
  const label = ITEM_START.exec(rest);
  if (label && label.index === 0) {
    itemText = rest;
    addresseeText = '';
  } else {
    const numbered = /\s(1|\(?a\)|\(?i\))\s/.exec(rest);
    const word = ITEM_WORD.exec(rest);
    const cut = [numbered?.index, word?.index].filter((i): i is number => i !== undefined).sort((a, b) => a - b)[0];
    if (cut !== undefined) {
      itemText = rest.slice(cut).trim();
      addresseeText = rest.slice(0, cut);
    }
  }
  const addresseeMain = mainAddressee(addresseeText);
  if (/[;.]$/.test(addresseeText) || addresseeText.length > 250) return null;
  if (DANGLING.test(addresseeMain) && !(options.wrapped && itemText === '')) return null;
  if (/^(that|to|the following)\b/i.test(addresseeMain) && addresseeMain !== '') return null;
  const heading = text.slice(0, consumed + addresseeText.length).trim();
  void lower;
  return { match: build(heading, 'operative', verb, further, normaliseAddressee(addresseeMain)), rest: itemText };
}

function matchOperative(text: string, options: MatchOptions): HeadingSplit | null {
  const lower = text.toLowerCase();
  const body = lower.replace(/^further\s+/, '');
  for (const verb of OPERATIVE) {
    if (body === verb || body.startsWith(`${verb} `)) {
      return operativeParts(text, verb, lower, options);
    }
  }
  if (options.knownOnly) return null;
  const shape = OPERATIVE_SHAPE.exec(body);
  if (!shape || NOT_VERBS.has(shape[1]) || text.split(' ').length > 14 || /[,;:.]$/.test(text)) return null;
  return operativeParts(text, shape[1], lower, options);
}

/**
 * Recognises a heading at the start of `line`: "considering", "resolves further",
 * "instructs the Secretary-General, in consultation with ...". Returns the heading and any item
 * text run into the same line, or null. Headings start lower-case and never end with ";" or ".".
 */
export function matchHeading(line: string, options: MatchOptions = {}): HeadingSplit | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text === '' || !/^[a-z]/.test(text)) return null;
  const split = matchPreamble(text, options) ?? matchOperative(text, options);
  if (!split) return null;
  if (split.rest === '' && /[;.]$/.test(split.match.heading)) return null;
  return split;
}

/**
 * Finds a heading run into the end of a line, as text copied from a PDF has it:
 * "... of the Union, instructs the Secretary-General" → index of "instructs". Only the
 * vocabulary counts here, and only after a comma, semicolon, colon or full stop.
 */
export function findRunInHeading(line: string, next = ''): { index: number; split: HeadingSplit } | null {
  const separator = /[,;:.]\s+(?=[a-z])/g;
  // "..., instructs the" + "Secretary-General": the heading is wrapped onto the next line.
  const wrapped = /^[A-Z]/.test(next) && !/[;,.:]$/.test(next) && next.split(' ').length <= 12;
  for (let m = separator.exec(line); m; m = separator.exec(line)) {
    const index = m.index + m[0].length;
    // Cheap test first: most separators are followed by ordinary words.
    if (!FIRST_WORD.test(line.slice(index, index + 40))) continue;
    const split = matchHeading(line.slice(index), { knownOnly: true, wrapped }) ?? wrappedPreamble(line.slice(index), next);
    if (!split) continue;
    // The heading must run to the end of the line, or be followed by its first item.
    const tail = split.rest;
    if (tail === '' || ITEM_START.test(tail) || /^(to|that)\s/i.test(tail)) {
      if (/[;]$/.test(tail) && split.match.part === 'preamble' && !ITEM_START.test(tail)) continue;
      return { index, split };
    }
  }
  return null;
}

/**
 * A preamble heading broken over two lines ("taking" / "into account"): the match of the whole,
 * with the heading text of the first line only (the parser joins the rest when it reads it).
 */
export function wrappedPreamble(text: string, next: string): HeadingSplit | null {
  if (next === '' || text.split(' ').length > 3) return null;
  const whole = matchHeading(`${text} ${next}`, { knownOnly: true });
  if (!whole || whole.rest !== '' || whole.match.part !== 'preamble') return null;
  return { match: { ...whole.match, heading: text.trim() }, rest: '' };
}
