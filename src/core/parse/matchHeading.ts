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
  /** True when the verb or phrase is in the vocabulary; false for a guess from its shape alone. */
  known: boolean;
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
const isLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;

/** The leading run of lower-case letters ("" when there is none): a loop, as this runs for most lines. */
function firstWord(text: string): string {
  let end = 0;
  while (end < text.length && isLower(text.charCodeAt(end))) end++;
  return text.slice(0, end);
}

const LEADING_WORD = /^\s*([a-z]+)(?=\s|$)/;
const WHITE_SPACE = /\s/;
/** Visible ASCII: neither white space nor a character only the regex can classify. */
const isPlainAscii = (code: number): boolean => code > 0x20 && code < 0x80;

/**
 * The first word of a line when it is all lower-case letters followed by white space or the end,
 * else null: what LEADING_WORD captures, by a loop, as this runs for most lines.
 */
function leadingWord(line: string): string | null {
  const code = line.charCodeAt(0);
  if (!isLower(code)) return isPlainAscii(code) ? null : (LEADING_WORD.exec(line)?.[1] ?? null);
  const word = firstWord(line);
  if (word.length === line.length) return word;
  const after = line.charCodeAt(word.length);
  if (isPlainAscii(after)) return null;
  return after === 0x20 || WHITE_SPACE.test(line[word.length]) ? word : null;
}

/** Every written form of a preamble heading ("considering", "considering further", "further considering"), by first word, longest first. */
const PREAMBLE_FORMS = new Map<string, Array<{ form: string; withSpace: string; phrase: string; further: boolean }>>();
for (const phrase of PREAMBLE_HEADINGS) {
  for (const [form, further] of [[phrase, false], [`${phrase} further`, true], [`further ${phrase}`, true], [`${phrase} also`, false]] as const) {
    const list = PREAMBLE_FORMS.get(firstWord(form)) ?? [];
    list.push({ form, withSpace: `${form} `, phrase, further });
    PREAMBLE_FORMS.set(firstWord(form), list.sort((a, b) => byLength(a.form, b.form)));
  }
}
/** Operative verbs by first word ("calls" → "calls upon", "calls on"), longest first. */
const OPERATIVE_BY_FIRST = new Map<string, string[]>();
for (const verb of OPERATIVE_VERBS) OPERATIVE_BY_FIRST.set(firstWord(verb), [...(OPERATIVE_BY_FIRST.get(firstWord(verb)) ?? []), verb].sort(byLength));
/** First words of every vocabulary heading. */
const FIRST_WORDS = new Set(['further', ...PREAMBLE_FORMS.keys(), ...OPERATIVE_BY_FIRST.keys()]);
/** First words of headings that can be run in or cited; "in" ("in view of") is too common a word to look for. */
const RUN_IN_WORDS = [...FIRST_WORDS].filter((word) => word !== 'in');
/** A comma, semicolon, colon or full stop followed by a word that can open a heading. */
const RUN_IN_SEPARATOR = new RegExp(`[,;:.]\\s+(?=(?:${[...RUN_IN_WORDS].join('|')})\\b)`, 'g');
/** Source of a pattern that every line holding a heading run in matches (for one-scan pre-tests). */
export const RUN_IN_HINT = RUN_IN_SEPARATOR.source;
/** Longest addressee a heading may have ("the Director of the Telecommunication Standardization Bureau and ..."). */
const MAX_ADDRESSEE = 250;
/** Headings are short; only this much of a long line is lower-cased to match one. */
const HEAD_CHARS = 160;
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

function build(heading: string, part: HeadingMatch['part'], verb: string, further: boolean, addressee: string, known = true): HeadingMatch {
  const kind = slugify([verb, further ? 'further' : '', addressee].filter(Boolean).join(' '));
  return { heading, part, verb, further, addressee, kind, known };
}

/** Splits "further X" / "X further" off a lower-cased heading. */
function stripFurther(lower: string): { core: string; further: boolean } {
  const m = /^further\s+(.*)$/.exec(lower) ?? /^(.*?)\s+further$/.exec(lower);
  return m ? { core: m[1], further: true } : { core: lower, further: false };
}

function matchPreamble(text: string, head: string, options: MatchOptions): HeadingSplit | null {
  for (const { form, withSpace, phrase, further } of PREAMBLE_FORMS.get(firstWord(head)) ?? []) {
    if (head === form && text.length === form.length) return { match: build(text, 'preamble', phrase, further, ''), rest: '' };
    if (head.startsWith(withSpace)) {
      const rest = text.slice(form.length).trim();
      if (ITEM_START.test(rest) || /^that\s/i.test(rest)) {
        return { match: build(text.slice(0, form.length), 'preamble', phrase, further, ''), rest };
      }
    }
  }
  if (options.knownOnly || text.length > 60 || text !== head || !PREAMBLE_SHAPE.test(head)) return null;
  const { core, further } = stripFurther(head);
  return { match: build(text, 'preamble', core, further, '', false), rest: '' };
}

function operativeParts(text: string, verb: string, head: string, options: MatchOptions, known = true): HeadingSplit | null {
  let rest = text.slice(verb.length);
  let further = /^further\s/i.test(text);
  if (further) rest = text.slice(head.indexOf(verb, 7) + verb.length);
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
    // An addressee is short: look for where the item starts only near the beginning.
    const near = rest.slice(0, MAX_ADDRESSEE + 8);
    const numbered = /\s(1|\(?a\)|\(?i\))\s/.exec(near);
    const word = ITEM_WORD.exec(near);
    const cut = [numbered?.index, word?.index].filter((i): i is number => i !== undefined).sort((a, b) => a - b)[0];
    if (cut !== undefined) {
      itemText = rest.slice(cut).trim();
      addresseeText = rest.slice(0, cut);
    }
  }
  if (addresseeText.length > MAX_ADDRESSEE || /[;.]$/.test(addresseeText)) return null;
  const addresseeMain = mainAddressee(addresseeText);
  if (DANGLING.test(addresseeMain) && !(options.wrapped && itemText === '')) return null;
  if (/^(that|to|the following)\b/i.test(addresseeMain) && addresseeMain !== '') return null;
  const heading = text.slice(0, consumed + addresseeText.length).trim();
  return { match: build(heading, 'operative', verb, further, normaliseAddressee(addresseeMain), known), rest: itemText };
}

function matchOperative(text: string, head: string, options: MatchOptions): HeadingSplit | null {
  const body = head.replace(/^further\s+/, '');
  for (const verb of OPERATIVE_BY_FIRST.get(firstWord(body)) ?? []) {
    if (body === verb || body.startsWith(`${verb} `)) return operativeParts(text, verb, head, options);
  }
  if (options.knownOnly || text.length > 200) return null;
  const shape = OPERATIVE_SHAPE.exec(body);
  if (!shape || NOT_VERBS.has(shape[1]) || text.split(' ').length > 14 || /[,;:.]$/.test(text)) return null;
  return operativeParts(text, shape[1], head, options, false);
}

/**
 * Recognises a heading at the start of `line`: "considering", "resolves further",
 * "instructs the Secretary-General, in consultation with ...". Returns the heading and any item
 * text run into the same line, or null. Headings start lower-case and never end with ";" or ".".
 */
export function matchHeading(line: string, options: MatchOptions = NO_OPTIONS): HeadingSplit | null {
  // Most lines are items ("a) ...", "1 ...", "to ..."): their first word rules them out at once.
  const first = leadingWord(line);
  if (first === null || !(FIRST_WORDS.has(first) || (!options.knownOnly && (first.endsWith('ing') || first.endsWith('ed') || first.endsWith('s'))))) return null;
  // The same headings open every resolution of a Final Acts: short lines are matched once.
  if (line.length > HEAD_CHARS) return matchHeadingUncached(line, options);
  // One cache per combination of options, keyed by the line itself (no key string to build).
  const cache = MATCH_CACHES[(options.knownOnly ? 1 : 0) + (options.wrapped ? 2 : 0)];
  let hit = cache.get(line);
  if (hit === undefined) {
    if (cache.size >= MATCH_CACHE_MAX) cache.clear();
    hit = matchHeadingUncached(line, options);
    cache.set(line, hit);
  }
  return hit;
}

const NO_OPTIONS: MatchOptions = {};
/** Vocabulary headings only: one shared object for the callers that ask for them. */
export const KNOWN_ONLY: MatchOptions = { knownOnly: true };

/** Results of matchHeading for short lines, by options (pure function of the line and options; callers never mutate them). */
const MATCH_CACHES = [0, 1, 2, 3].map(() => new Map<string, HeadingSplit | null>());
const MATCH_CACHE_MAX = 4096;

function matchHeadingUncached(line: string, options: MatchOptions): HeadingSplit | null {
  // Lines come with whitespace already collapsed (sourceLines).
  const text = line.trim();
  const head = text.slice(0, HEAD_CHARS).toLowerCase();
  const split = matchPreamble(text, head, options) ?? matchOperative(text, head, options);
  if (!split) return null;
  if (split.rest === '' && /[;.]$/.test(split.match.heading)) return null;
  return split;
}

/** Patterns of findRunInHeading, made once: a regular expression written in a function is a new object at every call. */
const CAPITAL_START = /^[A-Z]/;
const ENDS_PUNCTUATED = /[;,.:]$/;
const TO_THAT = /^(to|that)\s/i;
const ENDS_SEMICOLON = /[;]$/;

/**
 * Finds a heading run into the end of a line, as text copied from a PDF has it:
 * "... of the Union, instructs the Secretary-General" → index of "instructs". Only the
 * vocabulary counts here, and only after a comma, semicolon, colon or full stop.
 */
export function findRunInHeading(line: string, next = ''): { index: number; split: HeadingSplit } | null {
  // One scan finds the separators followed by a word that can open a heading. The regex is
  // shared: nothing below uses it, so resetting lastIndex here is enough.
  const separator = RUN_IN_SEPARATOR;
  separator.lastIndex = 0;
  for (let m = separator.exec(line); m; m = separator.exec(line)) {
    const index = m.index + m[0].length;
    // "..., instructs the" + "Secretary-General": the heading is wrapped onto the next line.
    const wrapped = CAPITAL_START.test(next) && !ENDS_PUNCTUATED.test(next) && next.split(' ').length <= 12;
    const split = matchHeading(line.slice(index), { knownOnly: true, wrapped }) ?? wrappedPreamble(line.slice(index), next);
    if (!split) continue;
    // The heading must run to the end of the line, or be followed by its first item.
    const tail = split.rest;
    if (tail === '' || ITEM_START.test(tail) || TO_THAT.test(tail)) {
      if (ENDS_SEMICOLON.test(tail) && split.match.part === 'preamble' && !ITEM_START.test(tail)) continue;
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
  if (next === '' || text.length > 40 || !PREAMBLE_FORMS.has(firstWord(text)) || text.split(' ').length > 3) return null;
  const whole = matchHeading(`${text} ${next}`, KNOWN_ONLY);
  if (!whole || whole.rest !== '' || whole.match.part !== 'preamble') return null;
  return { match: { ...whole.match, heading: text.trim() }, rest: '' };
}
