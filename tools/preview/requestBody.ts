/**
 * Reading a request body with a size limit. The body is always read to its
 * end (bytes past the limit are counted, then dropped), so that the server
 * can answer "too large" on a clean connection instead of cutting it.
 */
import type { IncomingMessage } from 'node:http';

export interface RequestBody {
  /** The bytes received, or the first `maxBytes + 1` of them when `tooLarge`. */
  data: Buffer;
  /** Total size of the body in bytes. */
  sizeBytes: number;
  tooLarge: boolean;
}

export function readRequestBody(request: IncomingMessage, maxBytes: number): Promise<RequestBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let sizeBytes = 0;
    request.on('data', (chunk: Buffer) => {
      sizeBytes += chunk.length;
      if (kept > maxBytes) return;
      chunks.push(chunk);
      kept += chunk.length;
    });
    request.on('end', () => resolve({ data: Buffer.concat(chunks), sizeBytes, tooLarge: sizeBytes > maxBytes }));
    request.on('error', reject);
  });
}
