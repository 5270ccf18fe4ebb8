import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import "./chunk-3NTWQZSC.js";

// src/exporters/table.ts
async function exportTable() {
  throw new Error("todo");
}
export {
  exportTable
};
