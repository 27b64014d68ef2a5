/** Registers every tag of the library (guarded: safe to load twice). */
import './feed/define.js';
import './territory-counter/define.js';
import './event-calendar/define.js';
import './banner/define.js';
import './initiative-feed/define.js';
