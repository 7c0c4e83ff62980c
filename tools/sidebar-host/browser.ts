/**
 * Opening the built sidebar in headless Chromium (playwright-core), with the
 * `google.script` shim answered in Node by a server (the real bundle in the
 * emulator). Used by the browser tests and by `tools/preview/screenshots.ts`.
 * Never downloads a browser: it uses Debian's Chromium or `CHROMIUM_PATH`.
 */
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { answerCall, bindingTransport, googleScriptShim, type ScriptServer } from './index.mjs';

/** Flags for headless runs without network side traffic. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to run: `CHROMIUM_PATH`, else the first of the usual paths that exists. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  const found = CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (found === undefined) {
    throw new Error(`no Chromium found: set CHROMIUM_PATH or install one of ${CHROMIUM_CANDIDATES.join(', ')}`);
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}

/** Address the page is served at (fulfilled in the browser, no network). */
export const SIDEBAR_URL = 'https://sidebar.test/';

/** Name of the page binding the shim's transport calls. */
const BINDING = '__googleScriptRun';

export interface OpenOptions {
  /** The built sidebar page. */
  html: string;
  server: ScriptServer;
  /** Browser locale, which picks the language shown before the server answers. Default `en-US`. */
  locale?: string;
  /** Viewport width in CSS pixels; Sheets' sidebar is 300. */
  width?: number;
  height?: number;
  /** Device pixels per CSS pixel (2 for sharp screenshots). Default 1. */
  deviceScaleFactor?: number;
}

export interface OpenedSidebar {
  page: Page;
  /** Messages of every `alert`/`confirm`/`prompt` the page opened (each is dismissed). */
  dialogs: string[];
  /** Uncaught errors of the page. */
  pageErrors: string[];
  /** Names of the server functions called, in order. */
  calls: string[];
}

/**
 * Opens the sidebar in a new page of `browser`: every request other than the
 * page itself is refused, the shim is installed before the page's scripts.
 */
export async function openSidebar(browser: Browser, options: OpenOptions): Promise<OpenedSidebar> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 300, height: options.height ?? 900 },
    locale: options.locale ?? 'en-US',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  const page = await context.newPage();
  const opened: OpenedSidebar = { page, dialogs: [], pageErrors: [], calls: [] };
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => opened.pageErrors.push(error.message));
  await page.route('**/*', (route) =>
    route.request().url() === SIDEBAR_URL
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: options.html })
      : route.abort('blockedbyclient'),
  );
  await page.exposeFunction(BINDING, (name: string, args: unknown[]) => {
    opened.calls.push(name);
    return answerCall(options.server, name, args);
  });
  await page.addInitScript({ content: googleScriptShim({ transport: bindingTransport(BINDING) }) });
  await page.goto(SIDEBAR_URL);
  return opened;
}
