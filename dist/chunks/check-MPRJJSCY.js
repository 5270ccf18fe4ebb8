import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
} from "./chunk-XOQ5TAXG.js";
import "./chunk-B75UCW7R.js";
import "./chunk-W44XCP4J.js";
import "./chunk-WMHE5UKJ.js";
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
