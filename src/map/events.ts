/**
 * Events of the internal `<tis-france-map>`, heard by the widget that draws it (in its own
 * shadow root): they neither bubble nor cross shadow boundaries. The widget turns them into its
 * public events (`tis-select`) where the visitor's choice concerns the page.
 */
import type { MapLevel } from './geometry.js';

/** The visitor picked an area (`undefined`: picked the selected one again, to clear it). */
export class TisMapSelectEvent extends Event {
  static readonly eventName = 'tis-map-select';
  readonly territory: string | undefined;
  constructor(territory: string | undefined) {
    super(TisMapSelectEvent.eventName);
    this.territory = territory;
  }
}

/** The visitor switched between départements and régions. */
export class TisMapLevelEvent extends Event {
  static readonly eventName = 'tis-map-level';
  readonly level: MapLevel;
  constructor(level: MapLevel) {
    super(TisMapLevelEvent.eventName);
    this.level = level;
  }
}
