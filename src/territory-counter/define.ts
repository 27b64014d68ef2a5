import { defineElement } from '../shared/define.js';
import { TisTerritoryCounter } from './territory-counter.js';

defineElement('tis-territory-counter', TisTerritoryCounter);

export { TisTerritoryCounter };
