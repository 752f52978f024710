export { SDGS, isSdgTarget, sdgTarget } from './sdgs.ts';
export type { Sdg, SdgTarget } from './sdgs.ts';
