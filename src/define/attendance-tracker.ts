/** `lead-kit/define/attendance-tracker`: registers `<attendance-tracker>` (once per page) and exports the classes. */
import { AttendanceTracker } from '../elements/attendance-tracker.js';
import { defineElement } from './define.js';

defineElement('attendance-tracker', AttendanceTracker);
export * from '../elements/attendance-tracker.js';
