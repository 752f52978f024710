export type {
  Clause,
  CrossRef,
  DocumentType,
  Footnote,
  FootnoteRef,
  ItuDocument,
  Section,
  SectionPart,
  SourceFormat,
  UnparsedBlock,
} from './document.ts';
export type {
  PlanOutcome,
  PlanOutput,
  PlanTarget,
  SectorCode,
  SectorObjective,
  StrategicGoal,
  StrategicPlan,
} from './strategic-plan.ts';
export { documentId, labelKey, slugify, SiblingKeys } from './ids.ts';
export { allClauses, documentText } from './documentText.ts';
export { DOCUMENT_TYPE_NAMES, DOCUMENT_TYPE_ORDER, documentName } from './documentName.ts';
export type { NamedDocument } from './documentName.ts';
export type {
  Proposal,
  ProposalMarker,
  ProposalOperation,
  ProposalProvenance,
  ProposalStatus,
} from './proposal.ts';
export type {
  Annotation,
  AnnotationKind,
  AnnotationReply,
  AnnotationStatus,
  AnnotationTarget,
  RelativeSpan,
  Severity,
  TextPosition,
  TextQuote,
} from './annotation.ts';
export { PROPOSAL_STATUSES } from './proposal.ts';
