import 'lead-kit/define/lead-form.js';
import { RestAdapter } from 'lead-kit/adapters/rest';
window.x = RestAdapter;
