// A DOCX as its raw text only (mammoth's extractRawText from the browser bundle): no HTML conversion, so no
// markup, links or images from the file reach the page. Loaded lazily, with mammoth, when a DOCX is opened.
import mammoth from 'mammoth/mammoth.browser.js';
import { useEffect, useState } from 'react';
import { TextView } from './TextView';

export interface DocxViewProps {
  bytes: ArrayBuffer;
  label: string;
  loading: string;
  onError: (cause: unknown) => void;
}

export default function DocxView({ bytes, label, loading, onError }: DocxViewProps) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void mammoth.extractRawText({ arrayBuffer: bytes }).then(
      (result) => live && setText(result.value),
      (cause: unknown) => live && onError(cause),
    );
    return () => {
      live = false;
    };
  }, [bytes, onError]);
  return text === null ? <p>{loading}</p> : <TextView text={text} label={label} />;
}
