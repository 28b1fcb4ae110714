// The steps of preparing a session, in the order the office works through them, and which of them this build
// offers. The later ones are shown (so the office sees the whole way ahead) but cannot be opened yet.
import type { MessageKey } from '../../../shared/i18n/translate';

export const DRAFT_STEPS = ['basics', 'standard', 'rules', 'applications', 'panel', 'export', 'collect', 'decide', 'list', 'reports', 'register', 'audit'] as const;
export type DraftStep = (typeof DRAFT_STEPS)[number];

export const AVAILABLE_STEPS: ReadonlySet<DraftStep> = new Set<DraftStep>(['basics', 'standard', 'rules', 'applications', 'panel', 'export', 'collect', 'decide', 'list', 'reports', 'register', 'audit']);

export const stepTitle = (step: DraftStep): MessageKey => `officeWorkspace.steps.${step}`;
