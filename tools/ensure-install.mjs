import { ensureInstalled } from './env.mjs';

ensureInstalled();
