export { parseText } from './parseText.ts';
export type { ParseOptions } from './parseText.ts';
export { isStrategicPlanText, parseStrategicPlan } from './strategicPlan.ts';
