import type { SectionDraft } from './buildDocument.ts';
import { wrappedPreamble } from './matchHeading.ts';

/** Verbs that take no addressee: "resolves", "decides". Others ("urges") want one. */
const NO_ADDRESSEE = new Set(['resolves', 'decides', 'recommends', 'declares', 'agrees', 'approves', 'adopts', 'accepts', 'confirms']);

/** Patterns of the functions below, made once: a regular expression written in a function is a new object at every call. */
const ENDS_OPEN = /(?:,|\b(?:to|of|the|and|with|in|for|on|by))$/;
const FURTHER = /^further$/i;
const AND_OR = /^(?:and|or)\s+(?:the\s+)?[A-Z]/;
const ENDS_STOP = /[;:.]$/;
const CAPITALISED = /^(?:the\s+|all\s+)?[A-Z]/;
const ENDS_STOP_OR_COMMA = /[;:.,]$/;

/** How many words `text.split(' ')` gives, without the array. */
function wordCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) n++;
  return n;
}

/** Is this line the rest of a heading wrapped over two lines, rather than its first item? */
export function headingContinues(section: SectionDraft, text: string): boolean {
  if (ENDS_OPEN.test(section.heading)) return true;
  if (!section.further && FURTHER.test(text)) return true;
  if (section.part === 'preamble' && wrappedPreamble(section.heading, text)) return true;
  if (section.part === 'operative' && AND_OR.test(text) && !ENDS_STOP.test(text)) return true;
  // Operative single items start "to" or "that": a short capitalised line is the addressee's rest.
  const addresseeOpen = section.part === 'operative' && (section.addressee !== '' || !NO_ADDRESSEE.has(section.verb));
  return addresseeOpen && CAPITALISED.test(text) && !ENDS_STOP_OR_COMMA.test(text) && wordCount(text) <= 12;
}

