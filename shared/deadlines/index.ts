// Deadline computation: due times of the notification rules in shared/seed/deadlines.
export { dueTime, type Anchors, type DueTime } from './dueTime';
