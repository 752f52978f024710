/**
 * A pure function of a string, remembered: labels, label keys and headings come back thousands of
 * times in a Final Acts, and are worked out once. Emptied when it holds `max` entries, so memory
 * stays bounded whatever the input. Results are shared: callers must not mutate them.
 */
export function memoize<T>(compute: (key: string) => T, max = 4096): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      if (cache.size >= max) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value as T;
  };
}
