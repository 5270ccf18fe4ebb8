import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
} from "./chunk-J3SWIL2T.js";
import "./chunk-VXRP6UCS.js";
import "./chunk-VBO3UMEZ.js";
import "./chunk-MMY72QKQ.js";
import "./chunk-OZ2VOCKG.js";
import "./chunk-MYM53UIW.js";
import "./chunk-O4XAVONC.js";
import "./chunk-R4RKMNQX.js";
import "./chunk-4NHWBGGP.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-3MYTIAQK.js";
import "./chunk-O3BKOGXV.js";
import "./chunk-CZFTXMOU.js";
import "./chunk-ZZPDV2D5.js";
import "./chunk-PF5MASKV.js";
import "./chunk-IFVXAW5K.js";
import "./chunk-KBX44QPI.js";
import "./chunk-3NTWQZSC.js";
export {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
};
