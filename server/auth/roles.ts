/**
 * What a token lets its holder do in one workspace: editors change everything, commenters only
 * annotate (COMMENTER_WRITABLE_ROOTS), viewers read. Everyone may share presence.
 */
export type Role = 'editor' | 'commenter' | 'viewer';

export const ROLES: readonly Role[] = ['editor', 'commenter', 'viewer'];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
