import type { ReactNode } from 'react';
import type { TextMatcher } from './textMatcher.ts';

/** Renders text with every match of the search wrapped in <mark>. Text stays text. */
export function Highlighted({ text, matcher }: { text: string; matcher: TextMatcher | null }): ReactNode {
  if (!matcher) return text;
  const ranges = matcher.ranges(text);
  if (ranges.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
