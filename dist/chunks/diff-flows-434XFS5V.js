import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  changedPart,
  flowChangesOf,
  hasFlowChanges
} from "./chunk-BUBW3LQS.js";
import "./chunk-LNDBO47S.js";
import "./chunk-OQQXTMNL.js";
import "./chunk-PF5MASKV.js";
import "./chunk-FG6IFQBM.js";
import "./chunk-3NTWQZSC.js";
export {
  changedPart,
  flowChangesOf,
  hasFlowChanges
};
