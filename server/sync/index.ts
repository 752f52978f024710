export { SyncService } from './SyncService.ts';
export type { SyncServiceOptions, SyncStats } from './SyncService.ts';
export { CLOSE } from './closeCodes.ts';
export { Room, RoomLoadError } from './Room.ts';
export type { CommitMode } from './Room.ts';
export { parseClientMessage, MalformedMessage } from './messages.ts';
