export { Reader } from './Reader.tsx';
export { DocumentView, targetIds } from './DocumentView.tsx';
export { textPieces } from './textPieces.ts';
export type { TextPiece } from './textPieces.ts';
