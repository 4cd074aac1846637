export { dueTime, type Anchors, type DueTime } from './dueTime';
export { DEADLINE_STATES, deadlineStatus, dueSoonWindow, type DeadlineState, type DeadlineStatus } from './status';
