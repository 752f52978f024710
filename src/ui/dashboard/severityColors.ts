/** Colours of the dashboard's plots: severity from pale to dark red, statuses and change ops in calm, distinct hues. */
import type { ChangeOp } from '../../core/diff/index.ts';
import type { AnnotationStatus, Severity } from '../../core/model/index.ts';

/** Fill of a heatmap cell by its highest severity; `unrated` for annotations without one, `none` for an empty cell. */
export const SEVERITY_FILL: Record<Severity | 'unrated' | 'none', string> = {
  none: '#f6f4ef',
  unrated: '#d9dde3',
  low: '#fbe7a1',
  medium: '#f0a04b',
  high: '#d0453a',
  critical: '#7f1d1d',
};

/** Text on a cell of that fill, readable (dark on pale, white on dark). */
export const SEVERITY_INK: Record<Severity | 'unrated' | 'none', string> = {
  none: '#8a8f96',
  unrated: '#1e2125',
  low: '#3b2a00',
  medium: '#2b1600',
  high: '#ffffff',
  critical: '#ffffff',
};

export const STATUS_FILL: Record<AnnotationStatus, string> = {
  open: '#d0453a',
  'in-review': '#f0a04b',
  agreed: '#4f8fcf',
  resolved: '#2e7d4f',
};

export const OP_FILL: Record<Exclude<ChangeOp, 'NOC'>, string> = {
  MOD: '#1d4e89',
  ADD: '#2e7d4f',
  SUP: '#c0392b',
  MOVE: '#8a6bbf',
};
