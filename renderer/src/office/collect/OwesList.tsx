// 尚欠: who still owes which applications, one sentence per expert, so the clerk can ring round with it.
// Recused and unassigned applications are owed by nobody; an application the office excluded neither.
import { useApp } from '../../app/app-context';
import type { ExpertProgress } from './overview';

export function OwesList({ rows, counties }: { rows: readonly ExpertProgress[]; counties: ReadonlyMap<string, string> }) {
  const { t } = useApp();
  const owing = rows.filter((row) => row.owes.length > 0);
  return (
    <section aria-labelledby="rd-collect-owes-title" data-testid="owes">
      <h3 id="rd-collect-owes-title">{t('officeCollect.owes.title')}</h3>
      {owing.length === 0 ? (
        <p data-testid="owes-none">{t('officeCollect.owes.none')}</p>
      ) : (
        <ul className="rd-collect-owes">
          {owing.map((row) => (
            <li key={row.expert.expertId} data-testid="owes-line">
              {t('officeCollect.owes.line', { expert: row.expert.name, count: row.owes.length, list: row.owes.map((id) => counties.get(id) ?? id).join('、') })}
              {row.latest === null && t('officeCollect.owes.never')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
