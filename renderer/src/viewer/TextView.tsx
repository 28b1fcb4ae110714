// Plain text (a .txt document, or the raw text mammoth extracted from a DOCX) as React text nodes: whatever
// the file holds, including markup, is shown as characters and never parsed as HTML.
export function TextView({ text, label }: { text: string; label: string }) {
  return (
    <pre className="rd-viewer-text" aria-label={label} data-testid="viewer-text">
      {text}
    </pre>
  );
}
