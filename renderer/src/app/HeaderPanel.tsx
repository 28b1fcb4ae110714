// A button in the header that drops a panel down beneath it (我的信息与密钥, 本办公室密钥): focus goes into the
// panel when it opens and back to the button when it closes (its close button or Escape). Not antd's Modal,
// whose scroll lock injects a <style> without the page's CSP nonce, which the CSP blocks.
import { Button } from 'antd';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface HeaderPanelProps {
  label: string;
  title: string;
  closeLabel: string;
  /** Called each time the panel opens (to read its content afresh). */
  onOpen: () => void;
  children: ReactNode;
}

export function HeaderPanel({ label, title, closeLabel, onOpen, children }: HeaderPanelProps) {
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // A keyboard or screen-reader user lands on what just opened.
    if (open) panel.current?.focus();
  }, [open]);

  const close = (): void => {
    setOpen(false);
    opener.current?.focus();
  };
  const show = (): void => {
    setOpen(true);
    onOpen();
  };

  return (
    <div className="rd-my-key">
      <Button ref={opener} aria-expanded={open} onClick={() => (open ? close() : show())}>
        {label}
      </Button>
      {open && (
        <div
          ref={panel}
          className="rd-my-key-panel"
          role="dialog"
          aria-labelledby={titleId}
          tabIndex={-1}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <h2 id={titleId}>{title}</h2>
          {children}
          <Button onClick={close}>{closeLabel}</Button>
        </div>
      )}
    </div>
  );
}
