import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
} from "./chunk-2NOIUF26.js";
import "./chunk-PJJWQB5Q.js";
import "./chunk-VBO3UMEZ.js";
import "./chunk-MMY72QKQ.js";
import "./chunk-OZ2VOCKG.js";
import "./chunk-MYM53UIW.js";
import "./chunk-O4XAVONC.js";
import "./chunk-YLN6BJUR.js";
import "./chunk-NLTGYQNA.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-3MYTIAQK.js";
import "./chunk-JI7ZIL3M.js";
import "./chunk-CZFTXMOU.js";
import "./chunk-F4WG2D33.js";
import "./chunk-4UDDO77X.js";
import "./chunk-IFVXAW5K.js";
import "./chunk-KBX44QPI.js";
import "./chunk-3NTWQZSC.js";
export {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
};
