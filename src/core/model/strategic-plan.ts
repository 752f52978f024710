/** The Strategic Plan model: goals → targets, sector objectives → outcomes / outputs, SDG links. */

export interface PlanTarget {
  /** "1.1" */
  id: string;
  text: string;
}

export interface StrategicGoal {
  /** "1" */
  number: string;
  /** Name as printed ("Growth", "Universal connectivity"): never hard-coded. */
  name: string;
  description: string;
  targets: PlanTarget[];
  /** SDG targets this goal is linked to ("9.c", "17.8"). */
  sdgTargets: string[];
}

export type SectorCode = 'R' | 'T' | 'D' | 'I';

export interface PlanOutcome {
  /** "R.1-a" */
  id: string;
  text: string;
}

export interface PlanOutput {
  /** "R.1-1" */
  id: string;
  text: string;
}

export interface SectorObjective {
  /** "R.1" */
  id: string;
  sector: SectorCode;
  text: string;
  outcomes: PlanOutcome[];
  outputs: PlanOutput[];
  /** Goal numbers this objective serves, primary and secondary. */
  goals: { primary: string[]; secondary: string[] };
}

export interface StrategicPlan {
  /** Period as printed, "2020-2023". */
  period: string;
  goals: StrategicGoal[];
  objectives: SectorObjective[];
}
