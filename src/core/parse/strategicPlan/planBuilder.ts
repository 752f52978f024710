/**
 * Builds a Strategic Plan document line by line: the generic sections / clauses a reader shows, and
 * the `plan` structure (goals, targets, objectives, outcomes, outputs, SDG links) read from the same
 * clauses once the text is complete. See ../strategicPlan.ts for the ID scheme.
 */
import { SiblingKeys } from '../../model/index.ts';
import type {
  Clause,
  PlanOutcome,
  PlanOutput,
  PlanTarget,
  SectorCode,
  SectorObjective,
  Section,
  StrategicGoal,
  StrategicPlan,
} from '../../model/index.ts';
import { objectiveGoals } from './objectiveGoals.ts';
import { planSectionKind, sectionFamily } from './planHeading.ts';
import type { PlanLine } from './planLine.ts';
import { sdgReferences } from './sdgReferences.ts';

type Role = 'paragraph' | 'goal' | 'target' | 'objective' | 'group' | 'outcome' | 'output' | 'goal-links' | 'sdg-link';

/** A clause being built, with what it stands for in the plan. */
interface Draft {
  clause: Clause;
  role: Role;
  /** Paragraphs of the clause text, each a list of source lines. */
  paras: string[][];
  /** Goal number (goal, sdg-link), objective ID (objective and its children), list kind (group). */
  key: string;
  goal?: StrategicGoal;
  target?: PlanTarget;
  objective?: SectorObjective;
  item?: PlanOutcome | PlanOutput;
}

/** Joins the lines of one paragraph; a word hyphenated across lines ("digi-" / "tal") is joined back. */
function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (!line) continue;
    out = !out ? line : /[A-Za-z]-$/.test(out) && /^[a-z]/.test(line) ? out + line : `${out} ${line}`;
  }
  return out;
}

/** True when the clause's last line ends with a full stop, question or exclamation mark. */
function endsSentence(draft: Draft): boolean {
  const para = draft.paras[draft.paras.length - 1];
  return /[.!?]["”’)]?$/.test(para[para.length - 1] ?? '');
}

function paragraphs(draft: Draft): string[] {
  return draft.paras.map(joinLines).filter((p) => p !== '');
}

/** "Universal connectivity: Connect everyone" → name and description; a long statement is all name. */
function splitGoalName(line: string): { name: string; description: string } {
  const m = /^(.{1,80}?)(?::\s+|\s+[\u2013\u2014-]\s+)(.+)$/.exec(line);
  if (m && m[1].split(' ').length <= 8) return { name: m[1].trim(), description: m[2].trim() };
  return { name: line, description: '' };
}

export class PlanBuilder {
  private readonly sections: Section[] = [];
  private section: Section | null = null;
  private readonly sectionKeys = new SiblingKeys();
  private readonly clauseIds = new SiblingKeys();
  private readonly paragraphCount = new Map<string, number>();
  private readonly drafts: Draft[] = [];
  private readonly goals = new Map<string, StrategicGoal>();
  private readonly objectives = new Map<string, SectorObjective>();
  /** The goal, objective and outcome/output list that following lines belong to. */
  private goal: Draft | null = null;
  private objective: Draft | null = null;
  private group: Draft | null = null;
  /** The clause that a continuation line is added to. */
  private last: Draft | null = null;

  constructor(private readonly docId: string) {}

  /** True while lines belong to a sector objective (its lists and goal links). */
  inObjective(): boolean {
    return this.objective !== null;
  }

  /** True inside a section linking goals to SDG targets. */
  inSdgLinks(): boolean {
    return this.section !== null && sectionFamily(this.section.kind) === 'sdg-links';
  }

  heading(text: string): void {
    this.open(text, planSectionKind(text));
  }

  goalLine(line: Extract<PlanLine, { kind: 'goal' }>): void {
    this.ensure('goals');
    const draft = this.add('goal', line.label, line.rest, null, `goal/${line.number}`);
    draft.key = line.number;
    draft.goal = this.goalFor(line.number);
    this.goal = draft;
    this.objective = this.group = null;
  }

  targetLine(line: Extract<PlanLine, { kind: 'target' }>): void {
    this.ensure('goals');
    this.objective = this.group = null;
    const parent = this.goal?.key === line.goal ? this.goal : null;
    const draft = this.add('target', line.label, line.rest, parent, `target/${line.id}`);
    draft.goal = this.goalFor(line.goal);
    draft.target = { id: line.id, text: '' };
    draft.goal.targets.push(draft.target);
  }

  objectiveLine(line: Extract<PlanLine, { kind: 'objective' }>): void {
    this.ensure('objectives');
    this.goal = this.group = null;
    const draft = this.add('objective', line.label, line.rest, null, `objective/${line.id}`);
    draft.key = line.id;
    draft.objective = this.objectiveFor(line.id, line.sector);
    this.objective = draft;
  }

  itemLine(line: Extract<PlanLine, { kind: 'outcome' | 'output' }>): void {
    this.ensure('objectives');
    this.goal = null;
    const list = line.kind === 'outcome' ? 'outcomes' : 'outputs';
    const parent =
      this.group && this.group.key === list && this.objective?.key === line.objective
        ? this.group
        : this.objective?.key === line.objective
          ? this.objective
          : null;
    const draft = this.add(line.kind, line.label, line.rest, parent, `${line.kind}/${line.id}`);
    draft.key = line.objective;
    draft.objective = this.objectiveFor(line.objective, line.sector);
    draft.item = { id: line.id, text: '' };
    draft.objective[list].push(draft.item);
  }

  /** "Outcomes:" / "Outputs:" under the current objective. */
  groupLine(list: 'outcomes' | 'outputs', text: string): void {
    const objective = this.objective;
    if (!objective) throw new Error(`groupLine: no objective open for "${text}"`);
    const draft = this.add('group', '', text, objective, `${objective.clause.id.slice(this.docId.length + 1)}/${list}`);
    draft.key = list;
    this.group = draft;
  }

  /** "Goals served: primary Goal 1; secondary Goal 3" under the current objective. */
  goalLinksLine(text: string): void {
    const objective = this.objective;
    if (!objective) throw new Error(`goalLinksLine: no objective open for "${text}"`);
    const draft = this.add('goal-links', '', text, objective, `${objective.clause.id.slice(this.docId.length + 1)}/goals`);
    draft.objective = objective.objective;
    this.group = null;
  }

  /** A row of the goals-to-SDG-targets table: "Goal 1: SDG targets 9.c, 17.6, 17.8". */
  sdgLinkLine(line: Extract<PlanLine, { kind: 'goal' }>): void {
    this.ensure('sdg-links');
    this.goal = this.objective = this.group = null;
    const draft = this.add('sdg-link', line.label, line.rest, null, `sdg-link/${line.number}`);
    draft.key = line.number;
    draft.goal = this.goalFor(line.number);
  }

  /**
   * A line of running text: continues the current clause, or starts a paragraph. A paragraph ends at a
   * blank line, or where a line ends a sentence and the next starts a new one (text with one paragraph
   * per line).
   */
  textLine(text: string, afterBlank: boolean): void {
    const last = this.last;
    const newParagraph = last?.role === 'paragraph' && (afterBlank || (endsSentence(last) && /^[A-Z"“‘(]/.test(text)));
    if (last && !newParagraph) {
      this.append(last, text, afterBlank);
      return;
    }
    const section = this.section ?? this.open('', 'introduction');
    const n = (this.paragraphCount.get(section.id) ?? 0) + 1;
    this.paragraphCount.set(section.id, n);
    this.add('paragraph', '', text, null, `${section.id.slice(this.docId.length + 1)}/p${n}`);
  }

  /** Fills clause texts and the plan from what was read. */
  finish(period: string): { sections: Section[]; plan: StrategicPlan } {
    for (const draft of this.drafts) {
      const paras = paragraphs(draft);
      draft.clause.text = paras.join('\n');
      const text = draft.clause.text;
      switch (draft.role) {
        case 'goal': {
          const goal = draft.goal!;
          const { name, description } = splitGoalName(paras[0] ?? '');
          if (!goal.name) goal.name = name;
          const more = [description, ...paras.slice(1)].filter((p) => p !== '').join('\n');
          if (more) goal.description = goal.description ? `${goal.description}\n${more}` : more;
          this.linkSdgs(goal, sdgReferences(text));
          break;
        }
        case 'target':
          draft.target!.text = text;
          this.linkSdgs(draft.goal!, sdgReferences(text));
          break;
        case 'objective': {
          const objective = draft.objective!;
          if (text) objective.text = objective.text ? `${objective.text}\n${text}` : text;
          break;
        }
        case 'outcome':
        case 'output':
          draft.item!.text = text;
          break;
        case 'goal-links': {
          const links = objectiveGoals(paras[0] ?? '');
          const goals = draft.objective!.goals;
          for (const g of links.primary) if (!goals.primary.includes(g)) goals.primary.push(g);
          for (const g of links.secondary) if (!goals.primary.includes(g) && !goals.secondary.includes(g)) goals.secondary.push(g);
          break;
        }
        case 'sdg-link':
          this.linkSdgs(draft.goal!, sdgReferences(paras[0] ?? '', { anyId: true }));
          break;
        case 'paragraph':
        case 'group':
          break;
      }
    }
    return { sections: this.sections, plan: { period, goals: [...this.goals.values()], objectives: [...this.objectives.values()] } };
  }

  private linkSdgs(goal: StrategicGoal, targets: readonly string[]): void {
    for (const t of targets) if (!goal.sdgTargets.includes(t)) goal.sdgTargets.push(t);
  }

  /** The plan goal with this number; a goal only met through a target or a link gets an empty name. */
  private goalFor(number: string): StrategicGoal {
    let goal = this.goals.get(number);
    if (!goal) {
      goal = { number, name: '', description: '', targets: [], sdgTargets: [] };
      this.goals.set(number, goal);
    }
    return goal;
  }

  /** The plan objective with this ID; one only met through an outcome or output gets empty text. */
  private objectiveFor(id: string, sector: SectorCode): SectorObjective {
    let objective = this.objectives.get(id);
    if (!objective) {
      objective = { id, sector, text: '', outcomes: [], outputs: [], goals: { primary: [], secondary: [] } };
      this.objectives.set(id, objective);
    }
    return objective;
  }

  private open(heading: string, kind: string): Section {
    const key = this.sectionKeys.unique(kind);
    const section: Section = {
      id: `${this.docId}/${key}`,
      heading,
      part: kind === 'introduction' ? 'preamble' : 'operative',
      kind,
      verb: '',
      addressee: '',
      further: false,
      clauses: [],
    };
    this.sections.push(section);
    this.section = section;
    this.goal = this.objective = this.group = this.last = null;
    return section;
  }

  /** Opens an unheaded section when a line of one family (goals, objectives, SDG links) turns up inside another. */
  private ensure(family: 'goals' | 'objectives' | 'sdg-links'): void {
    const current = this.section ? sectionFamily(this.section.kind) : null;
    if (current !== family && current !== 'other') this.open('', family);
  }

  private add(role: Role, label: string, text: string, parent: Draft | null, path: string): Draft {
    const clause: Clause = { id: this.clauseIds.unique(`${this.docId}/${path}`), label, text: '', children: [] };
    if (parent) parent.clause.children.push(clause);
    else this.section!.clauses.push(clause);
    const draft: Draft = { clause, role, paras: [[text]], key: '' };
    this.drafts.push(draft);
    this.last = draft;
    return draft;
  }

  private append(draft: Draft, text: string, newParagraph: boolean): void {
    const paras = draft.paras;
    if (draft.role === 'goal' && paras.length === 1) {
      // The goal line holds the name; an empty one is filled by the next line, a lower-case line
      // continues a wrapped name, anything else starts the description.
      const nameEmpty = joinLines(paras[0]) === '';
      if (nameEmpty || (!newParagraph && /^[a-z]/.test(text))) paras[0].push(text);
      else paras.push([text]);
      return;
    }
    if (newParagraph) paras.push([text]);
    else paras[paras.length - 1].push(text);
  }
}
