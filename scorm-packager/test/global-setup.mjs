// Packages carry the bundled player: bundle the current source once before any suite runs.
import { bundlePlayer } from '../tools/bundle-player.mjs';

export default async function globalSetup() {
  await bundlePlayer();
}
