/**
 * Local preview of the add-on, offline and without a Google account:
 *
 *   npm start                              # examples/boutique-clients.xlsx, French
 *   npm start -- path/to/file.csv          # or .xlsx; locale guessed from its headers
 *   npm start -- file.csv --locale en_US   # or fr_FR
 *   PORT=8080 npm start                    # default: 5173, else any free port
 *
 * `npm start` builds first (`dist/`); this script serves the page and keeps
 * running until interrupted. Terminal messages follow `LC_ALL` / `LANG`.
 * See tools/preview/README.md.
 */
import { langFromLocale } from '../../src/core/i18n/language';
import { FileImportError } from '../file-import/index';
import { startPreview } from './server';
import { previewText, type PreviewTextKey } from '../../src/core/i18n/previewTexts';
import type { MessageParams } from '../../src/core/i18n/textTable';
import { PREVIEW_LOCALES, type PreviewLocale } from './types';
import { at } from '../indexing';

const lang = langFromLocale(process.env.LC_ALL || process.env.LANG);
const text = (key: PreviewTextKey, params?: MessageParams) => previewText(lang, key, params);

/** A mistake in the command line, already worded for the user. */
class UsageError extends Error {}

interface Arguments {
  file?: string;
  locale?: PreviewLocale;
}

function parseArguments(args: string[]): Arguments {
  const parsed: Arguments = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = at(args, i);
    if (arg === '--locale') {
      const locale = args[i + 1];
      if (!PREVIEW_LOCALES.includes(locale as PreviewLocale))
        throw new UsageError(text('cliBadLocale', { locales: PREVIEW_LOCALES.join(' | ') }));
      parsed.locale = locale as PreviewLocale;
      i += 1;
    } else if (arg.startsWith('-') || parsed.file !== undefined) {
      throw new UsageError(text('cliUnexpectedArgument', { argument: arg }));
    } else {
      parsed.file = arg;
    }
  }
  return parsed;
}

/** `PORT` from the environment (`0` = any free port), or `undefined`. */
function portFromEnvironment(): number | undefined {
  const portText = process.env.PORT;
  if (portText === undefined || portText.trim() === '') return undefined;
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(text('cliBadPort', { value: portText }));
  return port;
}

let port: number | undefined;
try {
  const { file, locale } = parseArguments(process.argv.slice(2));
  port = portFromEnvironment();
  const preview = await startPreview({ port, file, locale });
  console.log(text('cliListening', { url: preview.url }));
  const stop = () => {
    void preview.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof UsageError) console.error(`${error.message}\n${text('cliUsage')}`);
  else if (error instanceof FileImportError) console.error(error.localizedMessage(lang));
  else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE' && port !== undefined)
    console.error(text('cliPortInUse', { port: String(port) }));
  else console.error(error);
  process.exit(1);
}
