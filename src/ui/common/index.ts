export { createMatcher } from './textMatcher.ts';
export type { TextMatcher } from './textMatcher.ts';
export { Highlighted } from './Highlighted.tsx';
export { documentName, GROUP_NAMES, GROUP_ORDER } from './documentNames.ts';
