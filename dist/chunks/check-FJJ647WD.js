import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
} from "./chunk-YAWN7UW3.js";
import "./chunk-M363LDBC.js";
import "./chunk-ZJSFWTPS.js";
import "./chunk-MMY72QKQ.js";
import "./chunk-OZ2VOCKG.js";
import "./chunk-NGTXXN3U.js";
import "./chunk-O4XAVONC.js";
import "./chunk-AMMOZ77N.js";
import "./chunk-FLYCC3D6.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-RP6YPMBR.js";
import "./chunk-F2OBQ4CH.js";
import "./chunk-CZFTXMOU.js";
import "./chunk-OQQXTMNL.js";
import "./chunk-PF5MASKV.js";
import "./chunk-FG6IFQBM.js";
import "./chunk-3C5OL5C6.js";
import "./chunk-3NTWQZSC.js";
export {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
};
