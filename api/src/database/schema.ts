import { Session } from '../auth/session.entity.js';
import { User } from '../users/user.entity.js';
import { Users1763913600000 } from './migrations/1763913600000-users.js';
import { Sessions1763913700000 } from './migrations/1763913700000-sessions.js';

/** Every entity and every migration, in order. Listed explicitly: ESM builds cannot glob-load. */
export const ENTITIES = [User, Session];
export const MIGRATIONS = [Users1763913600000, Sessions1763913700000];
