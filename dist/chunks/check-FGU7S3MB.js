import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
} from "./chunk-ON7GEOOQ.js";
import "./chunk-FXHIFVGQ.js";
import "./chunk-ZJSFWTPS.js";
import "./chunk-MMY72QKQ.js";
import "./chunk-OZ2VOCKG.js";
import "./chunk-HQO45DMX.js";
import "./chunk-NGTXXN3U.js";
import "./chunk-O4XAVONC.js";
import "./chunk-KDRPI6PD.js";
import "./chunk-DHOCPSKQ.js";
import "./chunk-KZB5HTQD.js";
import "./chunk-RP6YPMBR.js";
import "./chunk-CZFTXMOU.js";
import "./chunk-3C5OL5C6.js";
import "./chunk-3NTWQZSC.js";
export {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
};
