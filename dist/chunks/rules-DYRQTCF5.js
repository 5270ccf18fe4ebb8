import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  rules,
  rulesById
} from "./chunk-BB73YJVL.js";
import "./chunk-LQ4C2TWY.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-HHY5V22K.js";
import "./chunk-CYMQUJRU.js";
import "./chunk-PF5MASKV.js";
import "./chunk-IFVXAW5K.js";
import "./chunk-3NTWQZSC.js";
export {
  rules,
  rulesById
};
