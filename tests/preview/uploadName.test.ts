/**
 * An uploaded file's name keeps no path: the page shows the base name and the
 * download header carries it (`../../x/evil.csv` → `evil.csv`).
 */
import { describe, expect, it } from 'vitest';
import { startPreview } from '../../tools/preview/server';
import type { WorkbookView } from '../../tools/preview/types';
import { uploadBaseName } from '../../tools/preview/uploadName';

describe('uploadBaseName', () => {
  it('keeps the last segment of a Unix or Windows path, trimmed', () => {
    expect(uploadBaseName('../../x/evil.csv')).toBe('evil.csv');
    expect(uploadBaseName('C:\\Users\\ana\\ventes.csv')).toBe('ventes.csv');
    expect(uploadBaseName(' ventes.csv ')).toBe('ventes.csv');
    expect(uploadBaseName('x/')).toBe('');
  });
});

describe('an upload whose name holds a path, over HTTP', () => {
  it('is shown and downloaded under its base name only', async () => {
    const server = await startPreview({ port: 0 });
    try {
      const body = Buffer.from('Client;Date;Montant\r\nAna;03/02/2025;12,50\r\nBen;04/02/2025;20\r\n', 'utf8');
      const name = encodeURIComponent('../../x/evil.csv');
      const upload = await fetch(`${server.url}/api/upload?name=${name}`, { method: 'POST', body });
      expect(upload.status).toBe(200);
      expect(((await upload.json()) as WorkbookView).fileName).toBe('evil.csv');
      const download = await fetch(`${server.url}/download.xlsx`);
      expect(download.status).toBe(200);
      const disposition = download.headers.get('content-disposition') ?? '';
      expect(disposition).toBe(
        `attachment; filename="evil - Client Portfolio.xlsx"; filename*=UTF-8''evil%20-%20Client%20Portfolio.xlsx`,
      );
      expect(disposition).not.toMatch(/\.\.|%2F|\//);
      await download.arrayBuffer();
      const onlySlashes = await fetch(`${server.url}/api/upload?name=${encodeURIComponent('../')}`, {
        method: 'POST',
        body,
      });
      expect(onlySlashes.status).toBe(400);
    } finally {
      await server.close();
    }
  });
});
