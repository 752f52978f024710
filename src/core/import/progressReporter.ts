/** Wraps an onProgress callback so that it gets fractions in 0..1 that never go back. */
export function progressReporter(onProgress: ((fraction: number) => void) | undefined): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    const clamped = Math.min(1, Math.max(0, fraction));
    if (onProgress && clamped > last) {
      last = clamped;
      onProgress(clamped);
    }
  };
}
