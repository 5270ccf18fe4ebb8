import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  changedPart,
  flowChangesOf,
  hasFlowChanges
} from "./chunk-47CTWJFJ.js";
import "./chunk-XCX5GEKU.js";
import "./chunk-CYMQUJRU.js";
import "./chunk-PF5MASKV.js";
import "./chunk-IFVXAW5K.js";
import "./chunk-3NTWQZSC.js";
export {
  changedPart,
  flowChangesOf,
  hasFlowChanges
};
