/**
 * Calls from the page to the preview server. Every failure becomes a
 * `PreviewFailure` carrying the message in both languages, so that the
 * banner can follow the language switch.
 */
import type { Lang } from '../../../src/core/types';
import { previewTextInBoth } from '../../../src/core/i18n/previewTexts';
import type { ErrorReply, WorkbookView } from '../types';

export class PreviewFailure extends Error {
  constructor(readonly messages: Record<Lang, string>) {
    super(messages.en);
  }
}

export function fetchWorkbook(): Promise<WorkbookView> {
  return request('/api/workbook', { method: 'GET' });
}

/** POSTs `body` as JSON to an `/api/…` path; resolves to the new view. */
export function postJson(path: string, body: Record<string, string>): Promise<WorkbookView> {
  return request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** Sends a file's bytes; the server opens it in place of the current workbook. */
export function uploadFile(file: File): Promise<WorkbookView> {
  const path = `/api/upload?name=${encodeURIComponent(file.name)}`;
  return request(path, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: file });
}

async function request(path: string, init: RequestInit): Promise<WorkbookView> {
  let response: Response;
  let payload: unknown;
  try {
    response = await fetch(path, { ...init, cache: 'no-store' });
    payload = await response.json();
  } catch {
    throw new PreviewFailure(previewTextInBoth('networkError'));
  }
  if (!response.ok) {
    const error = (payload as Partial<ErrorReply>).error;
    if (error && typeof error.message?.fr === 'string' && typeof error.message.en === 'string')
      throw new PreviewFailure(error.message);
    throw new PreviewFailure(previewTextInBoth('error_internal'));
  }
  return payload as WorkbookView;
}
