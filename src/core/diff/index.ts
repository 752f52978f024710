/** Clause-aligned comparison of a base text and a proposal: MOD / ADD / SUP / NOC / MOVE with word-level hunks. */
export type {
  ChangeOp,
  ChangeSummary,
  ClauseChange,
  DocumentDiff,
  FrontChange,
  Hunk,
  HunkGranularity,
  SectionChange,
} from './types.ts';
export { diffDocuments } from './diffDocuments.ts';
export type { DiffOptions, KnownHunks } from './diffDocuments.ts';
export { applyDiff } from './applyDiff.ts';
export { wordDiff } from './wordDiff.ts';
export type { WordDiff, WordDiffLimits } from './wordDiff.ts';
export { cleanupHunks, tidyHunks } from './cleanupHunks.ts';
export { baseText, proposalText, changedWords, mergeHunks } from './hunkText.ts';
export { textSimilarity } from './similarity.ts';
export { summaryOf, isChange } from './summaryOf.ts';
export type { DiffSummary } from './summaryOf.ts';
export { synopsis } from './synopsis.ts';
export type { Synopsis, SynopsisEntry, SynopsisInput, SynopsisRow, SynopsisSection } from './synopsis.ts';
export { redlineMarkdown } from './redlineMarkdown.ts';
export type { RedlineOptions } from './redlineMarkdown.ts';
