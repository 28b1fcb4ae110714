// At first start: whose computer this is. The key is made for that role, and the role decides which
// workspace opens from then on (an expert's scores, or the office's preparation and results).
import { Radio } from 'antd';
import { useApp } from './app-context';

export type Role = 'expert' | 'office';
const ROLES: readonly Role[] = ['expert', 'office'];

export function RoleChoice({ value, onChange }: { value: Role; onChange: (role: Role) => void }) {
  const { t } = useApp();
  return (
    <div className="rd-field">
      <span className="rd-field-label" id="rd-role-label">
        {t('officeWorkspace.role.question')}
      </span>
      <Radio.Group
        aria-labelledby="rd-role-label"
        optionType="button"
        buttonStyle="solid"
        value={value}
        onChange={(event) => onChange(event.target.value as Role)}
        options={ROLES.map((role) => ({ value: role, label: t(`officeWorkspace.role.${role}`) }))}
      />
      <p className="rd-help">{t(`officeWorkspace.role.${value}Help`)}</p>
    </div>
  );
}
