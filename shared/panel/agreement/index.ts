// Panel-agreement statistics: how far the experts on a review panel agree with one another.
export { intraclassCorrelation, type IntraclassCorrelation } from './icc';
export { kendallW, type KendallConcordance } from './kendall-w';
export { usableShape, type MatrixShape, type ScoreMatrix } from './score-matrix';
