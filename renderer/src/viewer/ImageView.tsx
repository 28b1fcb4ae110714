// A PNG or JPEG drawn into a canvas from the decoded bitmap. An <img> would need a blob: URL, which the
// page's CSP refuses (img-src falls back to default-src 'self', and 'self' does not match blob:);
// createImageBitmap needs no URL at all.
import { useEffect, useRef } from 'react';

export interface ImageViewProps {
  blob: Blob;
  label: string;
  onError: (cause: unknown) => void;
}

export function ImageView({ blob, label, onError }: ImageViewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let live = true;
    let bitmap: ImageBitmap | null = null;
    void createImageBitmap(blob).then(
      (decoded) => {
        bitmap = decoded;
        const target = canvas.current;
        if (!live || !target) return;
        target.width = decoded.width;
        target.height = decoded.height;
        target.getContext('2d')?.drawImage(decoded, 0, 0);
      },
      (cause: unknown) => live && onError(cause),
    );
    return () => {
      live = false;
      bitmap?.close();
    };
  }, [blob, onError]);
  return <canvas ref={canvas} className="rd-viewer-image" role="img" aria-label={label} data-testid="viewer-image" />;
}
