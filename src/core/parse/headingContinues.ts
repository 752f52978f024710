import type { SectionDraft } from './buildDocument.ts';
import { wrappedPreamble } from './matchHeading.ts';

/** Verbs that take no addressee: "resolves", "decides". Others ("urges") want one. */
const NO_ADDRESSEE = new Set(['resolves', 'decides', 'recommends', 'declares', 'agrees', 'approves', 'adopts', 'accepts', 'confirms']);

/** Is this line the rest of a heading wrapped over two lines, rather than its first item? */
export function headingContinues(section: SectionDraft, text: string): boolean {
  if (/(?:,|\b(?:to|of|the|and|with|in|for|on|by))$/.test(section.heading)) return true;
  if (!section.further && /^further$/i.test(text)) return true;
  if (section.part === 'preamble' && wrappedPreamble(section.heading, text)) return true;
  if (section.part === 'operative' && /^(?:and|or)\s+(?:the\s+)?[A-Z]/.test(text) && !/[;:.]$/.test(text)) return true;
  // Operative single items start "to" or "that": a short capitalised line is the addressee's rest.
  const addresseeOpen = section.part === 'operative' && (section.addressee !== '' || !NO_ADDRESSEE.has(section.verb));
  return addresseeOpen && /^(?:the\s+|all\s+)?[A-Z]/.test(text) && !/[;:.,]$/.test(text) && text.split(' ').length <= 12;
}

