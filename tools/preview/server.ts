/**
 * The local preview server: the page (spreadsheet on the left, the real
 * built sidebar on the right), the sidebar with its `google.script.run`
 * answered by the add-on's server code in the emulator, a small JSON API for
 * the page, file uploads and the `.xlsx` download.
 *
 *   GET  /                 the page          GET  /app.js, /style.css
 *   GET  /sidebar          the sidebar the add-on opened, with the shim
 *   POST /sidebar/run      { name, args } → reply (`google.script.run`)
 *   GET  /api/workbook     WorkbookView
 *   POST /api/activate     { sheet }   → WorkbookView
 *   POST /api/cell         { row, column, input } → WorkbookView (types into the active sheet; see formulas.ts)
 *   POST /api/locale       { locale }  → WorkbookView
 *   POST /api/example      { example } → WorkbookView
 *   POST /api/upload?name= file bytes  → WorkbookView
 *   POST /api/panel        { panel }   → WorkbookView (analysis or Exercise panel)
 *   GET  /download.xlsx    every sheet as an .xlsx workbook
 *   GET  /download/exercise-student.xlsx, /download/exercise-key.xlsx
 *                          the exercise of the spreadsheet as the offline workbooks
 *
 * Errors are `ErrorReply` JSON (message in both languages); the server keeps
 * running whatever a request holds.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../scripts/build/index.mjs';
import { DEFAULT_MAX_BYTES, FileImportError, readWorkbookBuffer, readWorkbookFile } from '../file-import/index';
import { builtDist } from '../sidebar-host/builtDist';
import { fetchTransport, googleScriptShim, withScript } from '../sidebar-host/index.mjs';
import { guessLocale } from './localeGuess';
import { buildPageAssets, type PageAssets } from './pageAssets';
import { readRequestBody } from './requestBody';
import { uploadBaseName } from './uploadName';
import { exerciseSettingsRows, PreviewSession, UnknownSheetError, type OpenedWorkbook } from './session';
import { optionsFromSettings } from '../../src/core/exercise/options';
import { fileExercise, keyWorkbook, studentWorkbook } from '../exercise/workbooks.ts';
import { previewTextInBoth, type PreviewErrorCode } from '../../src/core/i18n/previewTexts';
import { PREVIEW_LOCALES, SCRIPT_RUN_MESSAGE, type ErrorReply, type ExampleId, type PreviewLocale } from './types';
import { writeWorkbookXlsx } from './xlsxExport';

/** The port tried first when none is given (then any free port). */
export const PREFERRED_PORT = 5173;

/** The examples the page offers, and the locale each opens in. */
export const EXAMPLES: Record<ExampleId, { file: string; locale: PreviewLocale }> = {
  boutique: { file: path.join(PROJECT_ROOT, 'examples', 'boutique-clients.xlsx'), locale: 'fr_FR' },
  salesLog: { file: path.join(PROJECT_ROOT, 'examples', 'shop-sales-log.xlsx'), locale: 'en_US' },
};

/** Where the sidebar's calls go; the page listens for the message each answered call posts. */
const CALL_PATH = '/sidebar/run';

/** Largest JSON body accepted, in bytes. */
const JSON_BODY_LIMIT = 256 * 1024;

export interface PreviewOptions {
  /** Port to listen on; `0` = any free port. Default: 5173, else any free port. */
  port?: number;
  /** CSV or XLSX file to open; default `examples/boutique-clients.xlsx`. */
  file?: string;
  /** Spreadsheet locale (`fr_FR`, `en_US`); default: guessed from the file (French for the boutique). */
  locale?: PreviewLocale;
  /** Largest file accepted, in bytes; default 20 MB. */
  maxUploadBytes?: number;
  /** Freezes the add-on's clock (screenshots, tests). */
  now?: Date;
}

export interface RunningPreview {
  /** `http://localhost:PORT` */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** A request the preview refuses, with one of its own error codes. */
class PreviewRequestError extends Error {
  constructor(
    readonly code: PreviewErrorCode,
    readonly status: number,
  ) {
    super(code);
  }
}

/**
 * Builds what the page needs, opens the workbook (its errors are thrown:
 * `FileImportError`), and listens on 127.0.0.1.
 */
export async function startPreview(options: PreviewOptions = {}): Promise<RunningPreview> {
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_BYTES;
  const dist = await builtDist();
  const session = new PreviewSession({
    addOn: {
      code: fs.readFileSync(path.join(dist.dir, 'Code.js'), 'utf8'),
      sidebarHtml: fs.readFileSync(path.join(dist.dir, 'sidebar.html'), 'utf8'),
    },
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    now: options.now,
    maxUploadBytes,
  });
  const file = options.file ?? EXAMPLES.boutique.file;
  const workbook = await readWorkbookFile(file, { maxBytes: maxUploadBytes });
  session.open({
    fileName: path.basename(file),
    example: exampleOfFile(file),
    sheets: workbook.sheets,
    locale: options.locale ?? guessLocale(workbook, 'fr_FR'),
  });
  const assets = await buildPageAssets();
  const server = http.createServer((request, response) => {
    void handle(request, response, { session, assets, maxUploadBytes });
  });
  const port = await listen(server, options.port);
  return {
    url: `http://localhost:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Listens on `port`, or on 5173 and else any free port when none is given; resolves to the port. */
async function listen(server: http.Server, port: number | undefined): Promise<number> {
  const tryPort = (candidate: number) =>
    new Promise<number>((resolve, reject) => {
      const onError = (error: Error) => {
        server.off('listening', onListening);
        reject(error);
      };
      const onListening = () => {
        server.off('error', onError);
        resolve((server.address() as AddressInfo).port);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(candidate, '127.0.0.1');
    });
  if (port !== undefined) return tryPort(port);
  try {
    return await tryPort(PREFERRED_PORT);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return tryPort(0);
  }
}

function exampleOfFile(file: string): ExampleId | null {
  const resolved = path.resolve(file);
  const found = (Object.keys(EXAMPLES) as ExampleId[]).find((id) => EXAMPLES[id].file === resolved);
  return found ?? null;
}

interface Context {
  session: PreviewSession;
  assets: PageAssets;
  maxUploadBytes: number;
}

async function handle(request: http.IncomingMessage, response: http.ServerResponse, context: Context): Promise<void> {
  try {
    await route(request, response, context);
  } catch (error) {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const { status, reply } = errorReply(error);
    if (status >= 500) console.error(error);
    sendJson(response, status, reply);
  }
}

async function route(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  { session, assets, maxUploadBytes }: Context,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const route = `${request.method} ${url.pathname}`;
  if (request.method === 'POST') checkSameOrigin(request);
  switch (route) {
    case 'GET /':
      return send(response, 200, 'text/html; charset=utf-8', assets.html, { 'content-security-policy': PAGE_POLICY });
    case 'GET /app.js':
      return send(response, 200, 'text/javascript; charset=utf-8', assets.js);
    case 'GET /style.css':
      return send(response, 200, 'text/css; charset=utf-8', assets.css);
    case 'GET /sidebar':
      return send(response, 200, 'text/html; charset=utf-8', withScript(session.sidebarContent(), SIDEBAR_SHIM));
    case `POST ${CALL_PATH}`: {
      const { name, args } = await readJson(request);
      if (typeof name !== 'string') throw new PreviewRequestError('bad_request', 400);
      return sendJson(response, 200, await session.call(name, Array.isArray(args) ? args : []));
    }
    case 'GET /api/workbook':
      return sendJson(response, 200, session.view());
    case 'POST /api/activate': {
      const { sheet } = await readJson(request);
      if (typeof sheet !== 'string') throw new PreviewRequestError('bad_request', 400);
      session.activate(sheet);
      return sendJson(response, 200, session.view());
    }
    case 'POST /api/cell': {
      const { row, column, input } = await readJson(request);
      const at = (value: unknown) => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 0);
      if (at(row) < 1 || at(column) < 1 || typeof input !== 'string') throw new PreviewRequestError('bad_request', 400);
      session.editCell(at(row), at(column), input);
      return sendJson(response, 200, session.view());
    }
    case 'POST /api/locale': {
      const { locale } = await readJson(request);
      if (!PREVIEW_LOCALES.includes(locale as PreviewLocale)) throw new PreviewRequestError('unsupported_locale', 400);
      session.setLocale(locale as string);
      return sendJson(response, 200, session.view());
    }
    case 'POST /api/example': {
      const { example } = await readJson(request);
      if (typeof example !== 'string' || !Object.prototype.hasOwnProperty.call(EXAMPLES, example)) {
        throw new PreviewRequestError('unknown_example', 400);
      }
      const { file, locale } = EXAMPLES[example as ExampleId];
      const workbook = await readWorkbookFile(file);
      session.open({ fileName: path.basename(file), example: example as ExampleId, sheets: workbook.sheets, locale });
      return sendJson(response, 200, session.view());
    }
    case 'POST /api/upload': {
      const fileName = uploadBaseName(url.searchParams.get('name') ?? '');
      if (fileName === '') throw new PreviewRequestError('bad_request', 400);
      const body = await readRequestBody(request, maxUploadBytes);
      if (body.tooLarge)
        throw new FileImportError('file_too_large', { fileName, sizeBytes: body.sizeBytes, maxBytes: maxUploadBytes });
      const workbook = await readWorkbookBuffer(fileName, body.data, { maxBytes: maxUploadBytes });
      const opened: OpenedWorkbook = {
        fileName,
        example: null,
        sheets: workbook.sheets,
        locale: guessLocale(workbook, session.locale() as PreviewLocale),
      };
      session.open(opened);
      return sendJson(response, 200, session.view());
    }
    case 'POST /api/panel': {
      const { panel } = await readJson(request);
      if (panel !== 'analysis' && panel !== 'exercise') throw new PreviewRequestError('bad_request', 400);
      session.showPanel(panel);
      return sendJson(response, 200, session.view());
    }
    case 'GET /download/exercise-student.xlsx':
    case 'GET /download/exercise-key.xlsx': {
      const rows = exerciseSettingsRows(session.spreadsheet());
      if (rows === null) throw new PreviewRequestError('not_found', 404);
      const exercise = fileExercise(optionsFromSettings(rows));
      const kind = url.pathname.endsWith('key.xlsx') ? 'key' : 'student';
      const name = `${exercise.options.topic}-${exercise.options.seed}-${kind}.xlsx`;
      response.writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      });
      const workbook = kind === 'key' ? keyWorkbook(exercise) : studentWorkbook(exercise);
      await workbook.xlsx.write(response);
      response.end();
      return;
    }
    case 'GET /download.xlsx': {
      const name = `${session.fileName().replace(/\.[^.]*$/, '')} - Client Portfolio.xlsx`;
      response.writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        'cache-control': 'no-store',
      });
      return writeWorkbookXlsx(session.spreadsheet(), response);
    }
    case 'GET /favicon.ico':
      return send(response, 200, 'image/svg+xml', assets.favicon, { 'cache-control': 'max-age=86400' });
    default:
      throw new PreviewRequestError('not_found', 404);
  }
}

/**
 * The shim the sidebar page gets: calls posted to `CALL_PATH`, and once each
 * is answered, a message to the page so that it redraws the spreadsheet.
 */
const SIDEBAR_SHIM = googleScriptShim({
  transport:
    `function (name, args) { return (${fetchTransport(CALL_PATH)})(name, args).then(function (reply) { ` +
    `window.parent.postMessage({ type: ${JSON.stringify(SCRIPT_RUN_MESSAGE)}, name: name }, window.location.origin); ` +
    `return reply; }); }`,
});

/** The page runs only its own script and styles; the sidebar frame comes from the same server. */
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'none'";

/** Refuses a POST sent by another site's page (its `Origin` is not this server's). */
function checkSameOrigin(request: http.IncomingMessage): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  const host = request.headers.host ?? '';
  if (origin !== `http://${host}`) throw new PreviewRequestError('bad_request', 403);
}

async function readJson(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readRequestBody(request, JSON_BODY_LIMIT);
  if (body.tooLarge) throw new PreviewRequestError('bad_request', 413);
  try {
    const parsed: unknown = JSON.parse(body.data.toString('utf8'));
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new PreviewRequestError('bad_request', 400);
}

function errorReply(error: unknown): { status: number; reply: ErrorReply } {
  if (error instanceof FileImportError) {
    const status = error.code === 'file_too_large' ? 413 : 400;
    return {
      status,
      reply: {
        error: { code: error.code, message: { fr: error.localizedMessage('fr'), en: error.localizedMessage('en') } },
      },
    };
  }
  const [status, code]: [number, PreviewErrorCode] =
    error instanceof PreviewRequestError
      ? [error.status, error.code]
      : error instanceof UnknownSheetError
        ? [404, 'unknown_sheet']
        : [500, 'internal'];
  return { status, reply: { error: { code, message: previewTextInBoth(`error_${code}`) } } };
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function send(
  response: http.ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(body);
}
