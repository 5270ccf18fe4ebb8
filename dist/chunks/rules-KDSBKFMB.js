import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  rules,
  rulesById
} from "./chunk-VXRP6UCS.js";
import "./chunk-4NHWBGGP.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-3MYTIAQK.js";
import "./chunk-ZZPDV2D5.js";
import "./chunk-PF5MASKV.js";
import "./chunk-IFVXAW5K.js";
import "./chunk-3NTWQZSC.js";
export {
  rules,
  rulesById
};
