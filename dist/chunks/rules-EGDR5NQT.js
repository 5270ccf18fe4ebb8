import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  rules,
  rulesById
} from "./chunk-UV34QRWE.js";
import "./chunk-H3LOEXZS.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-3MYTIAQK.js";
import "./chunk-DWCIAG5Z.js";
import "./chunk-CN3HNLMG.js";
import "./chunk-PF5MASKV.js";
import "./chunk-IFVXAW5K.js";
import "./chunk-3NTWQZSC.js";
export {
  rules,
  rulesById
};
