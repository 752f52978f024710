export { AnnotationLayout } from './AnnotationLayout.tsx';
export { MarkdownNote } from './MarkdownNote.tsx';
export { parseMarkdown } from './markdownBlocks.ts';
export { filterAnnotations, filterCounts } from './filterAnnotations.ts';
export { useAnnotations } from './useAnnotations.ts';
