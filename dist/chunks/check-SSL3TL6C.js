import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
} from "./chunk-LIAXET3U.js";
import "./chunk-4MFCZ6XO.js";
import "./chunk-ZJSFWTPS.js";
import "./chunk-OZ2VOCKG.js";
import "./chunk-MMY72QKQ.js";
import "./chunk-NGTXXN3U.js";
import "./chunk-O4XAVONC.js";
import "./chunk-3OEYXG47.js";
import "./chunk-X4FH2RUA.js";
import "./chunk-RP6YPMBR.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-CZFTXMOU.js";
import "./chunk-KF6LUWLK.js";
import "./chunk-HQO45DMX.js";
import "./chunk-3C5OL5C6.js";
import "./chunk-3NTWQZSC.js";
export {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
};
