/** The words the DOCX brief uses for the fixed terms. */
import type { AnnotationStatus, Severity } from '../model/index.ts';
import { SEVERITIES, STATUSES } from '../taxonomy/index.ts';

/** "High", or "Unrated" for null. */
export const severityLabel = (severity: Severity | null): string => (severity === null ? 'Unrated' : (SEVERITIES.find((s) => s.id === severity)?.label ?? severity));

/** "In review". */
export const statusLabel = (status: AnnotationStatus): string => STATUSES.find((s) => s.id === status)?.label ?? status;

/** "1 risk", "3 risks". */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
