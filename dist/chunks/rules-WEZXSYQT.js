import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  rules,
  rulesById
} from "./chunk-FXHIFVGQ.js";
import "./chunk-HQO45DMX.js";
import "./chunk-DHOCPSKQ.js";
import "./chunk-KZB5HTQD.js";
import "./chunk-RP6YPMBR.js";
import "./chunk-3NTWQZSC.js";
export {
  rules,
  rulesById
};
