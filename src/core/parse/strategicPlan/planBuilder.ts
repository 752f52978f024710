/**
 * Builds a Strategic Plan document line by line: the generic sections / clauses a reader shows, and
 * the `plan` structure (goals, targets, objectives, outcomes, outputs, SDG links) read from the same
 * clauses, each as soon as its text is complete. See ../strategicPlan.ts for the ID scheme.
 */
import { SiblingKeys } from '../../model/index.ts';
import type { Clause, SectorCode, SectorObjective, Section, StrategicGoal, StrategicPlan } from '../../model/index.ts';
import { memoize } from '../memoize.ts';
import { objectiveGoals } from './objectiveGoals.ts';
import { endsSentence, joinLines, paragraphs, splitGoalName, type Draft, type Role } from './planDraft.ts';
import { planSectionKind, sectionFamily } from './planHeading.ts';
import type { PlanLine } from './planLine.ts';
import { sdgReferences } from './sdgReferences.ts';

/** planSectionKind of headings, which a file of several plans (or of a plan and its revision) repeats. */
const sectionKindOf = memoize(planSectionKind, 512);
/** objectiveGoals of "Goals served" lines, which repeat from objective to objective. Read only: never mutated. */
const goalsServed = memoize(objectiveGoals, 512);

/** What a new sentence starts with; lower-case text. Made once: a regular expression written in a method is a new object at every call. */
const SENTENCE_START = /^[A-Z"“‘(]/;
const LOWER_START = /^[a-z]/;

export class PlanBuilder {
  private readonly sections: Section[] = [];
  private section: Section | null = null;
  /** sectionFamily of the current section's kind (asked for every labelled line), or null before the first. */
  private family: ReturnType<typeof sectionFamily> | null = null;
  private readonly sectionKeys = new SiblingKeys();
  /** How many clauses each label has given (`goal` → `1` → 2), for `#2`. */
  private readonly labelCounts = new Map<string, { prefix: string; counts: Map<string, number> }>();
  /** Unlabelled paragraphs in the current section, for `p1`, `p2` … */
  private paragraphs = 0;
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
    return this.family === 'sdg-links';
  }

  heading(text: string): void {
    this.open(text, sectionKindOf(text));
  }

  goalLine(line: Extract<PlanLine, { kind: 'goal' }>): void {
    this.ensure('goals');
    const draft = this.add('goal', line.label, line.rest, null, this.labelId('goal', line.number));
    draft.key = line.number;
    draft.goal = this.goalFor(line.number);
    this.goal = draft;
    this.objective = this.group = null;
  }

  targetLine(line: Extract<PlanLine, { kind: 'target' }>): void {
    this.ensure('goals');
    this.objective = this.group = null;
    const parent = this.goal?.key === line.goal ? this.goal : null;
    const draft = this.add('target', line.label, line.rest, parent, this.labelId('target', line.id));
    draft.goal = this.goalFor(line.goal);
    draft.target = { id: line.id, text: '' };
    draft.goal.targets.push(draft.target);
  }

  objectiveLine(line: Extract<PlanLine, { kind: 'objective' }>): void {
    this.ensure('objectives');
    this.goal = this.group = null;
    const draft = this.add('objective', line.label, line.rest, null, this.labelId('objective', line.id));
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
    const draft = this.add(line.kind, line.label, line.rest, parent, this.labelId(line.kind, line.id));
    draft.key = line.objective;
    draft.objective = this.objectiveFor(line.objective, line.sector);
    draft.item = { id: line.id, text: '' };
    draft.objective[list].push(draft.item);
  }

  /** "Outcomes:" / "Outputs:" under the current objective. */
  groupLine(list: 'outcomes' | 'outputs', text: string): void {
    const objective = this.objective;
    if (!objective) throw new Error(`groupLine: no objective open for "${text}"`);
    const draft = this.add('group', '', text, objective, this.listId(objective, list));
    draft.key = list;
    this.group = draft;
  }

  /** "Goals served: primary Goal 1; secondary Goal 3" under the current objective. */
  goalLinksLine(text: string): void {
    const objective = this.objective;
    if (!objective) throw new Error(`goalLinksLine: no objective open for "${text}"`);
    const draft = this.add('goal-links', '', text, objective, this.listId(objective, 'goals'));
    draft.objective = objective.objective;
    this.group = null;
  }

  /** A row of the goals-to-SDG-targets table: "Goal 1: SDG targets 9.c, 17.6, 17.8". */
  sdgLinkLine(line: Extract<PlanLine, { kind: 'goal' }>): void {
    this.ensure('sdg-links');
    this.goal = this.objective = this.group = null;
    const draft = this.add('sdg-link', line.label, line.rest, null, this.labelId('sdg-link', line.number));
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
    const newParagraph = last?.role === 'paragraph' && (afterBlank || (endsSentence(last) && SENTENCE_START.test(text)));
    if (last && !newParagraph) {
      this.append(last, text, afterBlank);
      return;
    }
    const section = this.section ?? this.open('', 'introduction');
    // A paragraph's ID never repeats: its section's ID is unique, and no other kind of clause ends in `/p<n>`.
    this.add('paragraph', '', text, null, section.id + `/p${++this.paragraphs}`);
  }

  /** Fills the last clause's text, and returns the sections and the plan read. */
  finish(period: string): { sections: Section[]; plan: StrategicPlan } {
    this.close();
    return { sections: this.sections, plan: { period, goals: [...this.goals.values()], objectives: [...this.objectives.values()] } };
  }

  /**
   * Fills the clause text of the draft that took text last, and what it stands for in the plan. Only
   * the last draft takes more lines, so each is complete when the next one starts (or a section opens):
   * done then, in document order, the drafts die young rather than all living to the end.
   */
  private close(): void {
    const draft = this.last;
    if (!draft) return;
    this.last = null;
    // Most clauses are their first line: its text as it is (join() would copy it), and no arrays.
    const paras = draft.paras === null ? null : paragraphs(draft);
    const text = paras === null ? draft.first : paras.length === 1 ? paras[0] : paras.join('\n');
    const firstParagraph = paras === null ? draft.first : (paras[0] ?? '');
    draft.clause.text = text;
    switch (draft.role) {
      case 'goal': {
        const goal = draft.goal!;
        const { name, description } = splitGoalName(firstParagraph);
        if (!goal.name) goal.name = name;
        const more = [description, ...(paras ?? []).slice(1)].filter((p) => p !== '').join('\n');
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
        const links = goalsServed(firstParagraph);
        const goals = draft.objective!.goals;
        for (const g of links.primary) if (!goals.primary.includes(g)) goals.primary.push(g);
        for (const g of links.secondary) if (!goals.primary.includes(g) && !goals.secondary.includes(g)) goals.secondary.push(g);
        break;
      }
      case 'sdg-link':
        this.linkSdgs(draft.goal!, sdgReferences(firstParagraph, { anyId: true }));
        break;
      case 'paragraph':
      case 'group':
        break;
    }
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
    this.close();
    this.sections.push(section);
    this.section = section;
    this.family = sectionFamily(kind);
    this.paragraphs = 0;
    this.goal = this.objective = this.group = null;
    return section;
  }

  /** Opens an unheaded section when a line of one family (goals, objectives, SDG links) turns up inside another. */
  private ensure(family: 'goals' | 'objectives' | 'sdg-links'): void {
    const current = this.family;
    if (current !== family && current !== 'other') this.open('', family);
  }

  private add(role: Role, label: string, text: string, parent: Draft | null, id: string): Draft {
    const clause: Clause = { id, label, text: '', children: [] };
    if (parent) parent.clause.children.push(clause);
    else this.section!.clauses.push(clause);
    // Every field from the start (set later or not): one shape for all drafts, no fields added one by one.
    const draft: Draft = { clause, role, first: text, paras: null, key: '', goal: undefined, target: undefined, objective: undefined, item: undefined, lists: undefined };
    this.close();
    this.last = draft;
    return draft;
  }

  /**
   * `<doc>/<kind>/<label id>` (`sp/goal/1`), with `#2`, `#3` … for a label met again. Counted by kind
   * and label rather than by the whole path: short keys, read without building a string to look up.
   * Each kind's `<doc>/<kind>/` is built once and shared: an ID is then one join, not a chain of five
   * (which would outlive the parse, in every clause).
   */
  private labelId(kind: string, label: string): string {
    let ids = this.labelCounts.get(kind);
    if (!ids) this.labelCounts.set(kind, (ids = { prefix: `${this.docId}/${kind}/`, counts: new Map() }));
    const n = (ids.counts.get(label) ?? 0) + 1;
    ids.counts.set(label, n);
    // The short end is joined first ("1.1#2"), then the shared prefix: one join, not three.
    return ids.prefix + (n === 1 ? label : `${label}#${n}`);
  }

  /** `<objective id>/outcomes`, `…/outputs`, `…/goals`: counted on the objective, whose own ID is unique. */
  private listId(objective: Draft, list: 'outcomes' | 'outputs' | 'goals'): string {
    const counts = (objective.lists ??= { outcomes: 0, outputs: 0, goals: 0 });
    const n = ++counts[list];
    return objective.clause.id + (n === 1 ? `/${list}` : `/${list}#${n}`);
  }

  private append(draft: Draft, text: string, newParagraph: boolean): void {
    const paras = (draft.paras ??= [[draft.first]]);
    if (draft.role === 'goal' && paras.length === 1) {
      // The goal line holds the name; an empty one is filled by the next line, a lower-case line
      // continues a wrapped name, anything else starts the description.
      const nameEmpty = joinLines(paras[0]) === '';
      if (nameEmpty || (!newParagraph && LOWER_START.test(text))) paras[0].push(text);
      else paras.push([text]);
      return;
    }
    if (newParagraph) paras.push([text]);
    else paras[paras.length - 1].push(text);
  }
}
