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
import { findPlanTitle, isPlanNameLine } from './strategicPlan/planTitle.ts';
import { parseTitleLine } from './titleLine.ts';

/** How many lines the detector looks at: a plan shows its structure early. */
const DETECT_LINES = 400;

function clean(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

/**
 * Cheap check that a text is a Strategic Plan: a "STRATEGIC PLAN …" title near the top, or goal and
 * target lines, or sector objectives with outcomes / outputs. A text whose first line is a resolution,
 * decision or recommendation title is not (Resolution 71 carries the plan in an annex).
 */
export function isStrategicPlanText(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/, DETECT_LINES).map(clean).filter((l) => l !== '');
  if (lines.length === 0 || parseTitleLine(lines[0]) !== null) return false;
  if (lines.slice(0, 4).some(isPlanNameLine)) return true;
  const count = { goal: 0, target: 0, objective: 0, outcome: 0, output: 0 };
  for (const line of lines) {
    const read = readPlanLine(line);
    if (read) count[read.kind]++;
  }
  return (count.goal >= 1 && count.target >= 2) || (count.objective >= 2 && count.outcome + count.output >= 2);
}

/** Parses the text of a Strategic Plan. Lenient: what it does not recognise stays as paragraph text. */
export function parseStrategicPlan(text: string, options: { file?: string } = {}): ItuDocument {
  const lines = text.split(/\r\n|\r|\n/);
  const title = findPlanTitle(lines);
  const id = title.period ? `sp-${title.period}` : 'sp';
  const unparsed: UnparsedBlock[] = title.before.map((i) => ({
    text: clean(lines[i]),
    reason: 'text before the title of the plan',
    line: i + 1,
  }));
  const titleText = (i: number): string => (i < 0 ? '' : clean(i === title.continued - 1 ? `${lines[i]} ${lines[i + 1]}` : lines[i]));

  const builder = new PlanBuilder(id);
  let afterBlank = true;
  let afterHeading = true;
  for (let i = title.body; i < lines.length; i++) {
    const line = clean(lines[i]);
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
      if (builder.inSdgLinks() || /^SDGs?\b/i.test(read.rest)) builder.sdgLinkLine(read);
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
    const next = i + 1 < lines.length ? clean(lines[i + 1]) : '';
    if (isPlanHeading(line, { afterBreak: wasBlank || wasHeading, next })) {
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
