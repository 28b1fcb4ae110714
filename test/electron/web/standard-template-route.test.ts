// `GET /api/templates/standard.xlsx`: the creation standard's template as a download, behind the same host,
// origin and token checks as the API, named in the user's language (RFC 6266/5987), never cached, and bytes
// that Excel (here exceljs and our own importer) opens as the template.
import ExcelJS from 'exceljs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStandardBytes } from '../../../electron/standard/load-standard-file';
import { sampleStandard } from '../../../electron/standard/xlsx-template';
import { attachmentDisposition } from '../../../electron/web/template-route';
import { STANDARD_TEMPLATE_PATH, standardTemplatePath, XLSX_CONTENT_TYPE } from '../../../shared/contract/document-routes';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { rawRequest } from './raw-http';
import { startFixture, TOKEN, type Fixture } from './web-host-fixture';

const bearer = { authorization: `Bearer ${TOKEN}` };
let fixture: Fixture;
let port: number;
beforeAll(async () => {
  fixture = await startFixture();
  port = fixture.host.port;
});
afterAll(() => fixture.host.close());

/** Status, headers and the body as bytes (rawRequest decodes bodies as text). */
function fetchBytes(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the standard template route', () => {
  it('needs the token, the right host and this origin, like the API', async () => {
    expect((await rawRequest(port, { path: STANDARD_TEMPLATE_PATH })).status).toBe(401);
    expect((await rawRequest(port, { path: STANDARD_TEMPLATE_PATH, headers: { ...bearer, host: `evil.example:${port}` } })).status).toBe(403);
    expect((await rawRequest(port, { path: STANDARD_TEMPLATE_PATH, headers: { ...bearer, 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    // The token in the query is for the printed page link only, not for API routes.
    expect((await rawRequest(port, { path: `${STANDARD_TEMPLATE_PATH}?token=${TOKEN}` })).status).toBe(401);
  });

  it('serves an .xlsx download named in Chinese, not cached, that opens as the template', async () => {
    const response = await fetchBytes(standardTemplatePath('zh-CN'), { ...bearer, 'sec-fetch-site': 'same-origin' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-length']).toBe(String(response.body.length));
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="standard-template.xlsx"; filename*=UTF-8''${encodeURIComponent('创建标准模板.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(response.body).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['指标', '设置', '说明']);
    const { standard } = await loadStandardBytes(response.body, 'download.xlsx');
    expect(standard && fingerprintOf(standard)).toBe(fingerprintOf(sampleStandard()));
  });

  it('names the file in English when asked, by the query or else by Accept-Language', async () => {
    const english = `attachment; filename="standard-template.xlsx"; filename*=UTF-8''creation-standard-template.xlsx`;
    const byQuery = await rawRequest(port, { method: 'HEAD', path: standardTemplatePath('en-US'), headers: bearer });
    expect(byQuery.status).toBe(200);
    expect(byQuery.text).toBe('');
    expect(byQuery.headers['content-disposition']).toBe(english);
    const byHeader = await rawRequest(port, { method: 'HEAD', path: `${STANDARD_TEMPLATE_PATH}?locale=fr-FR`, headers: { ...bearer, 'accept-language': 'en-US,en' } });
    expect(byHeader.headers['content-disposition']).toBe(english);
  });

  it('answers only GET and HEAD', async () => {
    const posted = await rawRequest(port, { method: 'POST', path: STANDARD_TEMPLATE_PATH, headers: { ...bearer, 'content-type': 'application/json' }, body: '{}' });
    expect(posted.status).toBe(405);
    expect(posted.headers['allow']).toBe('GET, HEAD');
  });
});

describe('attachmentDisposition', () => {
  it("percent-encodes what RFC 5987's attr-char leaves out, including ' ( ) *", () => {
    expect(attachmentDisposition("标准 (副本)'*.xlsx", 'x.xlsx')).toBe(`attachment; filename="x.xlsx"; filename*=UTF-8''%E6%A0%87%E5%87%86%20%28%E5%89%AF%E6%9C%AC%29%27%2A.xlsx`);
  });
});
