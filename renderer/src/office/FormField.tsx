// One labelled field with its message, as the expert's first-start form lays them out: the label names the
// control (so tests and screen readers find it by its text), the message is tied to it by aria-describedby
// and announced as an alert when it appears.
import { cloneElement, type ReactElement } from 'react';

export interface FormFieldProps {
  id: string;
  label: string;
  /** The message under the field; none when the value is fine. */
  error?: string | undefined;
  /** A line of help under the label. */
  help?: string | undefined;
  /** The control; it gets `id`, aria-invalid and aria-describedby. */
  children: ReactElement<Record<string, unknown>>;
}

export function FormField({ id, label, error, help, children }: FormFieldProps) {
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const describedBy = [help === undefined ? null : helpId, error === undefined ? null : errorId].filter((part) => part !== null).join(' ');
  return (
    <div className="rd-field">
      <label htmlFor={id}>{label}</label>
      {help !== undefined && (
        <p id={helpId} className="rd-help">
          {help}
        </p>
      )}
      {cloneElement(children, { id, 'aria-invalid': error !== undefined, ...(describedBy === '' ? {} : { 'aria-describedby': describedBy }) })}
      {error !== undefined && (
        <p id={errorId} className="rd-field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
