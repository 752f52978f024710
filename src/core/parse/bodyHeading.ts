import { findRunInHeading, KNOWN_ONLY, matchHeading, wrappedPreamble, type HeadingMatch, type MatchOptions } from './matchHeading.ts';

/** A heading found in body text: the text before it (a heading run in), the heading, and the text after it. */
export interface BodyHeading {
  before: string | null;
  match: HeadingMatch;
  rest: string;
}

/** What a heading's first item starts with. Made once, not at every call. */
const FIRST_ITEM_START = /^(?:\(?[a-z]\)|1|•|to|that)\s/;

const ANY_HEADING: MatchOptions = {};

/**
 * The heading that body text (outside an annex) starts with, is wrapped from, or has run in, if any.
 * `next` is the next non-blank line; `open` when the text before is complete (or there is none), so
 * that a new heading may start; `plain` when the line can hold nothing run in.
 */
export function findBodyHeading(text: string, next: string, open: boolean, plain: boolean): BodyHeading | null {
  // After text that stops mid-sentence only a vocabulary heading can be taken (acceptHeading),
  // so the guesses by shape, costly on wrapped lines ("developing countries ..."), are skipped.
  const heading = matchHeading(text, open ? ANY_HEADING : KNOWN_ONLY);
  const whole = heading !== null && heading.rest === '' && heading.match.known;
  const broken = !whole && open ? wrappedPreamble(text, next) : null;
  if (broken) return { before: null, match: broken.match, rest: '' };
  if (heading && acceptHeading(heading.match, heading.rest, next, open)) return { before: null, match: heading.match, rest: heading.rest };
  // The earliest heading run in: the text before it holds no heading.
  const runIn = plain ? null : findRunInHeading(text, next);
  if (runIn) return { before: text.slice(0, runIn.index).trim(), match: runIn.split.match, rest: runIn.split.rest };
  return null;
}

function acceptHeading(match: HeadingMatch, rest: string, next: string, open: boolean): boolean {
  // A heading known only by its shape must be followed by its first item.
  if (!match.known && rest === '' && !FIRST_ITEM_START.test(next)) return false;
  if (open) return true;
  // After text that stops mid-sentence, only an exact, short vocabulary heading counts.
  return rest === '' && match.addressee === '' && match.known;
}
