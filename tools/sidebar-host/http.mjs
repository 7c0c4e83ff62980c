/**
 * A request handler for `node:http` serving a built sidebar page with the
 * shim, calls going through `fetch` to `callPath` and answered by the server code.
 */
import { answerCall } from './answer.mjs';
import { fetchTransport, googleScriptShim, withScript } from './shim.mjs';

/**
 * @param {object} options
 * @param {() => string | Promise<string>} options.page the sidebar HTML, read on each request (e.g. dist/sidebar.html)
 * @param {{ call(name: string, ...args: unknown[]): unknown }} options.server answers the calls
 * @param {string} [options.pagePath] where the page is served, default `/`
 * @param {string} [options.callPath] where the calls are posted, default `/__google_script_run`
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => Promise<boolean>}
 *   resolves to `false` when the request is for neither path (the caller answers it)
 */
export function sidebarRequestHandler({ page, server, pagePath = '/', callPath = '/__google_script_run' }) {
  const shim = googleScriptShim({ transport: fetchTransport(callPath) });
  return async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'GET' && path === pagePath) {
      send(response, 200, 'text/html; charset=utf-8', withScript(await page(), shim));
      return true;
    }
    if (request.method === 'POST' && path === callPath) {
      const { name, args } = JSON.parse(await readBody(request));
      const reply = await answerCall(server, String(name), Array.isArray(args) ? args : []);
      send(response, 200, 'application/json; charset=utf-8', JSON.stringify(reply));
      return true;
    }
    return false;
  };
}

function send(response, status, type, body) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
