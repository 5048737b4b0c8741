export { FindingExplanation } from './FindingExplanation';
export { FindingList } from './FindingList';
export { FailureNote } from './FailureNote';
export { BlockedByPreflight, useBlocked } from './BlockedByPreflight';
export { failureOf, isCancelled, type Failure } from './failure';
