/** Types of `index.mjs`, for TypeScript callers. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What answers the calls: e.g. the emulator's loaded bundle. */
export interface ScriptServer {
  call(name: string, ...args: unknown[]): unknown;
}

/** What the transport resolves to in the page, and what `answerCall` gives. */
export type Reply = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };

/** `google.script.host.origin` in Sheets. */
export declare const DEFAULT_ORIGIN: string;

/**
 * Source of a script installing `google.script.run` and `google.script.host` in the page.
 * `transport` is a page-side JS expression evaluating to `(name, args) => Promise<Reply>`.
 */
export declare function googleScriptShim(options: { transport: string; origin?: string }): string;

/** Transport source calling `window[bindingName](name, args)` (e.g. a playwright `exposeFunction`). */
export declare function bindingTransport(bindingName: string): string;

/** Transport source posting `{ name, args }` as JSON to `url`, whose JSON response is the reply. */
export declare function fetchTransport(url: string): string;

/** The page with `script` first in its `<head>`. */
export declare function withScript(html: string, script: string): string;

/** Answers one call with the server: its value as `google.script.run` carries it, or its error message. */
export declare function answerCall(server: ScriptServer, name: string, args: unknown[]): Promise<Reply>;

/** A result as the page receives it: `null` when it holds a `Date`, else a JSON copy. */
export declare function wireValue(value: unknown): unknown;

/** `node:http` handler serving the page (GET `pagePath`) and the calls (POST `callPath`); `false` for other requests. */
export declare function sidebarRequestHandler(options: {
  page: () => string | Promise<string>;
  server: ScriptServer;
  pagePath?: string;
  callPath?: string;
}): (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;
