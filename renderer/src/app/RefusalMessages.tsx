// A refusal as the host gave it: the first message says what is wrong and what to do, in words for the
// expert; what follows (which zip entry failed its CRC, which hash differed) is for whoever investigates, so
// it is folded away rather than put in front of someone who only needs to ask the office for a new copy.
import { useApp } from './app-context';

export function RefusalMessages({ messages }: { messages: readonly string[] }) {
  const { t } = useApp();
  const [headline, ...details] = messages;
  return (
    <div className="rd-refusal">
      {headline !== undefined && <p>{headline}</p>}
      {details.length > 0 && (
        <details data-testid="refusal-details">
          <summary>{t('expertSession.ui.refusal.details', { count: details.length })}</summary>
          <ul>
            {details.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
