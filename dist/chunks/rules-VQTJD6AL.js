import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  rules,
  rulesById
} from "./chunk-B75UCW7R.js";
import "./chunk-HQO45DMX.js";
import "./chunk-V2HEZWUS.js";
import "./chunk-3NTWQZSC.js";
export {
  rules,
  rulesById
};
