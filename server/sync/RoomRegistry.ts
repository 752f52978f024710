import type { ServerLogger } from '../log.ts';
import type { Storage } from '../storage/index.ts';
import { Room, RoomLoadError } from './Room.ts';
import type { CommitMode } from './Room.ts';

/** After a workspace failed to load, further attempts within this time fail at once (no reload storm). */
const RETRY_FAILED_LOAD_MS = 5_000;

/**
 * The open rooms, one per workspace. A room opens (loads from storage) when its first member
 * arrives and closes (compacts, frees its document) when its last member leaves.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly failures = new Map<string, { at: number; error: RoomLoadError }>();

  constructor(
    private readonly storage: Storage,
    private readonly logger: ServerLogger,
    private readonly commit: CommitMode,
  ) {}

  /** The open room of a workspace, opening it if needed; a RoomLoadError when it cannot be loaded. */
  open(workspace: string): Room | RoomLoadError {
    const open = this.rooms.get(workspace);
    if (open && !open.isFailed) return open;
    if (open) this.discard(open);
    const failure = this.failures.get(workspace);
    if (failure && performance.now() - failure.at < RETRY_FAILED_LOAD_MS) return failure.error;
    try {
      const room = Room.open(workspace, this.storage, this.logger, this.commit);
      this.failures.delete(workspace);
      this.rooms.set(workspace, room);
      return room;
    } catch (error) {
      if (!(error instanceof RoomLoadError)) throw error;
      this.logger.error({ workspace, err: error }, 'refusing connections to a workspace that failed to load');
      this.failures.set(workspace, { at: performance.now(), error });
      return error;
    }
  }

  /** Called when a member left: closes the room once it is empty (or failed and empty). */
  release(room: Room): void {
    if (room.memberCount > 0) return;
    this.discard(room);
  }

  /** Flushes and closes every room (shutdown). */
  closeAll(): void {
    for (const room of [...this.rooms.values()]) this.discard(room);
  }

  /** Flushes every room's pending updates to storage. */
  flushAll(): void {
    for (const room of this.rooms.values()) room.flush();
  }

  get size(): number {
    return this.rooms.size;
  }

  private discard(room: Room): void {
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
    try {
      room.close();
    } catch (error) {
      this.logger.error({ workspace: room.name, err: error }, 'closing a room failed');
    }
    this.logger.debug({ workspace: room.name }, 'room closed');
  }
}
