/**
 * The import boundaries between layers are enforced by the linter
 * (eslint.config.js, rule no-restricted-imports): a probe source is linted as
 * if it sat at the given path.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/build/index.mjs';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

/** Rule ids of the problems ESLint reports for `source` placed at `filePath`. */
async function ruleIdsFor(filePath: string, source: string): Promise<Array<string | null>> {
  const [result] = await eslint.lintText(source, { filePath });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  return result.messages.map((message) => message.ruleId);
}

const RESTRICTED = 'no-restricted-imports';

describe('import boundaries', () => {
  it.each([
    ['src/core/probe.ts', "import type { SourceInfo } from '../server/api';\nexport type Probe = SourceInfo;\n"],
    ['src/core/i18n/probe.ts', "import { menuLabels } from '../../server/menu';\nexport const probe = menuLabels;\n"],
    ['src/core/probe.ts', "import { readNumber } from '../functions/args';\nexport const probe = readNumber;\n"],
    [
      'src/server/probe.ts',
      "import { createServices } from '../../tools/gas-emulator/index';\nexport const probe = createServices;\n",
    ],
    ['src/functions/probe.ts', "import { runAnalysis } from '../server/api';\nexport const probe = runAnalysis;\n"],
    ['src/server/probe.ts', "import { RFM_SCORE } from '../functions/rfmScore';\nexport const probe = RFM_SCORE;\n"],
    ['src/server/probe.ts', "import { showStep } from '../../sidebar/app';\nexport const probe = showStep;\n"],
    ['sidebar/probe.ts', "import { runAnalysis } from '../src/server/api';\nexport const probe = runAnalysis;\n"],
    ['sidebar/probe.ts', "import { fixture } from '../tests/support/fixtures';\nexport const probe = fixture;\n"],
  ])('%s: a forbidden import is an error', async (filePath, source) => {
    expect(await ruleIdsFor(filePath, source)).toContain(RESTRICTED);
  });

  it.each([
    ['src/core/probe.ts', "import { quantile } from './quantile';\nexport const probe = quantile;\n"],
    ['src/functions/probe.ts', "import { quantile } from '../core/quantile';\nexport const probe = quantile;\n"],
    [
      'src/server/probe.ts',
      "import { sheetContext } from '../platform/sheetContext';\nexport const probe = sheetContext;\n",
    ],
    ['sidebar/probe.ts', "import type { SourceInfo } from '../src/server/api';\nexport type Probe = SourceInfo;\n"],
    ['sidebar/probe.ts', "import { checkBins } from '../src/core/rfm';\nexport const probe = checkBins;\n"],
  ])('%s: an allowed import passes', async (filePath, source) => {
    expect(await ruleIdsFor(filePath, source)).not.toContain(RESTRICTED);
  });
});
