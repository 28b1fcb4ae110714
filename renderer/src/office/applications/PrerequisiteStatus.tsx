// An application's necessary conditions as the standard in use finds them: complete, or each unmet one with
// its reason (it is not scored). Without a standard yet there is nothing to check against, and it says so.
import { Typography } from 'antd';
import { checkPrerequisites } from '../../../../shared/office/prerequisite-check';
import type { DraftApplication } from '../../../../shared/office/session-draft';
import type { CompiledStandard } from '../../../../shared/standard/compile';
import { useApp } from '../../app/app-context';

export function PrerequisiteStatus({ application, compiled }: { application: DraftApplication; compiled: CompiledStandard | null }) {
  const { t } = useApp();
  if (compiled === null) return <Typography.Text type="secondary">{t('officeApplications.prerequisite.noStandard')}</Typography.Text>;
  const { missing } = checkPrerequisites(compiled, application.documents);
  if (missing.length === 0) return <Typography.Text type="success">{t('officeApplications.prerequisite.met')}</Typography.Text>;
  return (
    <ul className="rd-applications-missing" data-testid={`prerequisites-${application.countyCode}`}>
      {missing.map(({ id, name, role, reason }) => (
        <li key={id}>
          <Typography.Text type="danger">{t(reason, { id, name, role: t(`package.role.${role}`) })}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}
