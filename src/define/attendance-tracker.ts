import '../context/adapter-context.js';
import { AttendanceTracker } from '../components/attendance-tracker/attendance-tracker.js';
import { defineElement } from './define.js';

defineElement('attendance-tracker', AttendanceTracker);
export { AttendanceTracker };
