#!/usr/bin/env node
/**
 * `npm run build`: builds dist/Code.js, dist/sidebar.html,
 * dist/appsscript.json and dist/paste/Code.gs (see scripts/build/index.mjs for what is checked, and
 * scripts/build/sidebar.mjs for the conventions of the sidebar/ folder).
 * Prints one line with the sizes; on failure, the reasons, and exits with 1.
 */
import { build, BuildError, SIZE_LIMITS } from './build/index.mjs';

const kilobytes = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

try {
  const { sizes, globals } = await build();
  console.log(
    `built dist/: Code.js ${kilobytes(sizes['Code.js'])} of ${kilobytes(SIZE_LIMITS.code)} (${globals.length} globals), ` +
      `sidebar.html ${kilobytes(sizes['sidebar.html'])} of ${kilobytes(SIZE_LIMITS.sidebar)}, appsscript.json, ` +
      `paste/Code.gs ${kilobytes(sizes['paste/Code.gs'])} of ${kilobytes(SIZE_LIMITS.paste)}`,
  );
} catch (error) {
  // BuildError and esbuild's failures (which carry `errors`) explain themselves; anything else is a bug here.
  const explained = error instanceof BuildError || Array.isArray(error?.errors);
  console.error(`build failed: ${explained ? error.message : (error?.stack ?? error)}`);
  process.exitCode = 1;
}
