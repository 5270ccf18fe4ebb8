import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
} from "./chunk-JHSEI5UY.js";
import "./chunk-YIICFSGJ.js";
import "./chunk-YLO2OZT3.js";
import "./chunk-MMY72QKQ.js";
import "./chunk-OZ2VOCKG.js";
import "./chunk-NGTXXN3U.js";
import "./chunk-O4XAVONC.js";
import "./chunk-IKMIXJ67.js";
import "./chunk-HROISVBJ.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-RP6YPMBR.js";
import "./chunk-F2OBQ4CH.js";
import "./chunk-CZFTXMOU.js";
import "./chunk-H3YOGBO2.js";
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
