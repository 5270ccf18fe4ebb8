import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  changedPart,
  flowChangesOf,
  hasFlowChanges
} from "./chunk-KLOQ42NG.js";
import "./chunk-VZ6X3ZMH.js";
import "./chunk-F4WG2D33.js";
import "./chunk-4UDDO77X.js";
import "./chunk-IFVXAW5K.js";
import "./chunk-3NTWQZSC.js";
export {
  changedPart,
  flowChangesOf,
  hasFlowChanges
};
