import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  rules,
  rulesById
} from "./chunk-4MFCZ6XO.js";
import "./chunk-X4FH2RUA.js";
import "./chunk-RP6YPMBR.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-KF6LUWLK.js";
import "./chunk-HQO45DMX.js";
import "./chunk-3NTWQZSC.js";
export {
  rules,
  rulesById
};
