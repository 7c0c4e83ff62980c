/**
 * The `google.script` shim as page source text: `google.script.run` and
 * `google.script.host` for the built sidebar outside Apps Script. The calls
 * go through a *transport*, a page-side function `(name, args) → Promise<Reply>`
 * (see `pageShim.js` for the reply shape and the behaviour reproduced).
 * No dependency on a browser driver: the tests inject this text with
 * playwright, the local preview serves it in the page.
 */
import fs from 'node:fs';

// The file is one function expression; the formatter ends it with a semicolon, which a call after it must not follow.
const PAGE_SHIM = fs
  .readFileSync(new URL('./pageShim.js', import.meta.url), 'utf8')
  .trim()
  .replace(/;$/, '');

/** `google.script.host.origin` in Sheets. */
export const DEFAULT_ORIGIN = 'https://docs.google.com';

/**
 * Source of a script installing `google.script` in the page.
 * @param {{ transport: string, origin?: string }} options
 *   `transport`: page-side JS expression evaluating to the transport function
 *   (see `bindingTransport`, `fetchTransport`); `origin`: `google.script.host.origin`.
 * @returns {string}
 */
export function googleScriptShim({ transport, origin = DEFAULT_ORIGIN }) {
  return `${PAGE_SHIM}(${transport}, ${JSON.stringify({ origin })});\n`;
}

/**
 * A transport calling the page function `window[bindingName](name, args)`,
 * which must resolve to a reply (e.g. a playwright `exposeFunction` binding
 * answering with `answerCall`).
 * @param {string} bindingName
 */
export function bindingTransport(bindingName) {
  return `function (name, args) { return window[${JSON.stringify(bindingName)}](name, args); }`;
}

/**
 * A transport posting `{ name, args }` as JSON to `url`, whose JSON response is the reply.
 * @param {string} url
 */
export function fetchTransport(url) {
  return (
    `function (name, args) { return fetch(${JSON.stringify(url)}, { method: 'POST', ` +
    `headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: name, args: args }) })` +
    `.then(function (response) { return response.json(); }); }`
  );
}

/**
 * The page with `script` as the first script of its `<head>`, so that it
 * runs before the page's own scripts. `</script` inside it is escaped.
 * @param {string} html
 * @param {string} script
 */
export function withScript(html, script) {
  const tag = `<script>${script.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head === null) return tag + html;
  const end = head.index + head[0].length;
  return html.slice(0, end) + tag + html.slice(end);
}
