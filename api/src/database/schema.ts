import { User } from '../users/user.entity.js';
import { Users1763913600000 } from './migrations/1763913600000-users.js';

/** Every entity and every migration, in order. Listed explicitly: ESM builds cannot glob-load. */
export const ENTITIES = [User];
export const MIGRATIONS = [Users1763913600000];
