import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  changedPart,
  flowChangesOf,
  hasFlowChanges
} from "./chunk-GTQRN5IZ.js";
import "./chunk-5D5GVREG.js";
import "./chunk-KF6LUWLK.js";
import "./chunk-HQO45DMX.js";
import "./chunk-3NTWQZSC.js";
export {
  changedPart,
  flowChangesOf,
  hasFlowChanges
};
