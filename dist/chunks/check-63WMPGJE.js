import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
} from "./chunk-BXFTOITM.js";
import "./chunk-XNOKHJZQ.js";
import "./chunk-W44XCP4J.js";
import "./chunk-EZGHZR7P.js";
import "./chunk-KOOZOGIR.js";
import "./chunk-MRY5QMT2.js";
import "./chunk-MMY72QKQ.js";
import "./chunk-5NYT7VGC.js";
import "./chunk-HQO45DMX.js";
import "./chunk-MUAEA5DS.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-3C5OL5C6.js";
import "./chunk-3NTWQZSC.js";
export {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
};
