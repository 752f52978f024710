export { hashFor, targetFromHash } from './permalink.ts';
export { navigateTo, useHashRoute } from './useHashRoute.ts';
export { useOnHashChange } from './useOnHashChange.ts';
export { useViewRoute, viewFromHash, viewHash } from './viewRoute.ts';
