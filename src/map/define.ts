// Registers the internal `<tis-france-map>`; imported on demand by src/shared/load-map.ts.
import { defineElement } from '../shared/define.js';
import { TisFranceMap } from './france-map.js';

defineElement('tis-france-map', TisFranceMap);
