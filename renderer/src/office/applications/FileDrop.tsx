// A place to drop files or choose them with the file dialog (several at once), in the look the other steps
// use. The browser's own file button speaks the browser's language, so the label acts as the button.
import { useState, type DragEvent, type ReactNode } from 'react';

export interface FileDropProps {
  id: string;
  /** The line inside the drop area. */
  prompt: string;
  /** The button's text; the input is found by it. */
  button: string;
  accept?: string;
  disabled: boolean;
  onFiles: (files: File[]) => void;
  testId?: string;
  children?: ReactNode;
}

export function FileDrop({ id, prompt, button, accept, disabled, onFiles, testId, children }: FileDropProps) {
  const [dragging, setDragging] = useState(false);
  const take = (list: FileList | null): void => {
    const files = list ? [...list] : [];
    if (files.length > 0 && !disabled) onFiles(files);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  };
  return (
    <div
      className={`rd-drop${dragging ? ' rd-drop-active' : ''}`}
      data-testid={testId}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p>{prompt}</p>
      <label htmlFor={id} className="rd-file-label">
        {button}
      </label>
      <input
        id={id}
        className="rd-file-input"
        type="file"
        multiple
        {...(accept === undefined ? {} : { accept })}
        disabled={disabled}
        onChange={(event) => {
          take(event.target.files);
          // Cleared so choosing the same files again (after a county re-sends them) fires again.
          event.target.value = '';
        }}
      />
      {children}
    </div>
  );
}
