import { fileURLToPath } from 'node:url';

/**
 * The project root, found from this module's place: `src/` under Jest and `dist/` once built are
 * both one level below it, so the schemas and the player bundle resolve the same way in both.
 */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SCHEMAS_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));
export const PLAYER_BUNDLE_DIR = fileURLToPath(new URL('../dist/player/', import.meta.url));
