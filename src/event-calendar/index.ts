export { TisEventCalendar, type CalendarView } from './event-calendar.js';
export { TisEventOpenEvent } from './events.js';
export {
  buildIcs,
  escapeText,
  foldLine,
  googleCalendarUrl,
  icsFileName,
  outlookCalendarUrl,
  toIcsEvent,
  toWebcalUrl,
  type IcsCalendarOptions,
  type IcsEvent,
} from '../data/ics.js';
