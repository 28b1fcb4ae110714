// The screen after a key is made at first start (the expert's or the office's): its fingerprint large, in
// groups of four, for the other side to write down, and the way on.
import { Button } from 'antd';
import { Fingerprint } from './Fingerprint';

export interface KeyMadeProps {
  fingerprint: string;
  title: string;
  help: string;
  continueLabel: string;
  onDone: () => void;
}

export function KeyMade({ fingerprint, title, help, continueLabel, onDone }: KeyMadeProps) {
  return (
    <section className="rd-screen" aria-labelledby="rd-first-fingerprint">
      <h2 id="rd-first-fingerprint">{title}</h2>
      <p>{help}</p>
      <Fingerprint hex={fingerprint} testId="key-fingerprint" />
      <Button type="primary" size="large" onClick={onDone} autoFocus>
        {continueLabel}
      </Button>
    </section>
  );
}
