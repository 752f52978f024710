export { hashFor, targetFromHash } from './permalink.ts';
export { navigateTo, useHashRoute } from './useHashRoute.ts';
