/**
 * The Strategic Plan parser: plain text of a plan ("STRATEGIC PLAN FOR THE UNION FOR 2024-2027",
 * goals, targets, sector objectives with outcomes and outputs, a table of links to SDG targets) into
 * an ItuDocument of type 'strategic-plan' whose `plan` holds the structure and whose sections and
 * clauses mirror it, so the generic reader can show and annotate it.
 *
 * IDs (`<doc>` is `sp-<period>`, e.g. `sp-2024-2027`, or `sp` when the title gives no period):
 * - sections `<doc>/<kind>`: `introduction` (text before the first heading, or under "Introduction"),
 *   `goals`, `objectives`, `objectives-r` / `-t` / `-d` / `-i` (one Sector's objectives), `sdg-links`;
 *   any other heading gives its slug ("Enablers" → `enablers`); a repeated kind gets `#2`.
 * - goals `<doc>/goal/1`, with their targets as children `<doc>/target/1.1`;
 * - objectives `<doc>/objective/R.1`, with children: the list lines `<doc>/objective/R.1/outcomes` and
 *   `…/outputs` ("Outcomes:"), which hold `<doc>/outcome/R.1-a` and `<doc>/output/R.1-1`, and the line
 *   naming the goals served, `<doc>/objective/R.1/goals`;
 * - rows of the goals-to-SDG table `<doc>/sdg-link/1`;
 * - unlabelled paragraphs `<section id>/p1`, `p2` … (a paragraph after a labelled clause continues it).
 * A repeated ID gets `#2`. Goal and objective IDs come from the labels, so the same text always gives
 * the same IDs.
 *
 * Never drops text: every character of the input (other than white space) ends up in exactly one piece
 * of documentText(doc) — the title, a heading, a clause label or text, or an unparsed block (page
 * furniture, lines before the title). `plan` holds copies of clause text, read back from the clauses.
 */
import type { ItuDocument, UnparsedBlock } from '../model/index.ts';
import { isPageFurniture } from './pageFurniture.ts';
import { PlanBuilder } from './strategicPlan/planBuilder.ts';
import { isPlanHeading } from './strategicPlan/planHeading.ts';
import { isGoalLinksLine, readGroupLine, readPlanLine } from './strategicPlan/planLine.ts';
import { planLines } from './strategicPlan/planLines.ts';
import { findPlanTitle, isPlanNameLine } from './strategicPlan/planTitle.ts';
import { parseTitleLine } from './titleLine.ts';

/** How many lines the detector looks at: a plan shows its structure early. */
const DETECT_LINES = 400;

function clean(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/**
 * White space other than the space and line ends (what `\s` matches besides them:
 * [\t\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]), written as "none of the
 * others", which V8 scans a long text for about twice as fast.
 */
const ODD_SPACE = /[^\0-\x08\n\r-\x9f\u00a1-\u167f\u1681-\u1fff\u200b-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u2fff\u3001-\ufefe\uff00-\uffff]/;
const DOUBLE_SPACE = / {2}/;

/** What ODD_SPACE finds that parseText's own test of a text (SourceText.odd) does not look for. */
const NOT_IN_SOURCE_TEST = ['\v', '\u1680', '\ufeff'];

/**
 * `clean` for the lines of one text. Most texts space words with single spaces only (one scan of the
 * whole text says so): then a line needs at most a trim, and most lines need nothing and are not copied.
 * `tidySource`: the caller found no line breaks but "\n" and none of the spacing SourceText.odd
 * looks for, so only the few characters that test leaves out are looked for.
 */
function cleanerFor(text: string, tidySource: boolean): (line: string) => string {
  const odd = tidySource ? NOT_IN_SOURCE_TEST.some((c) => text.includes(c)) : ODD_SPACE.test(text) || DOUBLE_SPACE.test(text);
  if (odd) return clean;
  return (line) => (line.charCodeAt(0) === 0x20 || line.charCodeAt(line.length - 1) === 0x20 ? line.trim() : line);
}

/** The lines of a text, at "\r\n", "\r" or "\n"; a plain split when it has no "\r" (most texts). */
function splitLines(text: string, limit?: number): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/, limit) : text.split('\n', limit);
}

/** A goal line's rest naming the SDGs: a row of the goals-to-SDGs table. */
const SDG_START = /^SDGs?\b/i;

/**
 * Cheap check that a text is a Strategic Plan: a "STRATEGIC PLAN …" title near the top, or goal and
 * target lines, or sector objectives with outcomes / outputs. A text whose first line is a resolution,
 * decision or recommendation title is not (Resolution 71 carries the plan in an annex).
 */
export function isStrategicPlanText(text: string): boolean {
  const lines = splitLines(text, DETECT_LINES).map(clean).filter((l) => l !== '');
  if (lines.length === 0 || parseTitleLine(lines[0]) !== null) return false;
  if (lines.slice(0, 4).some(isPlanNameLine)) return true;
  const count = { goal: 0, target: 0, objective: 0, outcome: 0, output: 0 };
  for (const line of lines) {
    const read = readPlanLine(line);
    if (read) count[read.kind]++;
  }
  return (count.goal >= 1 && count.target >= 2) || (count.objective >= 2 && count.outcome + count.output >= 2);
}

/**
 * Parses the text of a Strategic Plan. Lenient: what it does not recognise stays as paragraph text.
 * `tidySource` is for parseText, which has already looked at the text's spacing (see cleanerFor).
 */
export function parseStrategicPlan(text: string, options: { file?: string } = {}, tidySource = false): ItuDocument {
  const lines = planLines(text);
  const title = findPlanTitle(lines);
  const id = title.period ? `sp-${title.period}` : 'sp';
  const unparsed: UnparsedBlock[] = title.before.map((i) => ({
    text: clean(lines.line(i)),
    reason: 'text before the title of the plan',
    line: i + 1,
  }));
  const titleText = (i: number): string => (i < 0 ? '' : clean(i === title.continued - 1 ? `${lines.line(i)} ${lines.line(i + 1)}` : lines.line(i)));

  const builder = new PlanBuilder(id);
  let afterBlank = true;
  let afterHeading = true;
  // Each line is cleaned once: the look-ahead for headings hands its cleaned line on to the next turn.
  const tidy = cleanerFor(text, tidySource);
  let cleaned = title.body < lines.length ? tidy(lines.line(title.body)) : '';
  for (let i = title.body; i < lines.length; i++) {
    const line = cleaned;
    cleaned = i + 1 < lines.length ? tidy(lines.line(i + 1)) : '';
    if (!line) {
      afterBlank = true;
      continue;
    }
    const wasBlank: boolean = afterBlank;
    const wasHeading: boolean = afterHeading;
    afterBlank = afterHeading = false;
    if (isPageFurniture(line)) {
      unparsed.push({ text: line, reason: 'page header, footer or number', line: i + 1 });
      afterBlank = wasBlank;
      afterHeading = wasHeading;
      continue;
    }
    const read = readPlanLine(line);
    if (read?.kind === 'goal') {
      if (builder.inSdgLinks() || SDG_START.test(read.rest)) builder.sdgLinkLine(read);
      else if (builder.inObjective() && isGoalLinksLine(line)) builder.goalLinksLine(line);
      else builder.goalLine(read);
      continue;
    }
    if (read?.kind === 'target') builder.targetLine(read);
    else if (read?.kind === 'objective') builder.objectiveLine(read);
    else if (read) builder.itemLine(read);
    if (read) continue;
    if (builder.inObjective()) {
      const list = readGroupLine(line);
      if (list) {
        builder.groupLine(list, line);
        continue;
      }
      if (isGoalLinksLine(line)) {
        builder.goalLinksLine(line);
        continue;
      }
    }
    if (isPlanHeading(line, { afterBreak: wasBlank || wasHeading, next: cleaned })) {
      builder.heading(line);
      afterHeading = true;
      continue;
    }
    builder.textLine(line, wasBlank);
  }

  const { sections, plan } = builder.finish(title.period);
  const titleIsName = title.title < 0;
  return {
    id,
    type: 'strategic-plan',
    number: '',
    revision: title.revision,
    conference: title.conference,
    titleLine: titleText(title.titleLine),
    title: titleIsName ? '' : titleText(title.title),
    preamble: '',
    sections,
    footnotes: [],
    unparsed,
    plan,
    ...(options.file ? { source: { file: options.file, format: 'text' as const } } : {}),
  };
}
