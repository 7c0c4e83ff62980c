/** Sizes of the built files against their budgets (1 KB = 1000 bytes, as the build counts). */
import { statSync } from 'node:fs';
import path from 'node:path';
import { SIZE_LIMITS } from '../../scripts/build/index.mjs';
import { DIST_DIR } from '../gas-emulator/index.ts';

export interface BundleSize {
  file: string;
  bytes: number;
  budget: number;
}

/** `dist/Code.js` and `dist/sidebar.html`. Throws when a file is missing (run the build first). */
export function bundleSizes(): BundleSize[] {
  return [
    { file: 'Code.js', budget: SIZE_LIMITS.code },
    { file: 'sidebar.html', budget: SIZE_LIMITS.sidebar },
  ].map(({ file, budget }) => ({ file: `dist/${file}`, bytes: statSync(path.join(DIST_DIR, file)).size, budget }));
}
