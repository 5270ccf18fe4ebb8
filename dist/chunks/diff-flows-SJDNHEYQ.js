import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  changedPart,
  flowChangesOf,
  hasFlowChanges
} from "./chunk-X5TXYDXB.js";
import "./chunk-SPUKPL2C.js";
import "./chunk-CN3HNLMG.js";
import "./chunk-PF5MASKV.js";
import "./chunk-IFVXAW5K.js";
import "./chunk-3NTWQZSC.js";
export {
  changedPart,
  flowChangesOf,
  hasFlowChanges
};
