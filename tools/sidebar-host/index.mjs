/**
 * Hosting the built sidebar outside Apps Script: the `google.script` shim
 * (page side), the answer to its calls (Node side) and an HTTP handler
 * serving both. Independent of any browser driver.
 */
export { DEFAULT_ORIGIN, bindingTransport, fetchTransport, googleScriptShim, withScript } from './shim.mjs';
export { answerCall, wireValue } from './answer.mjs';
export { sidebarRequestHandler } from './http.mjs';
