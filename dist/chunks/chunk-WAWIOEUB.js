import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  isStated
} from "./chunk-F4WG2D33.js";

// src/exporters/words.ts
var LAWFUL_BASIS = {
  consent: "Consent (Art. 6(1)(a))",
  contract: "Contract (Art. 6(1)(b))",
  "legal-obligation": "Legal obligation (Art. 6(1)(c))",
  "vital-interests": "Vital interests (Art. 6(1)(d))",
  "public-task": "Public task (Art. 6(1)(e))",
  "legitimate-interests": "Legitimate interests (Art. 6(1)(f))"
};
var SPECIAL_CONDITION = {
  "explicit-consent": "Explicit consent (Art. 9(2)(a))",
  employment: "Employment, social security and social protection law (Art. 9(2)(b))",
  "vital-interests": "Vital interests (Art. 9(2)(c))",
  "not-for-profit": "Not-for-profit body (Art. 9(2)(d))",
  "made-public": "Made public by the data subject (Art. 9(2)(e))",
  "legal-claims": "Legal claims or judicial acts (Art. 9(2)(f))",
  "substantial-public-interest": "Substantial public interest (Art. 9(2)(g))",
  "health-care": "Health or social care (Art. 9(2)(h))",
  "public-health": "Public health (Art. 9(2)(i))",
  "archiving-research": "Archiving, research or statistics (Art. 9(2)(j))"
};
var MECHANISM = {
  adequacy: "Adequacy decision (Art. 45)",
  scc: "Standard contractual clauses (Art. 46(2)(c))",
  bcr: "Binding corporate rules (Art. 47)",
  derogation: "Derogation for a specific situation (Art. 49)",
  none: "No safeguard"
};
var SOURCE = {
  "communications-content": "content of communications",
  "communications-metadata": "traffic and location data of communications",
  "terminal-equipment": "read from or stored on the user's device",
  "provided-by-subject": "provided by the person",
  observed: "observed use of the service",
  inferred: "inferred by the controller",
  "third-party": "received from another organisation",
  public: "publicly available"
};
var DPIA_STATUS = {
  completed: "Completed",
  "in-progress": "In progress",
  "not-required": "Not required",
  missing: "Missing"
};
var ROUTE = {
  "in-product": "in the product",
  email: "by e-mail",
  "support-request": "by a support request",
  none: "not offered"
};
var ROLE = {
  controller: "Controller",
  "joint-controller": "Joint controller (Art. 26)",
  processor: "Processor (Art. 28)"
};
function kebabWords(value) {
  return /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(value) ? value.replace(/-/g, " ") : value;
}
function wordsFor(table, value) {
  if (typeof value !== "string" || !isStated(value)) return void 0;
  return Object.prototype.hasOwnProperty.call(table, value) ? table[value] : value;
}
var UNITS = [
  ["Y", "year"],
  ["M", "month"],
  ["W", "week"],
  ["D", "day"]
];
var TIME_UNITS = [
  ["H", "hour"],
  ["M", "minute"],
  ["S", "second"]
];
function durationWords(value) {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value.trim());
  if (!match || value.trim() === "P" || value.trim().endsWith("T")) return value;
  const parts = [];
  [...UNITS, ...TIME_UNITS].forEach(([, word], index) => {
    const amount = match[index + 1];
    if (amount !== void 0) parts.push(`${Number(amount)} ${word}${Number(amount) === 1 ? "" : "s"}`);
  });
  if (parts.length === 0) return value;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

export {
  LAWFUL_BASIS,
  SPECIAL_CONDITION,
  MECHANISM,
  SOURCE,
  DPIA_STATUS,
  ROUTE,
  ROLE,
  kebabWords,
  wordsFor,
  durationWords
};
