import { defineElement } from '../shared/define.js';
import { TisEventCalendar } from './event-calendar.js';

defineElement('tis-event-calendar', TisEventCalendar);

export { TisEventCalendar };
