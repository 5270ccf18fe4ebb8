import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
} from "./chunk-XZDYIC6B.js";
import "./chunk-BB73YJVL.js";
import "./chunk-UWM3R4E5.js";
import "./chunk-MMY72QKQ.js";
import "./chunk-OZ2VOCKG.js";
import "./chunk-NGTXXN3U.js";
import "./chunk-O4XAVONC.js";
import "./chunk-QYAMJ54N.js";
import "./chunk-LQ4C2TWY.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-HHY5V22K.js";
import "./chunk-H4XN3YXV.js";
import "./chunk-CZFTXMOU.js";
import "./chunk-CYMQUJRU.js";
import "./chunk-PF5MASKV.js";
import "./chunk-IFVXAW5K.js";
import "./chunk-3C5OL5C6.js";
import "./chunk-3NTWQZSC.js";
export {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
};
