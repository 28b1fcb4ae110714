// The ways bytes cross between the UI and the host outside the JSON contract, in terms every binding shares:
// reading a document of an opened session by its hash (the local web host serves `GET /api/documents/<sha256>`,
// Electron will serve the same through app://), handing the host a file the user dropped into the browser
// (`POST /api/uploads`, which answers with a path for openSession or readStandard), and the standard's Excel
// template as a download (`GET /api/templates/standard.xlsx`). Documents are the counties' files, so the host
// names their type only from a short allow-list the UI asks for: an unlisted type, or none, is served as
// opaque bytes, never as something a browser would run.
import { z } from 'zod';
import type { Locale } from '../i18n/translate';

export const DOCUMENT_CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];
export const OPAQUE_CONTENT_TYPE = 'application/octet-stream';

/** The type to serve for what the UI asked (`?type=`): an allowed type as it is, anything else as opaque bytes. */
export function servedContentType(requested: string | null | undefined): DocumentContentType | typeof OPAQUE_CONTENT_TYPE {
  const wanted = (requested ?? '').trim().toLowerCase();
  return DOCUMENT_CONTENT_TYPES.find((type) => type === wanted) ?? OPAQUE_CONTENT_TYPE;
}

const BY_EXTENSION: Readonly<Record<string, DocumentContentType>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The type the UI asks for, from the file name the county gave the document (the session lists it); null when not allowed. */
export function contentTypeForFileName(fileName: string): DocumentContentType | null {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? null : (BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()] ?? null);
}

export const DOCUMENTS_PATH = '/api/documents/';
export const SHA256_NAME = /^[0-9a-f]{64}$/;

/** The web host's address of a document's bytes, typed from its file name when that type is allowed. */
export function documentPath(sha256: string, fileName?: string): string {
  const type = fileName === undefined ? null : contentTypeForFileName(fileName);
  return `${DOCUMENTS_PATH}${sha256}${type === null ? '' : `?type=${encodeURIComponent(type)}`}`;
}

export const UPLOADS_PATH = '/api/uploads';
/** The dropped file's name, percent-encoded (HTTP headers carry only Latin-1; county file names are Chinese). */
export const UPLOAD_NAME_HEADER = 'x-file-name';
export const UPLOAD_CONTENT_TYPE = 'application/octet-stream';

/** What `POST /api/uploads` answers inside `{ ok: true, result }`. */
export const uploadResultSchema = z.object({
  /** Where the host keeps the bytes: pass it to openSession or readStandard. Removed once that call is done, or at the
   * next start. */
  path: z.string(),
  /** The name as sent, cleaned, for messages. */
  name: z.string(),
  size: z.number().int().nonnegative(),
});
export type UploadResult = z.infer<typeof uploadResultSchema>;

/**
 * `GET /api/templates/standard.xlsx[?locale=en-US]`: the Excel template for a creation standard, as a download
 * (the browser cannot be handed a path; Electron and the CLI use saveStandardTemplate instead). The workbook is
 * the same in every language, its headers are what the importer reads; the locale names the file.
 */
export const STANDARD_TEMPLATE_PATH = '/api/templates/standard.xlsx';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const TEMPLATE_FILE_NAMES: Readonly<Record<Locale, string>> = { 'zh-CN': '创建标准模板.xlsx', 'en-US': 'creation-standard-template.xlsx' };

export const standardTemplateFileName = (locale: Locale): string => TEMPLATE_FILE_NAMES[locale];

/** The route's address for the page's download link, naming the file in the user's language. */
export const standardTemplatePath = (locale: Locale): string => `${STANDARD_TEMPLATE_PATH}?locale=${encodeURIComponent(locale)}`;
