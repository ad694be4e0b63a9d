/**
 * `lead-kit/elements/attendance-tracker`: the `<attendance-tracker>` element's class and its event classes, without
 * registering a tag (`lead-kit/define/attendance-tracker` registers it).
 */
export { AttendanceTracker } from '../components/attendance-tracker/attendance-tracker.js';
export * from '../components/attendance-tracker/attendance-tracker.events.js';
