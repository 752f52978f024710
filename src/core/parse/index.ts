export { parseText } from './parseText.ts';
export type { ParseOptions } from './parseText.ts';
