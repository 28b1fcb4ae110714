// How the viewer shows a document, from the file name the county gave it (the session lists it; the host
// serves the bytes with the matching type only for the same allow-list). Plain text is shown too, because the
// demo session's stand-in documents are .txt files; anything else is offered in a new tab.
import { contentTypeForFileName } from '../../../shared/contract/document-routes';

export type DocumentKind = 'pdf' | 'image' | 'docx' | 'text' | 'unsupported';

export function documentKind(fileName: string): DocumentKind {
  const type = contentTypeForFileName(fileName);
  if (type === 'application/pdf') return 'pdf';
  if (type === 'image/png' || type === 'image/jpeg') return 'image';
  if (type !== null) return 'docx';
  return /\.txt$/i.test(fileName) ? 'text' : 'unsupported';
}
