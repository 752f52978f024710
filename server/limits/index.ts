export { DEFAULT_LIMITS, LIMIT_VARIABLES, limitsFromEnv } from './Limits.ts';
export type { Limits } from './Limits.ts';
export { TokenBucket } from './TokenBucket.ts';
export { ConnectionAttempts } from './ConnectionAttempts.ts';
