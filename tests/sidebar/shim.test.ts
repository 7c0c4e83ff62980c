/**
 * The `google.script` shim of tools/sidebar-host, in Chromium, answered by a
 * small recording server (these tests are about the shim, not the add-on).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openSidebar, type OpenedSidebar } from '../../tools/sidebar-host/browser';
import { sidebarRequestHandler, wireValue } from '../../tools/sidebar-host/index.mjs';

const PAGE =
  '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><form id="f"><input name="a" value="1"><input name="b" value="x"><input name="b" value="y"></form></body></html>';

/** A server that records its calls: `echo` returns its arguments, `today` a Date, `fail` throws. */
function recordingServer() {
  const received: Array<{ name: string; args: unknown[] }> = [];
  return {
    received,
    call(name: string, ...args: unknown[]) {
      received.push({ name, args });
      if (name === 'echo') return args;
      if (name === 'today') return { when: new Date(0), label: 'x' };
      if (name === 'fail') throw new Error('Le montant est vide');
      throw new Error(`unknown function ${name}`);
    },
  };
}

/** Runs `body` in the page; it gets `run` (google.script.run) and `done(value)` to resolve. */
function inPage(page: Page, body: string): Promise<unknown> {
  return page.evaluate(`new Promise((done) => { const run = google.script.run; ${body} })`);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 30_000);
afterAll(async () => {
  await browser?.close();
});

describe('google.script.run shim (page binding)', () => {
  let sidebar: OpenedSidebar;
  let server: ReturnType<typeof recordingServer>;
  beforeAll(async () => {
    server = recordingServer();
    sidebar = await openSidebar(browser, { html: PAGE, server });
  }, 30_000);

  it('calls any server function by name, with chained handlers and the user object', async () => {
    const outcome = await inPage(
      sidebar.page,
      `run.withUserObject({ tag: 7 }).withFailureHandler(done).withSuccessHandler((value, user) => done({ value, user })).echo(1, 'a', { list: [1, undefined], skip: undefined });`,
    );
    expect(outcome).toEqual({ value: [1, 'a', { list: [1, null] }], user: { tag: 7 } });
    expect(server.received.at(-1)).toEqual({ name: 'echo', args: [1, 'a', { list: [1, null] }] });
  });

  it('is asynchronous and returns nothing', async () => {
    const outcome = await inPage(
      sidebar.page,
      `let called = false; const returned = run.withSuccessHandler(() => { called = true; done({ returned, calledAtOnce }); }).echo(); const calledAtOnce = called;`,
    );
    expect(outcome).toEqual({ calledAtOnce: false });
  });

  it('gives each chain its own handlers, so a runner can be kept and reused', async () => {
    const outcome = await inPage(
      sidebar.page,
      `const first = run.withSuccessHandler(() => done('first'));
       run.withSuccessHandler(() => done('second'));
       first.echo();`,
    );
    expect(outcome).toBe('first');
  });

  it('leaves google.script.run itself without handlers', async () => {
    const outcome = await inPage(
      sidebar.page,
      `run.withSuccessHandler(() => done('handler called'));
       run.echo();
       setTimeout(() => done('no handler'), 300);`,
    );
    expect(outcome).toBe('no handler');
  });

  it('refuses Dates, functions, DOM elements and circular objects in arguments, before any call', async () => {
    const before = server.received.length;
    const messages = await sidebar.page.evaluate(() => {
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      const values: unknown[] = [new Date(), { when: new Date() }, () => 1, document.body, cyclic];
      const run = (window as unknown as { google: { script: { run: { echo: (...args: unknown[]) => void } } } }).google
        .script.run;
      return values.map((value) => {
        try {
          run.echo(value);
          return 'accepted';
        } catch (error) {
          return (error as Error).message;
        }
      });
    });
    expect(messages).toEqual([
      'Failed due to illegal value in property: 0',
      'Failed due to illegal value in property: when',
      'Failed due to illegal value in property: 0',
      'Failed due to illegal value in property: 0',
      'Failed due to illegal value in property: self',
    ]);
    expect(server.received.length).toBe(before);
  });

  it('passes a form as an object of its fields', async () => {
    const outcome = await inPage(sidebar.page, `run.withSuccessHandler(done).echo(document.getElementById('f'));`);
    expect(outcome).toEqual([{ a: '1', b: ['x', 'y'] }]);
  });

  it('delivers a result holding a Date as null', async () => {
    const outcome = await inPage(sidebar.page, `run.withSuccessHandler((value) => done({ value })).today();`);
    expect(outcome).toEqual({ value: null });
  });

  it('gives the failure handler an Error with the server message and the user object', async () => {
    const outcome = await inPage(
      sidebar.page,
      `run.withSuccessHandler(() => done('success')).withUserObject('u').withFailureHandler((error, user) =>
        done({ isError: error instanceof Error, message: error.message, user })).fail();`,
    );
    expect(outcome).toEqual({ isError: true, message: 'Le montant est vide', user: 'u' });
  });

  it('logs a failure to the console when there is no failure handler', async () => {
    const logged = sidebar.page.waitForEvent('console', (message) => message.type() === 'error');
    await sidebar.page.evaluate(`google.script.run.fail()`);
    expect((await logged).text()).toContain('Le montant est vide');
  });

  it('offers google.script.host: origin, close and no-op sizing', async () => {
    const outcome = await sidebar.page.evaluate(`new Promise((done) => {
      const host = google.script.host;
      window.addEventListener('google-script-host-close', () => done(host.origin));
      host.setHeight(100); host.setWidth(300); host.editor.focus(); host.close();
    })`);
    expect(outcome).toBe('https://docs.google.com');
  });
});

describe('sidebarRequestHandler (fetch transport)', () => {
  let httpServer: http.Server;
  let baseUrl: string;
  const server = recordingServer();
  beforeAll(async () => {
    const handle = sidebarRequestHandler({ page: () => PAGE, server });
    httpServer = http.createServer((request, response) => {
      void handle(request, response).then((handled) => {
        if (!handled) response.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => httpServer.close(() => resolve())));

  it('serves the page with the shim and answers its calls over fetch', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${baseUrl}/`);
      const success = await inPage(page, `run.withSuccessHandler(done).echo({ n: 1.5, s: 'é' });`);
      const failure = await inPage(page, `run.withFailureHandler((error) => done(error.message)).fail();`);
      const dated = await inPage(page, `run.withSuccessHandler((value) => done({ value })).today();`);
      expect(success).toEqual([{ n: 1.5, s: 'é' }]);
      expect(failure).toBe('Le montant est vide');
      expect(dated).toEqual({ value: null });
    } finally {
      await page.close();
    }
  }, 30_000);

  it('does not handle other paths', async () => {
    const response = await fetch(`${baseUrl}/other`);
    expect(response.status).toBe(404);
  });
});

describe('wireValue', () => {
  it('copies as JSON and turns a value holding a Date into null', () => {
    expect(wireValue({ a: [1, undefined], b: undefined })).toEqual({ a: [1, null] });
    expect(wireValue([{ when: new Date(0) }])).toBeNull();
    expect(wireValue(undefined)).toBeUndefined();
  });
});
