import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  CONFIG_NAMES,
  checkWorkspace,
  failOnOf,
  loadConfig
} from "./chunk-CMZSTE7M.js";
import "./chunk-UV34QRWE.js";
import "./chunk-VBO3UMEZ.js";
import "./chunk-MMY72QKQ.js";
import "./chunk-OZ2VOCKG.js";
import "./chunk-MYM53UIW.js";
import "./chunk-O4XAVONC.js";
import "./chunk-QT6XFAOR.js";
import "./chunk-H3LOEXZS.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-3MYTIAQK.js";
import "./chunk-DWCIAG5Z.js";
import "./chunk-CZFTXMOU.js";
import "./chunk-CN3HNLMG.js";
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
