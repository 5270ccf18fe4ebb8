import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  rules,
  rulesById
} from "./chunk-XNOKHJZQ.js";
import "./chunk-KOOZOGIR.js";
import "./chunk-MRY5QMT2.js";
import "./chunk-HQO45DMX.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-3NTWQZSC.js";
export {
  rules,
  rulesById
};
