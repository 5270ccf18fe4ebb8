import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  rules,
  rulesById
} from "./chunk-YIICFSGJ.js";
import "./chunk-HROISVBJ.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-RP6YPMBR.js";
import "./chunk-H3YOGBO2.js";
import "./chunk-PF5MASKV.js";
import "./chunk-FG6IFQBM.js";
import "./chunk-3NTWQZSC.js";
export {
  rules,
  rulesById
};
