import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  changedPart,
  flowChangesOf,
  hasFlowChanges
} from "./chunk-UM5YQKPP.js";
import "./chunk-Y6JFZIC6.js";
import "./chunk-H3YOGBO2.js";
import "./chunk-PF5MASKV.js";
import "./chunk-FG6IFQBM.js";
import "./chunk-3NTWQZSC.js";
export {
  changedPart,
  flowChangesOf,
  hasFlowChanges
};
