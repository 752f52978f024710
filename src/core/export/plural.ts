/** A count with its noun: "1 annotation", "3 annotations", "2 replies" (with `many` given). */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
