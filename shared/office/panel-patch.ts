// What the office's 评审专家与分配 step reads and changes in a draft. A change is a patch of these fields, merged
// into the newest draft by the editor (as every step's change is), so a change here never undoes one made
// elsewhere in the meantime. `applications` is only ever reordered here (the office setting the
// presentation order by hand, which is the order the session file lists them in); their content belongs to
// the applications step.
import type { SessionDraft } from './session-draft';

export type PanelDraft = Pick<SessionDraft, 'roster' | 'assignments' | 'recusals' | 'presentation' | 'applications' | 'lastExpertNumber'>;

export type PanelPatch = Partial<PanelDraft>;
