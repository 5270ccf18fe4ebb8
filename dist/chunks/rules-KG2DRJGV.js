import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  rules,
  rulesById
} from "./chunk-PJJWQB5Q.js";
import "./chunk-NLTGYQNA.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-3MYTIAQK.js";
import "./chunk-JI7ZIL3M.js";
import "./chunk-F4WG2D33.js";
import "./chunk-4UDDO77X.js";
import "./chunk-IFVXAW5K.js";
import "./chunk-3NTWQZSC.js";
export {
  rules,
  rulesById
};
