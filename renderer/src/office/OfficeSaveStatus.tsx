// The visible saved state of the office's draft queue, in the same view as the expert's sheets'
// (../app/SaveStatus.tsx): 保存中… / 已保存 HH:MM:SS / 未能保存 with the reason and a retry.
import { SaveStatusView, type SaveStatusTexts } from '../app/SaveStatus';
import { useOffice } from './office-context';

const OFFICE_TEXTS: SaveStatusTexts = {
  saving: 'officeWorkspace.save.saving',
  saved: 'officeWorkspace.save.saved',
  idle: 'officeWorkspace.save.idle',
  failed: 'officeWorkspace.save.failed',
  retry: 'officeWorkspace.save.retry',
};

export function OfficeSaveStatus() {
  const { queue } = useOffice();
  return <SaveStatusView queue={queue} texts={OFFICE_TEXTS} testId="office-save-state" />;
}
