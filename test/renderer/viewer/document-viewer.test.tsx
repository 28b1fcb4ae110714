// @vitest-environment happy-dom
// The document viewer: which view a file name gets, DOCX shown as its raw text (a real DOCX through
// mammoth's browser bundle), text that looks like HTML shown as characters, and failures (a damaged PDF,
// an unsupported type) in plain words with the new-tab fallback. Drawing PDF pages needs a real browser:
// test/e2e/expert-flow.e2e.test.ts covers it.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SessionDocument } from '../../../shared/files/session-payload';
import { translate, type MessageKey } from '../../../shared/i18n/translate';
import { documentKind } from '../../../renderer/src/viewer/document-kind';
import { DocumentViewer } from '../../../renderer/src/viewer/DocumentViewer';
import { fakeHost, renderScreen } from '../app/app-harness';
import { newDatabase } from '../db/expert-db-fixture';
import { docxBytes } from './docx-fixture';

// A damaged PDF as pdfjs reports it; the real engine needs a worker and a canvas that happy-dom lacks.
vi.mock('../../../renderer/src/viewer/pdf-engine', () => ({
  loadPdf: () => ({ promise: Promise.reject(new Error('Invalid PDF structure.')), destroy: () => Promise.resolve() }),
}));

const zh = (key: MessageKey, params: Record<string, string | number> = {}): string => translate('zh-CN', key, params);

const MARKUP = '<img src="x" onerror="alert(1)"><script>alert(2)</script><b>bold</b>';

function sessionDocument(fileName: string): SessionDocument {
  return { role: 'applicationForm', title: 'Application form', fileName, sha256: 'a'.repeat(64), size: 100 };
}

function hostServing(bytes: Uint8Array<ArrayBuffer> | string): ReturnType<typeof fakeHost> {
  const host = fakeHost();
  host.fetchDocument.mockResolvedValue(new Blob([bytes]));
  return host;
}

describe('documentKind', () => {
  it('chooses the view from the file name, case-insensitively', () => {
    expect(documentKind('plan.PDF')).toBe('pdf');
    expect(documentKind('photo.png')).toBe('image');
    expect(documentKind('photo.JPEG')).toBe('image');
    expect(documentKind('photo.jpg')).toBe('image');
    expect(documentKind('form.docx')).toBe('docx');
    expect(documentKind('note.txt')).toBe('text');
    expect(documentKind('old.doc')).toBe('unsupported');
    expect(documentKind('archive.zip')).toBe('unsupported');
    expect(documentKind('no-extension')).toBe('unsupported');
  });
});

describe('DocumentViewer', () => {
  it('shows a DOCX as its text, and markup in it as characters', async () => {
    const host = hostServing(await docxBytes(['Walking on imported air', MARKUP]));
    const { container } = renderScreen(<DocumentViewer document={sessionDocument('form.docx')} />, { host, db: newDatabase() });
    const text = await screen.findByTestId('viewer-text', undefined, { timeout: 5000 });
    expect(text.textContent).toContain('Walking on imported air');
    expect(text.textContent).toContain(MARKUP);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(host.fetchDocument).toHaveBeenCalledWith('a'.repeat(64), 'form.docx');
  });

  it('shows a text file as text, markup included, never as HTML', async () => {
    const host = hostServing(`line one\n${MARKUP}\n`);
    const { container } = renderScreen(<DocumentViewer document={sessionDocument('note.txt')} />, { host, db: newDatabase() });
    const text = await screen.findByTestId('viewer-text');
    expect(text.textContent).toBe(`line one\n${MARKUP}\n`);
    expect(container.querySelector('img, script, b')).toBeNull();
  });

  it('says a damaged DOCX cannot be shown and offers the new tab', async () => {
    const host = hostServing('not a zip file');
    renderScreen(<DocumentViewer document={sessionDocument('form.docx')} />, { host, db: newDatabase() });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('无法显示材料“Application form”'), { timeout: 5000 });
    expect(screen.getByRole('button', { name: zh('expertSession.ui.viewer.openInTab') })).toBeTruthy();
  });

  it('says a damaged PDF cannot be shown, and the new tab still opens it', async () => {
    const host = hostServing('%PDF-1.7 garbage');
    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    renderScreen(<DocumentViewer document={sessionDocument('plan.pdf')} />, { host, db: newDatabase() });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Invalid PDF structure.'), { timeout: 5000 });
    expect(screen.getByTestId('document-viewer').dataset.kind).toBe('pdf');
    fireEvent.click(screen.getByRole('button', { name: zh('expertSession.ui.viewer.openInTab') }));
    await waitFor(() => expect(opened).toHaveBeenCalledOnce());
    expect(String(opened.mock.calls[0]?.[0])).toMatch(/^blob:/);
    opened.mockRestore();
  });

  it('does not fetch a type it cannot show, and offers the new tab', () => {
    const host = fakeHost();
    renderScreen(<DocumentViewer document={sessionDocument('old.doc')} />, { host, db: newDatabase() });
    expect(screen.getByRole('alert').textContent).toContain(zh('expertSession.ui.viewer.unsupported', { fileName: 'old.doc' }));
    expect(screen.getByRole('button', { name: zh('expertSession.ui.viewer.openInTab') })).toBeTruthy();
    expect(host.fetchDocument).not.toHaveBeenCalled();
  });

  it('draws an image into a canvas from its bitmap, with no blob: URL', async () => {
    const draw = vi.fn();
    const close = vi.fn();
    vi.stubGlobal('createImageBitmap', vi.fn(() => Promise.resolve({ width: 20, height: 10, close })));
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage: draw } as unknown as CanvasRenderingContext2D);
    const createUrl = vi.spyOn(URL, 'createObjectURL');
    const host = hostServing(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const view = renderScreen(<DocumentViewer document={sessionDocument('photo.png')} />, { host, db: newDatabase() });
    const canvas = await screen.findByTestId<HTMLCanvasElement>('viewer-image');
    await waitFor(() => expect(draw).toHaveBeenCalledOnce());
    expect([canvas.width, canvas.height]).toEqual([20, 10]);
    expect(createUrl).not.toHaveBeenCalled();
    view.unmount();
    expect(close).toHaveBeenCalledOnce();
    getContext.mockRestore();
    createUrl.mockRestore();
    vi.unstubAllGlobals();
  });
});
