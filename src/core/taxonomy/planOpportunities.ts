/** The Strategic Plan goals and targets of a loaded plan, as opportunities an annotation can name. */
import type { ItuDocument } from '../model/index.ts';

/** A goal or a target of a Strategic Plan. */
export interface PlanOpportunity {
  /** The plan's clause ID, stable for the same text: `sp-2024-2027/goal/1`, `sp-2024-2027/target/1.1`. */
  id: string;
  kind: 'goal' | 'target';
  /** "Goal 1: Universal connectivity", "Target 1.1". */
  label: string;
  /** The goal's description or the target's text. */
  description: string;
  /** Number of the goal ("1"), for a goal and for its targets. */
  goal: string;
  /** SDG targets the goal is linked to ("9.c"). */
  sdgTargets: readonly string[];
}

/** The opportunities of one plan. */
export interface PlanOpportunities {
  /** The plan's document ID: `sp-2024-2027`. */
  document: string;
  /** "2024-2027" */
  period: string;
  /** Each goal followed by its targets. */
  items: readonly PlanOpportunity[];
}

/** The goals and targets of a Strategic Plan document, or null for any other document. */
export function planOpportunities(doc: ItuDocument): PlanOpportunities | null {
  if (doc.type !== 'strategic-plan' || !doc.plan) return null;
  const items: PlanOpportunity[] = [];
  for (const goal of doc.plan.goals) {
    const sdgTargets = Object.freeze([...goal.sdgTargets]);
    items.push({
      id: `${doc.id}/goal/${goal.number}`,
      kind: 'goal',
      label: goal.name ? `Goal ${goal.number}: ${goal.name}` : `Goal ${goal.number}`,
      description: goal.description,
      goal: goal.number,
      sdgTargets,
    });
    for (const target of goal.targets) {
      items.push({ id: `${doc.id}/target/${target.id}`, kind: 'target', label: `Target ${target.id}`, description: target.text, goal: goal.number, sdgTargets });
    }
  }
  return Object.freeze({ document: doc.id, period: doc.plan.period, items: Object.freeze(items.map((item) => Object.freeze(item))) });
}
