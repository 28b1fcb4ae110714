// Where a county stands in the programme (DOMAIN.md "Stages", work plan §六): one state at a time, entered by a
// recorded transition (transitions.ts). The names are the code's; what the office reads is in the locale files
// (`lifecycle.state.<name>`).
//
//   applied ──qualification review──▶ qualified ──start──▶ inCreation ──mid-term──▶ midtermChecked
//      └──▶ notQualified                                                        │
//   midtermChecked ──acceptance──▶ named │ acceptanceFailed
//   acceptanceFailed ──keeps qualification 6 months──▶ rectifying │ ──gives up──▶ cancelled
//   rectifying ──re-inspection──▶ named │ cancelled      (the six-month deadline passing is also cancelled)
//   named ──periodic re-check──▶ named (kept) │ delisted
export const COUNTY_STATES = [
  'applied',
  'notQualified',
  'qualified',
  'inCreation',
  'midtermChecked',
  'acceptanceFailed',
  'rectifying',
  'named',
  'cancelled',
  'delisted',
] as const;
export type CountyState = (typeof COUNTY_STATES)[number];

/** States that hold one of the programme's places (the 40 % cap): from qualification until cancelled or de-listed. */
export const STATES_HOLDING_A_PLACE: ReadonlySet<CountyState> = new Set(['qualified', 'inCreation', 'midtermChecked', 'acceptanceFailed', 'rectifying', 'named']);

/** States in which the county is creating and owes quarterly and annual progress reports. */
export const STATES_REPORTING_PROGRESS: ReadonlySet<CountyState> = new Set(['inCreation', 'midtermChecked', 'acceptanceFailed', 'rectifying']);

/** No transition leaves these. */
export const FINAL_STATES: ReadonlySet<CountyState> = new Set(['notQualified', 'cancelled', 'delisted']);
