/** The title of a Strategic Plan text: "STRATEGIC PLAN FOR THE UNION FOR 2024-2027", maybe under an annex line. */
import { parseAnnexLine, parseTitleLine } from '../titleLine.ts';
import type { LineList } from './planLines.ts';

/** Where the title stands and what it says. Line numbers are 0-based indexes into the text's lines. */
export interface PlanTitle {
  /** Line holding the title line (the annex line when there is one), or -1 when there is no title. */
  titleLine: number;
  /** Line holding the plan's name under an annex line, or -1. */
  title: number;
  /** A wrapped second line of the plan's name ("FOR 2024-2027"), or -1. */
  continued: number;
  /** Non-blank lines before the title: not part of the plan. */
  before: number[];
  /** First line of the body. */
  body: number;
  /** "2024-2027", or "" when the title gives no period. */
  period: string;
  /** From an annex line "ANNEX 1 TO RESOLUTION 71 (REV. DUBAI, 2018)": "Rev. Dubai, 2018" and "Dubai, 2018". */
  revision: string;
  conference: string;
}

/** How far down the title may stand: a page header or two may come first. */
const TITLE_WINDOW = 4;
const PLAN_NAME = /^(?:(?:draft|the|ITU)\s+)*strategic\s+plan\b/i;
const PERIOD = /\b((?:19|20)\d{2})\s*[-\u2010\u2011\u2012\u2013\u2014]\s*((?:19|20)\d{2})\b/;

/** True for a line that names a Strategic Plan ("Strategic plan for the Union for 2020-2023"). */
export function isPlanNameLine(line: string): boolean {
  const text = line.trim();
  return text.length <= 150 && !/[.;,]$/.test(text) && PLAN_NAME.test(text);
}

/** Finds the title among the first non-blank lines. */
export function findPlanTitle(lines: LineList): PlanTitle {
  const nonBlank: number[] = [];
  for (let i = 0; i < lines.length && nonBlank.length < TITLE_WINDOW; i++) if (lines.line(i).trim()) nonBlank.push(i);
  const at = nonBlank.findIndex((i) => isPlanNameLine(lines.line(i)));
  const none: PlanTitle = { titleLine: -1, title: -1, continued: -1, before: [], body: 0, period: '', revision: '', conference: '' };
  if (at < 0) return none;
  const name = nonBlank[at];
  const previous = at > 0 ? nonBlank[at - 1] : -1;
  const underAnnex = previous >= 0 && parseAnnexLine(lines.line(previous)) !== null;
  let nameText = lines.line(name);
  // A name wrapped by the PDF: "STRATEGIC PLAN FOR THE UNION" / "FOR 2024-2027".
  let continued = -1;
  const next = name + 1;
  const wrapped = next < lines.length ? lines.line(next).trim() : '';
  if (!PERIOD.test(nameText) && wrapped.length <= 40 && /^(?:for\s|\(?\d)/i.test(wrapped) && PERIOD.test(wrapped)) {
    continued = next;
    nameText += ` ${lines.line(next)}`;
  }
  const period = PERIOD.exec(nameText);
  let revision = '';
  let conference = '';
  if (underAnnex) {
    const cited = /\bTO\s+(.+)$/.exec(lines.line(previous).replace(/\s+/g, ' ').trim());
    const title = cited ? parseTitleLine(cited[1]) : null;
    if (title) ({ revision, conference } = title);
  }
  const titleLine = underAnnex ? previous : name;
  return {
    titleLine,
    title: underAnnex ? name : -1,
    continued,
    before: nonBlank.slice(0, underAnnex ? at - 1 : at),
    body: (continued >= 0 ? continued : name) + 1,
    period: period ? `${period[1]}-${period[2]}` : '',
    revision,
    conference,
  };
}
