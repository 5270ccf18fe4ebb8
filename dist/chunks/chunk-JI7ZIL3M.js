import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  escapePointerSegment
} from "./chunk-4UDDO77X.js";
import {
  __require
} from "./chunk-3NTWQZSC.js";

// lazy:complete-reader
var reader;
function parseYamlDocument(text, limits) {
  reader ??= __require("./yaml-document.cjs");
  return reader.parseYamlDocument(text, limits);
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/parser/yaml-locations.ts
var MAP = 0;
var SEQ = 1;
var SCALAR = 2;
var ALIAS = 3;
var KINDS = ["map", "seq", "scalar", "alias"];
var LARGE_MAP = 32;
var NodeTable = class _NodeTable {
  count = 0;
  valueStart;
  valueEnd;
  /** -1 when the node is not the value of a mapping key (or is the value of a merge key `<<`). */
  keyStart;
  keyEnd;
  parent;
  /** The first node after this node's subtree. */
  next;
  kind;
  /**
   * The key of each mapping value, as its pointer segment is made from (`<<` for merges).
   * Made with room for every node: grown one key at a time, it was copied a dozen times.
   */
  name;
  constructor(capacity) {
    this.name = new Array(capacity);
    this.valueStart = new Int32Array(capacity);
    this.valueEnd = new Int32Array(capacity);
    this.keyStart = new Int32Array(capacity);
    this.keyEnd = new Int32Array(capacity);
    this.parent = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
  }
  /** Adds a node; `next` is set by `close` for collections. */
  add(kind, parent, start, end, keyStart, keyEnd, name) {
    const id = this.count;
    this.count += 1;
    this.kind[id] = kind;
    this.parent[id] = parent;
    this.valueStart[id] = start;
    this.valueEnd[id] = end;
    this.keyStart[id] = keyStart;
    this.keyEnd[id] = keyEnd;
    if (name !== void 0) this.name[id] = name;
    this.next[id] = id + 1;
    return id;
  }
  /** A copy with twice the room: a streamed document's size is not known before it is read. */
  grown() {
    const next = new _NodeTable(Math.max(16, this.kind.length * 2));
    next.valueStart.set(this.valueStart);
    next.valueEnd.set(this.valueEnd);
    next.keyStart.set(this.keyStart);
    next.keyEnd.set(this.keyEnd);
    next.parent.set(this.parent);
    next.next.set(this.next);
    next.kind.set(this.kind);
    for (let id = 0; id < this.count; id += 1) next.name[id] = this.name[id];
    next.count = this.count;
    return next;
  }
  /** Whether some mapping value of the table is written under the key `name`. */
  hasName(name) {
    for (let id = 1; id < this.count; id += 1) if (this.name[id] === name) return true;
    return false;
  }
  close(id, end) {
    this.valueEnd[id] = end;
    this.next[id] = this.count;
  }
  location(id) {
    const value = { start: this.valueStart[id], end: this.valueEnd[id] };
    const kind = KINDS[this.kind[id]];
    const keyStart = this.keyStart[id];
    return keyStart === -1 ? { value, kind } : { value, key: { start: keyStart, end: this.keyEnd[id] }, kind };
  }
};
var LazyLocations = class extends Map {
  constructor(table) {
    super();
    this.table = table;
  }
  table;
  #filled = false;
  /** Per sequence looked into: its items. */
  #items = /* @__PURE__ */ new Map();
  /** Per mapping of more than LARGE_MAP keys looked into: its values by key. */
  #largeMaps = /* @__PURE__ */ new Map();
  get(pointer) {
    if (this.#filled) return super.get(pointer);
    const id = this.#find(pointer);
    return id === -1 ? void 0 : this.table.location(id);
  }
  /** Whether a mapping anywhere in the document has the key `name`, told from the table while no entry was set by hand. */
  hasKey(name) {
    if (!this.#filled) return this.table.hasName(name);
    return hasKeyInPointers(this, name);
  }
  has(pointer) {
    if (this.#filled) return super.has(pointer);
    return this.#find(pointer) !== -1;
  }
  get size() {
    this.#fill();
    return super.size;
  }
  set(pointer, location) {
    this.#fill();
    return super.set(pointer, location);
  }
  delete(pointer) {
    this.#fill();
    return super.delete(pointer);
  }
  clear() {
    this.#filled = true;
    super.clear();
  }
  forEach(callback, thisArg) {
    this.#fill();
    super.forEach(callback, thisArg);
  }
  keys() {
    this.#fill();
    return super.keys();
  }
  values() {
    this.#fill();
    return super.values();
  }
  entries() {
    this.#fill();
    return super.entries();
  }
  [Symbol.iterator]() {
    this.#fill();
    return super.entries();
  }
  /** Makes every entry a real one, in document order. */
  #fill() {
    if (this.#filled) return;
    this.#filled = true;
    const table = this.table;
    const pointers = new Array(table.count);
    const indexes = new Int32Array(table.count);
    for (let id = 0; id < table.count; id += 1) {
      let pointer = "";
      if (id > 0) {
        const parent = table.parent[id];
        const name = table.name[id];
        pointer = `${pointers[parent]}/${name !== void 0 ? escapePointerSegment(name) : indexes[parent]++}`;
      }
      pointers[id] = pointer;
      super.set(pointer, table.location(id));
    }
  }
  #find(pointer) {
    if (this.table.count === 0) return -1;
    if (pointer === "") return 0;
    if (pointer.charCodeAt(0) !== 47) return -1;
    return this.#descend(0, pointer, 1);
  }
  /**
   * The node at the rest of `pointer` (from offset `from`) below node `id`. Two values of one
   * mapping share a pointer only under repeated merge keys (`<<`); the later one wins, as it
   * did in a map filled in document order, but deeper pointers may still end in the earlier.
   */
  #descend(id, pointer, from) {
    const table = this.table;
    let node = id;
    let start = from;
    for (; ; ) {
      const slash = pointer.indexOf("/", start);
      const end = slash === -1 ? pointer.length : slash;
      const kind = table.kind[node];
      let child;
      if (kind === SEQ) {
        child = this.#item(node, pointer, start, end);
      } else if (kind === MAP) {
        const matches = this.#entries(node, pointer, start, end);
        if (typeof matches !== "number") {
          for (let index = matches.length - 1; index >= 0; index -= 1) {
            const result = slash === -1 ? matches[index] : this.#descend(matches[index], pointer, slash + 1);
            if (result !== -1) return result;
          }
          return -1;
        }
        child = matches;
      } else {
        return -1;
      }
      if (child === -1 || slash === -1) return child;
      node = child;
      start = slash + 1;
    }
  }
  /** The item of a sequence at the pointer segment from `start` to `end` (a decimal index written without leading zeros). */
  #item(id, pointer, start, end) {
    const length = end - start;
    if (length === 0 || length > 9 || length > 1 && pointer.charCodeAt(start) === 48) return -1;
    let index = 0;
    for (let i = start; i < end; i += 1) {
      const digit = pointer.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return -1;
      index = index * 10 + digit;
    }
    let items = this.#items.get(id);
    if (items === void 0) {
      const table = this.table;
      items = [];
      for (let child = id + 1; child < table.next[id]; child = table.next[child]) items.push(child);
      this.#items.set(id, items);
    }
    return items[index] ?? -1;
  }
  /** The value (or, rarely, the values) of a mapping at the pointer segment from `start` to `end`; -1 for none. */
  #entries(id, pointer, start, end) {
    const large = this.#largeMaps.get(id);
    const escaped = pointer.indexOf("~", start);
    if (large !== void 0 || escaped !== -1 && escaped < end) {
      const segment = pointer.slice(start, end);
      const name = segment.includes("~") ? unescapeSegment(segment) : segment;
      if (name === null) return -1;
      if (large !== void 0) return large.get(name) ?? -1;
      return this.#named(id, name, 0, name.length);
    }
    return this.#named(id, pointer, start, end);
  }
  /**
   * The values of a mapping whose key is `source` from `start` to `end` (compared in place, so
   * that no segment is cut out of a pointer); a large mapping scanned to its end is indexed.
   */
  #named(id, source, start, end) {
    const table = this.table;
    const length = end - start;
    const unique = length !== 2 || source.charCodeAt(start) !== 60 || source.charCodeAt(start + 1) !== 60;
    let found = -1;
    let count = 0;
    for (let child = id + 1; child < table.next[id]; child = table.next[child]) {
      count += 1;
      const key = table.name[child];
      if (key === void 0 || key.length !== length || !source.startsWith(key, start)) continue;
      if (unique) return child;
      found = found === -1 ? child : typeof found === "number" ? [found, child] : [...found, child];
    }
    if (count > LARGE_MAP) {
      const byName = /* @__PURE__ */ new Map();
      for (let child = id + 1; child < table.next[id]; child = table.next[child]) {
        const key = table.name[child];
        const earlier = byName.get(key);
        byName.set(key, earlier === void 0 ? child : typeof earlier === "number" ? [earlier, child] : [...earlier, child]);
      }
      this.#largeMaps.set(id, byName);
    }
    return found;
  }
};
function unescapeSegment(segment) {
  if (/~(?![01])/.test(segment)) return null;
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function hasKeyInPointers(locations, name) {
  const suffix = `/${escapePointerSegment(name)}`;
  for (const pointer of locations.keys()) if (pointer.endsWith(suffix)) return true;
  return false;
}

// src/parser/yaml-types.ts
var defaultParseLimits = { maxDepth: 200, aliasExpansionFactor: 10 };
function tooDeepProblem(limits, span) {
  return { code: "TOO_DEEP", message: `nesting is deeper than ${limits.maxDepth} levels: an inventory never needs that, so the file is not read further`, span, fatal: true };
}
function aliasExpansionProblem(written, expanded, span) {
  return {
    code: "ALIAS_EXPANSION",
    message: `aliases expand ${written} written nodes to more than ${expanded} (an alias bomb?): the file is not read further`,
    span,
    fatal: true
  };
}
function aliasBudget(written, limits) {
  return written * limits.aliasExpansionFactor + 1e4;
}
function setOwn(object, name, value) {
  if (name === "__proto__") {
    Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
  } else {
    object[name] = value;
  }
}
function applyMerges(object, merged) {
  for (const item of merged) {
    if (Array.isArray(item)) {
      for (const source of item) mergeInto(object, source);
    } else {
      mergeInto(object, item);
    }
  }
}
function mergeInto(object, source) {
  if (source === null || typeof source !== "object" || Array.isArray(source)) return;
  const record = source;
  for (const name of Object.keys(record)) {
    if (!Object.prototype.hasOwnProperty.call(object, name)) setOwn(object, name, record[name]);
  }
}

// src/parser/yaml-builder.ts
var DOCUMENT = 1;
var SEQUENCE = 2;
var MAPPING = 3;
var SCALAR2 = 4;
var ALIAS2 = 5;
var POP = 6;
var PLAIN = 1;
var SINGLE_QUOTED = 2;
var DOUBLE_QUOTED = 3;
var LITERAL_BLOCK = 4;
var FOLDED_BLOCK = 5;
var BLOCK = 1;
var FLOW = 2;
var CLIP = 1;
var STRIP = 2;
var KEEP = 3;
var MAX_KEY_LENGTH = 1e3;
var KEY_CACHE_SIZE = 256;
var HandOver = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
function decode(text, event) {
  return getScalarValue(text, event);
}
function refusal(text) {
  if (text.indexOf("\uFEFF") !== -1) return "byte-order mark";
  for (let i = text.indexOf("\r"); i !== -1; i = text.indexOf("\r", i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return "carriage return without a line feed";
  }
  return void 0;
}
var Frame = class {
  constructor(depth) {
    this.depth = depth;
  }
  depth;
  id = 0;
  isMap = false;
  flow = false;
  /** Mapping only: its value, filled as its entries are read. */
  object = {};
  /**
   * Sequence only: its items so far, from 0 to `index` (the rest is left from earlier
   * sequences). Its value is made when it closes: an array grown item by item took room for
   * 17 items, most of it unused and soon copied.
   */
  items = [];
  anchor = null;
  /** Items so far (for a mapping, values), and the nodes they hold. */
  index = 0;
  size = 1;
  /** Offset just past the last thing read inside the collection. */
  cursor = 0;
  /** For a block collection: where its last item ends, trailing comment and line break included. */
  itemEnd = 0;
  /** Mapping only: the pending key (null while a key is expected), its span, and whether it is a merge key (`<<`). */
  key = null;
  keyStart = -1;
  keyEnd = -1;
  isMerge = false;
  merged = null;
  /** Makes this frame the one of a collection that opens at `start`. */
  begin(id, isMap, flow, anchor, start) {
    this.id = id;
    this.isMap = isMap;
    this.flow = flow;
    if (isMap) this.object = {};
    this.anchor = anchor;
    this.index = 0;
    this.size = 1;
    this.cursor = flow ? start + 1 : start;
    this.itemEnd = start;
    this.key = null;
    this.keyStart = -1;
    this.keyEnd = -1;
    this.isMerge = false;
    this.merged = null;
  }
};
var Builder = class {
  constructor(text, limits, capacity) {
    this.text = text;
    this.limits = limits;
    this.table = new NodeTable(capacity);
  }
  text;
  limits;
  table;
  anchors = /* @__PURE__ */ new Map();
  /** The frame of each depth yet reached. */
  frames = [];
  /** The innermost open collection. */
  top = null;
  root = null;
  rootSeen = false;
  documents = 0;
  written = 0;
  expanded = 0;
  largestAlias = null;
  largestAliasSize = -1;
  /** The cache of `cachedKeyName`: per slot, a key's source and its name. */
  keySources = new Array(KEY_CACHE_SIZE).fill("");
  keyNames = new Array(KEY_CACHE_SIZE).fill("");
  /** One event of js-yaml's list. */
  event(event) {
    switch (event.type) {
      case SCALAR2:
        this.scalar(event);
        break;
      case POP:
        this.close();
        break;
      case MAPPING:
      case SEQUENCE:
        this.open(event, event.type === MAPPING);
        break;
      case ALIAS2:
        this.alias(event);
        break;
      case DOCUMENT:
        this.document(event.directives.length);
        break;
      default:
        throw new HandOver("unknown event");
    }
  }
  document(directives) {
    this.documents += 1;
    if (this.documents > 1) throw new HandOver("several documents");
    if (directives > 0) throw new HandOver("directive");
  }
  scalar(event) {
    if (this.top === null) throw new HandOver("scalar document");
    if (this.top.isMap && this.top.key === null) this.readKey(this.top, event);
    else this.readScalar(this.top, event);
  }
  /** The result, once every event has been read. */
  finish() {
    if (!this.rootSeen) throw new HandOver("no collection at the root");
    if (this.expanded > aliasBudget(this.written, this.limits) && this.largestAlias !== null) {
      return { value: null, locations: /* @__PURE__ */ new Map(), problems: [aliasExpansionProblem(this.written, this.expanded, this.largestAlias)] };
    }
    return { value: this.root, locations: new LazyLocations(this.table), problems: [] };
  }
  /** Adds a value node under `parent` to the table, with the checks the complete reader's walk makes. */
  addNode(parent, kind, start, end) {
    if (this.table.count === this.table.kind.length) this.table = this.table.grown();
    if (parent === null) return this.table.add(kind, -1, start, end, -1, -1, void 0);
    if (parent.depth + 1 > this.limits.maxDepth) throw new HandOver("too deep");
    this.written += 1;
    if (!parent.isMap) return this.table.add(kind, parent.id, start, end, -1, -1, void 0);
    if (parent.isMerge) return this.table.add(kind, parent.id, start, end, -1, -1, "<<");
    return this.table.add(kind, parent.id, start, end, parent.keyStart, parent.keyEnd, parent.key);
  }
  open(event, isMap) {
    if (event.tagStart !== -1) throw new HandOver("tag");
    const parent = this.top;
    if (parent === null) {
      if (this.rootSeen) throw new HandOver("second root");
      this.rootSeen = true;
      this.written += 1;
    } else if (parent.isMap && parent.key === null) {
      throw new HandOver("collection as a key");
    }
    const flow = event.style === FLOW;
    if (flow && this.text.charCodeAt(event.start) !== (isMap ? 123 : 91)) throw new HandOver("flow pair without braces");
    const id = this.addNode(parent, isMap ? MAP : SEQ, event.start, event.start);
    const anchor = event.anchorStart === -1 ? null : this.anchorName(event.anchorStart, event.anchorEnd);
    const depth = parent === null ? 0 : parent.depth + 1;
    if (depth === this.frames.length) this.frames.push(new Frame(depth));
    const frame = this.frames[depth];
    frame.begin(id, isMap, flow, anchor, event.start);
    this.top = frame;
  }
  close() {
    const frame = this.top;
    if (frame === null) return;
    this.top = frame.depth > 0 ? this.frames[frame.depth - 1] : null;
    if (frame.isMap && frame.key !== null) throw new HandOver("key without a value");
    let end;
    let itemEnd;
    if (frame.flow) {
      end = this.closingBracket(frame.cursor, frame.isMap ? 125 : 93) + 1;
      itemEnd = this.lineRest(end);
    } else {
      if (frame.index === 0) throw new HandOver("empty block collection");
      end = frame.itemEnd;
      itemEnd = end;
    }
    this.table.close(frame.id, end);
    if (frame.merged !== null) applyMerges(frame.object, frame.merged);
    const value = frame.isMap ? frame.object : frame.items.slice(0, frame.index);
    if (frame.anchor !== null) this.anchors.set(frame.anchor, { value, size: frame.size });
    if (this.top === null) this.root = value;
    else this.addToParent(this.top, value, frame.size, end, itemEnd);
  }
  readScalar(parent, event) {
    if (event.tagStart !== -1) throw new HandOver("tag");
    const text = this.text;
    const style = event.style;
    let start;
    let end;
    let itemEnd;
    let value;
    if (event.valueStart === -1) {
      start = this.emptyScalarPosition(parent, event);
      end = start;
      itemEnd = text.charCodeAt(start) === 35 ? this.lineRest(start) : this.commentLinesAfter(start);
      value = null;
    } else if (style === PLAIN) {
      start = event.valueStart;
      end = event.valueEnd;
      itemEnd = parent.flow ? end : this.lineRest(end);
      value = resolvePlain(event.fast ? text.slice(start, end) : decode(text, event));
    } else if (style === SINGLE_QUOTED || style === DOUBLE_QUOTED) {
      start = event.valueStart - 1;
      end = event.valueEnd + 1;
      itemEnd = parent.flow ? end : this.lineRest(end);
      value = event.fast ? text.slice(event.valueStart, event.valueEnd) : decode(text, event);
    } else {
      start = this.blockScalarIndicator(parent, event);
      end = this.blockScalarEnd(event, start);
      itemEnd = end;
      value = decode(text, event);
    }
    this.addNode(parent, SCALAR, start, end);
    if (event.anchorStart !== -1) this.anchors.set(this.anchorName(event.anchorStart, event.anchorEnd), { value, size: 1 });
    this.addToParent(parent, value, 1, end, itemEnd);
  }
  alias(event) {
    const parent = this.top;
    if (parent === null) throw new HandOver("alias document");
    if (parent.isMap && parent.key === null) throw new HandOver("alias as a key");
    const start = event.anchorStart - 1;
    const end = event.anchorEnd;
    this.addNode(parent, ALIAS, start, end);
    const entry = this.anchors.get(this.anchorName(event.anchorStart, end));
    if (entry === void 0) throw new HandOver("alias to no anchor");
    this.expanded += entry.size;
    if (entry.size > this.largestAliasSize) {
      this.largestAliasSize = entry.size;
      this.largestAlias = { start, end };
    }
    this.addToParent(parent, entry.value, entry.size, end, parent.flow ? end : this.lineRest(end));
  }
  readKey(parent, event) {
    const text = this.text;
    if (event.tagStart !== -1) throw new HandOver("tag");
    if (event.valueStart === -1) throw new HandOver("empty key");
    if (event.anchorStart !== -1) throw new HandOver("anchor on a key");
    const style = event.style;
    let start;
    let end;
    let name;
    if (style === PLAIN) {
      start = event.valueStart;
      end = event.valueEnd;
      name = event.fast ? this.cachedKeyName(start, end) : plainKeyName(decode(text, event));
      if (name === null) {
        parent.isMerge = true;
        parent.key = "<<";
        parent.keyStart = start;
        parent.keyEnd = end;
        parent.cursor = end;
        return;
      }
    } else if (style === SINGLE_QUOTED || style === DOUBLE_QUOTED) {
      start = event.valueStart - 1;
      end = event.valueEnd + 1;
      name = event.fast ? text.slice(event.valueStart, event.valueEnd) : decode(text, event);
    } else {
      throw new HandOver("block scalar as a key");
    }
    if (end - start > MAX_KEY_LENGTH) throw new HandOver("long key");
    if (!event.fast) {
      for (let i = start; i < end; i += 1) {
        if (text.charCodeAt(i) === 10) throw new HandOver("multi-line key");
      }
    }
    if (Object.prototype.hasOwnProperty.call(parent.object, name)) throw new HandOver("duplicate key");
    parent.isMerge = false;
    parent.key = name;
    parent.keyStart = start;
    parent.keyEnd = end;
    parent.cursor = end;
  }
  /**
   * `plainKeyName` of the fast plain key from `start` to `end`. Real records repeat a few
   * dozen keys thousands of times: the last key seen in each slot of a small cache is
   * compared in place, so that a repeated key is neither cut out of the text nor resolved again.
   */
  cachedKeyName(start, end) {
    const text = this.text;
    const length = end - start;
    const slot = length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1) & KEY_CACHE_SIZE - 1;
    const cached = this.keySources[slot];
    if (cached.length === length && text.startsWith(cached, start)) return this.keyNames[slot];
    const source = text.slice(start, end);
    const name = plainKeyName(source);
    if (name !== null) {
      this.keySources[slot] = source;
      this.keyNames[slot] = name;
    }
    return name;
  }
  /** The name of an anchor or alias; one ending in `:` is an error for the complete reader. */
  anchorName(start, end) {
    if (this.text.charCodeAt(end - 1) === 58) throw new HandOver("anchor name ending in a colon");
    return this.text.slice(start, end);
  }
  addToParent(parent, value, size, end, itemEnd) {
    parent.size += size;
    parent.cursor = end;
    parent.itemEnd = itemEnd;
    if (parent.isMap) {
      if (parent.isMerge) {
        (parent.merged ??= []).push(value);
      } else {
        setOwn(parent.object, parent.key, value);
      }
      parent.key = null;
      parent.isMerge = false;
    } else {
      parent.items[parent.index] = value;
    }
    parent.index += 1;
  }
  /** Skips spaces, line breaks and comments from `from`; returns the offset of the next other character. */
  skipBlank(from) {
    const text = this.text;
    let i = from;
    for (; ; ) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i += 1;
      else if (c === 35) {
        const newline = text.indexOf("\n", i);
        i = newline === -1 ? text.length : newline;
      } else return i;
    }
  }
  /** Past the spaces, comment and one line break that follow a node in a block collection. */
  lineRest(from) {
    const text = this.text;
    let i = from;
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9) c = text.charCodeAt(++i);
    if (c === 35) {
      const newline = text.indexOf("\n", i);
      if (newline === -1) return text.length;
      return newline + 1;
    }
    if (c === 10) return i + 1;
    if (c === 13 && text.charCodeAt(i + 1) === 10) return i + 2;
    return i;
  }
  /**
   * Where the complete reader ends an empty value at the end of a line: right there, unless
   * comment lines follow before the next content, which it takes in (with the blank lines).
   */
  commentLinesAfter(position) {
    const text = this.text;
    let line = text.indexOf("\n", position) + 1;
    if (line === 0) return position;
    let end = position;
    for (; ; ) {
      let i = line;
      let c = text.charCodeAt(i);
      while (c === 32 || c === 9) c = text.charCodeAt(++i);
      if (c === 35) {
        const newline = text.indexOf("\n", i);
        end = newline === -1 ? text.length : newline + 1;
        line = end;
      } else if (c === 10 || c === 13 && text.charCodeAt(i + 1) === 10) {
        line = text.indexOf("\n", i) + 1;
        if (end !== position) end = line;
      } else {
        return end;
      }
      if (line >= text.length) return end;
    }
  }
  closingBracket(from, bracket) {
    const text = this.text;
    let i = from;
    for (; ; ) {
      i = this.skipBlank(i);
      const c = text.charCodeAt(i);
      if (c === 44) i += 1;
      else if (c === bracket) return i;
      else throw new HandOver("unexpected text before a closing bracket");
    }
  }
  /** Where the complete reader places an empty value: after its indicator or anchor, and the spaces after it. */
  emptyScalarPosition(parent, event) {
    const text = this.text;
    let position;
    if (parent.isMap) {
      const colon = this.skipBlank(parent.cursor);
      if (text.charCodeAt(colon) !== 58) throw new HandOver("empty value without a colon");
      position = colon + 1;
    } else {
      if (parent.flow) throw new HandOver("empty item in a flow sequence");
      const dash = parent.index === 0 ? parent.cursor : this.skipBlank(parent.cursor);
      if (text.charCodeAt(dash) !== 45) throw new HandOver("empty item without a dash");
      position = dash + 1;
    }
    if (event.anchorStart !== -1) position = event.anchorEnd;
    let c = text.charCodeAt(position);
    while (c === 32 || c === 9) c = text.charCodeAt(++position);
    return position;
  }
  /** The `|` or `>` that opens a block scalar: the first such character after the key or dash. */
  blockScalarIndicator(parent, event) {
    const text = this.text;
    let i = event.anchorStart !== -1 ? event.anchorEnd : parent.cursor;
    for (; ; ) {
      i = this.skipBlank(i);
      const c = text.charCodeAt(i);
      if (c === 124 || c === 62) return i;
      if (c === 58 || c === 45 || c === 63) i += 1;
      else throw new HandOver("block scalar indicator not found");
    }
  }
  /**
   * Where the complete reader ends a block scalar: after its last line with content, plus
   * the blank lines after it that are more indented than its content (all of them when the
   * scalar keeps its final line breaks, `|+`).
   */
  blockScalarEnd(event, indicator) {
    const text = this.text;
    const headerEnd = text.indexOf("\n", indicator);
    const from = headerEnd === -1 ? text.length : headerEnd + 1;
    let indent = 0;
    for (let i = from; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 32) indent += 1;
      else if (c === 10) indent = 0;
      else if (c !== 13 || text.charCodeAt(i + 1) !== 10) break;
    }
    const valueEnd = event.valueEnd;
    let newline;
    if (valueEnd > from && text.charCodeAt(valueEnd - 1) === 10) newline = valueEnd - 1;
    else if (valueEnd >= text.length) newline = text.length;
    else if (valueEnd <= from && headerEnd !== -1) newline = headerEnd;
    else throw new HandOver("block scalar ends inside a line");
    let next = newline + 1;
    while (text.charCodeAt(next) === 32) next += 1;
    if (text.charCodeAt(next) === 9) throw new HandOver("tab after a block scalar");
    if (event.chomping !== KEEP) {
      for (; ; ) {
        let i = newline - 1;
        let c = text.charCodeAt(i);
        if (c === 13) c = text.charCodeAt(--i);
        const lastChar = i;
        while (c === 32) c = text.charCodeAt(--i);
        if (c === 10 && i >= from && i + 1 + indent > lastChar) newline = i;
        else break;
      }
    }
    return Math.min(newline + 1, text.length);
  }
};
function plainKeyName(source) {
  if (source === "<<") return null;
  const resolved = resolvePlain(source);
  return resolved === null ? "" : String(resolved);
}
var INT = /^[-+]?[0-9]+$/;
var OCT = /^0o[0-7]+$/;
var HEX = /^0x[0-9a-fA-F]+$/;
var SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var EXP_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
function resolvePlain(source) {
  const first = source.charCodeAt(0);
  if (Number.isNaN(first)) return null;
  const lower = first | 32;
  if (lower >= 97 && lower <= 122) {
    if (source.length > 5 || lower !== 110 && lower !== 116 && lower !== 102) return source;
    switch (source) {
      case "null":
      case "Null":
      case "NULL":
        return null;
      case "true":
      case "True":
      case "TRUE":
        return true;
      case "false":
      case "False":
      case "FALSE":
        return false;
      default:
        return source;
    }
  }
  if (first === 126 && source.length === 1) return null;
  if (!(first >= 48 && first <= 57 || first === 43 || first === 45 || first === 46)) return source;
  if (OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (HEX.test(source)) return parseInt(source.substring(2), 16);
  if (SPECIAL_FLOAT.test(source)) return source.slice(-3).toLowerCase() === "nan" ? Number.NaN : source[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (EXP_FLOAT.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

// src/parser/yaml-block-scanner.ts
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var BANG = 33;
var DOUBLE_QUOTE = 34;
var HASH = 35;
var PERCENT = 37;
var AMPERSAND = 38;
var QUOTE = 39;
var STAR = 42;
var PLUS = 43;
var COMMA = 44;
var DASH = 45;
var DOT = 46;
var COLON = 58;
var GREATER = 62;
var QUESTION = 63;
var AT = 64;
var OPEN_BRACKET = 91;
var BACKSLASH = 92;
var CLOSE_BRACKET = 93;
var BACKTICK = 96;
var OPEN_BRACE = 123;
var PIPE = 124;
var CLOSE_BRACE = 125;
var NONE = 0;
var VALUE = 1;
var ITEM = 2;
var ROOT = 3;
var NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var BYTES_PER_NODE = 24;
function scanYaml(text, limits, reason) {
  try {
    return new BlockScanner(text, limits).read();
  } catch (error) {
    if (error instanceof HandOver) {
      reason?.(error.reason);
      return void 0;
    }
    throw error;
  }
}
var StreamEvent = class {
  start = -1;
  valueStart = -1;
  valueEnd = -1;
  anchorStart = -1;
  anchorEnd = -1;
  tagStart = -1;
  style = PLAIN;
  chomping = CLIP;
  indent = -1;
  fast = true;
};
function isFlowIndicator2(c) {
  return c === COMMA || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE;
}
function endsLine(c) {
  return c === LF || c === CR || Number.isNaN(c);
}
function isHex(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}
function isSimpleEscape2(c) {
  switch (c) {
    case 48:
    // 0
    case 97:
    // a
    case 98:
    // b
    case 116:
    // t
    case TAB:
    case 110:
    // n
    case 118:
    // v
    case 102:
    // f
    case 114:
    // r
    case 101:
    // e
    case SPACE:
    case DOUBLE_QUOTE:
    case 47:
    // /
    case BACKSLASH:
    case 78:
    // N
    case 95:
    // _
    case 76:
    // L
    case 80:
      return true;
    default:
      return false;
  }
}
var NEVER = 0;
var ALWAYS = 1;
var UNLESS_SPACE_FOLLOWS = 2;
var PLAIN_START = new Uint8Array(128).fill(ALWAYS);
for (const c of [SPACE, TAB, LF, CR, HASH, AMPERSAND, STAR, BANG, PIPE, GREATER, QUOTE, DOUBLE_QUOTE, PERCENT, AT, BACKTICK, COMMA, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE]) {
  PLAIN_START[c] = NEVER;
}
PLAIN_START[QUESTION] = UNLESS_SPACE_FOLLOWS;
PLAIN_START[DASH] = UNLESS_SPACE_FOLLOWS;
function canStartPlain(c, next, inFlow) {
  if (!(c < 128)) return c >= 128;
  const kind = PLAIN_START[c];
  return kind === ALWAYS || kind === UNLESS_SPACE_FOLLOWS && !(next === SPACE || next === TAB || endsLine(next) || inFlow && isFlowIndicator2(next));
}
var BlockScanner = class {
  constructor(text, limits) {
    this.text = text;
    this.length = text.length;
    this.builder = new Builder(text, limits, Math.ceil(text.length / BYTES_PER_NODE) + 16);
  }
  text;
  length;
  builder;
  /** The events handed to the Builder: one for scalars and aliases, one for collections, since a key is scanned before its mapping opens. */
  event = new StreamEvent();
  collectionEvent = new StreamEvent();
  /** The open block collections, outermost first: the column of their items and whether they are mappings. */
  indents = [];
  isMap = [];
  /** Set while the node of a `key:`, a `-` or the document starts on a later line, with its anchor. */
  pending = ROOT;
  pendingAnchorStart = -1;
  pendingAnchorEnd = -1;
  /** Where the last plain scalar scanned ends (without its trailing spaces). */
  plainEnd = 0;
  /** After `scalarOrKey`: past the key's colon for a key, else where the scalar's scan stopped. */
  after = 0;
  /** Where the line being read starts. */
  lineStart = 0;
  /**
   * After a plain scalar value that ends its line: the column of the collection holding it,
   * which the next content line must not pass (js-yaml would read the scalar on into it); else -1.
   */
  plainOwner = -1;
  read() {
    const text = this.text;
    const refused = refusal(text);
    if (refused !== void 0) throw new HandOver(refused);
    if (text.indexOf("\0") !== -1) throw new HandOver("null byte");
    this.builder.document(0);
    let position = 0;
    while (position < this.length) {
      let i = position;
      let c = text.charCodeAt(i);
      while (c === SPACE) c = text.charCodeAt(++i);
      if (c === LF) position = i + 1;
      else if (c === CR) position = i + 2;
      else if (Number.isNaN(c)) position = i;
      else if (c === HASH) {
        this.plainOwner = -1;
        position = this.nextLine(i);
      } else if (c === TAB) throw new HandOver("tab");
      else {
        if (this.plainOwner !== -1 && i - position > this.plainOwner) throw new HandOver("plain scalar over several lines");
        this.plainOwner = -1;
        this.lineStart = position;
        position = this.line(i);
      }
    }
    if (this.pending === ROOT) throw new HandOver("no content");
    if (this.pending !== NONE) this.empty(this.pendingAnchorStart, this.pendingAnchorEnd);
    while (this.indents.length > 0) this.close();
    return this.builder.finish();
  }
  /** Reads the content line whose first character is at `i`; returns where the next line starts. */
  line(i) {
    const text = this.text;
    const column = i - this.lineStart;
    const c = text.charCodeAt(i);
    if (column === 0 && (c === DASH || c === DOT) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) {
      const next = text.charCodeAt(i + 3);
      if (next === SPACE || next === TAB || endsLine(next)) throw new HandOver("document marker");
    }
    if (c === AMPERSAND || c === BANG) throw new HandOver("node properties at the start of a line");
    if (this.pending !== NONE) {
      const owner = this.pending === ROOT ? -1 : this.indents[this.indents.length - 1];
      if (column > owner) return this.nodeOnOwnLine(i, column);
      if (this.pending === VALUE && column === owner && this.isDashEntry(i)) {
        this.openBlock(i, false, column, this.pendingAnchorStart, this.pendingAnchorEnd);
        this.pending = NONE;
        return this.item(i + 1);
      }
      this.empty(this.pendingAnchorStart, this.pendingAnchorEnd);
      this.pending = NONE;
    }
    const indents = this.indents;
    while (indents.length > 0 && column < indents[indents.length - 1]) this.close();
    if (indents.length > 0 && indents[indents.length - 1] === column && !this.isMap[indents.length - 1] && !this.isDashEntry(i)) this.close();
    const top = indents.length - 1;
    if (top < 0) throw new HandOver("content after the root collection");
    if (indents[top] !== column) throw new HandOver("indentation between levels");
    if (this.isMap[top]) {
      if (!((c === QUOTE || c === DOUBLE_QUOTE || canStartPlain(c, text.charCodeAt(i + 1), false)) && this.scalarOrKey(i))) {
        throw new HandOver("mapping entry without a key");
      }
      this.emitScalar(-1, -1);
      return this.value(this.after);
    }
    if (!this.isDashEntry(i)) throw new HandOver("sequence entry without a dash");
    return this.item(i + 1);
  }
  /** The node of the pending `key:`, `-` or document, which starts at `i` on a line of its own. */
  nodeOnOwnLine(i, column) {
    const text = this.text;
    const anchorStart = this.pendingAnchorStart;
    const anchorEnd = this.pendingAnchorEnd;
    const atRoot = this.pending === ROOT;
    this.pending = NONE;
    if (atRoot && column !== 0) throw new HandOver("indented root");
    if (this.isDashEntry(i)) {
      this.openBlock(i, false, column, anchorStart, anchorEnd);
      return this.item(i + 1);
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === DOUBLE_QUOTE || canStartPlain(c, text.charCodeAt(i + 1), false)) {
      if (this.scalarOrKey(i)) {
        this.openBlock(i, true, column, anchorStart, anchorEnd);
        this.emitScalar(-1, -1);
        return this.value(this.after);
      }
      if (atRoot) throw new HandOver("scalar document");
      return this.scalarValue(anchorStart, anchorEnd);
    }
    if (atRoot) throw new HandOver("root that is not a block collection");
    if (c === STAR && anchorStart === -1) return this.lineEnd(this.alias(i, false));
    if (c === OPEN_BRACKET || c === OPEN_BRACE) return this.lineEnd(this.flow(i, anchorStart, anchorEnd));
    throw new HandOver("node on a line of its own");
  }
  /** After `key:` (its colon at `from - 1`). */
  value(from) {
    const i = this.skipSpaces(from);
    const c = this.text.charCodeAt(i);
    if (endsLine(c) || c === HASH) return this.pendUntilNextLine(VALUE, i, -1, -1);
    return this.inline(i, false);
  }
  /** After the `-` of a sequence entry (at `from - 1`). */
  item(from) {
    let i = this.skipSpaces(from);
    while (this.isDashEntry(i)) {
      this.openBlock(i, false, this.column(i), -1, -1);
      i = this.skipSpaces(i + 1);
    }
    const c = this.text.charCodeAt(i);
    if (endsLine(c) || c === HASH) return this.pendUntilNextLine(ITEM, i, -1, -1);
    return this.inline(i, true);
  }
  /** A node that starts on the line of its `key:` or `-`, at `i`. */
  inline(i, inItem) {
    const text = this.text;
    let c = text.charCodeAt(i);
    let anchorStart = -1;
    let anchorEnd = -1;
    if (c === AMPERSAND) {
      anchorStart = i + 1;
      anchorEnd = this.name(i);
      i = this.skipSpaces(anchorEnd);
      c = text.charCodeAt(i);
      if (endsLine(c) || c === HASH) return this.pendUntilNextLine(inItem ? ITEM : VALUE, i, anchorStart, anchorEnd);
      if (c === AMPERSAND || c === STAR || c === BANG || this.isDashEntry(i)) throw new HandOver("anchor before another property or a sequence");
    }
    if (c === STAR) {
      if (anchorStart !== -1) throw new HandOver("anchor on an alias");
      return this.lineEnd(this.alias(i, false));
    }
    if (c === OPEN_BRACKET || c === OPEN_BRACE) return this.lineEnd(this.flow(i, anchorStart, anchorEnd));
    if (c === PIPE || c === GREATER) return this.blockScalar(i, anchorStart, anchorEnd);
    if (c === QUOTE || c === DOUBLE_QUOTE || canStartPlain(c, text.charCodeAt(i + 1), false)) {
      if (this.scalarOrKey(i)) {
        if (!inItem || anchorStart !== -1) throw new HandOver(inItem ? "anchor on a key" : "a key after a key");
        this.openBlock(i, true, this.column(i), -1, -1);
        this.emitScalar(-1, -1);
        return this.value(this.after);
      }
      return this.scalarValue(anchorStart, anchorEnd);
    }
    throw new HandOver("node not handled");
  }
  /** Emits the scalar `scalarOrKey` just scanned as a value; returns where the next line starts. */
  scalarValue(anchorStart, anchorEnd) {
    this.emitScalar(anchorStart, anchorEnd);
    const stop = this.after;
    if (this.event.style === PLAIN && this.text.charCodeAt(stop) !== HASH) this.plainOwner = this.indents[this.indents.length - 1];
    return this.lineEnd(stop);
  }
  /**
   * Scans the plain or quoted scalar at `i` into the event's value fields. Returns whether it
   * is a mapping key (followed on its line by a colon and a space), leaving `after` past the
   * colon; otherwise `after` is where the scalar's scan stopped.
   */
  scalarOrKey(i) {
    const text = this.text;
    const event = this.event;
    const c = text.charCodeAt(i);
    let stop;
    if (c === QUOTE || c === DOUBLE_QUOTE) {
      stop = this.skipSpaces(this.quoted(i));
    } else {
      stop = this.plain(i, false);
      if (this.plainEnd === i) throw new HandOver("empty key");
      event.valueStart = i;
      event.valueEnd = this.plainEnd;
      event.style = PLAIN;
      event.fast = true;
    }
    if (text.charCodeAt(stop) === COLON) {
      const next = text.charCodeAt(stop + 1);
      if (next === SPACE || endsLine(next)) {
        this.after = stop + 1;
        return true;
      }
      if (next === TAB) throw new HandOver("tab");
    }
    this.after = stop;
    return false;
  }
  /**
   * Scans a plain scalar from `i` as js-yaml does on one line: it stops at a colon followed by
   * a space or the line's end, at a `#` after a space, at the line's end and, in a flow
   * collection, at a flow indicator. Sets `plainEnd`; returns where it stopped.
   */
  plain(i, inFlow) {
    const text = this.text;
    const start = i;
    let end = i;
    let unusual = false;
    for (; ; i += 1) {
      const c = text.charCodeAt(i);
      if (c > COLON) {
        if (c >= 127) unusual = true;
        else if (inFlow && isFlowIndicator2(c)) break;
        end = i + 1;
        continue;
      }
      if (c === COLON) {
        const next = text.charCodeAt(i + 1);
        if (next === SPACE || next === TAB || endsLine(next) || inFlow && isFlowIndicator2(next)) break;
      } else if (c === HASH) {
        if (text.charCodeAt(i - 1) === SPACE) break;
      } else if (c === LF || c === CR || Number.isNaN(c)) {
        break;
      } else if (c === TAB) {
        throw new HandOver("tab");
      } else if (inFlow && isFlowIndicator2(c)) {
        break;
      } else if (c < SPACE || c >= 127) {
        unusual = true;
      }
      if (c !== SPACE) end = i + 1;
    }
    if (unusual && NON_PRINTABLE.test(text.slice(start, end))) throw new HandOver("non-printable character");
    this.plainEnd = end;
    return i;
  }
  /** Scans the one-line quoted scalar whose opening quote is at `i` into the event's value fields; returns the offset past its closing quote. */
  quoted(i) {
    const text = this.text;
    const quote = text.charCodeAt(i);
    let fast = true;
    let j = i + 1;
    for (; ; ) {
      const c = text.charCodeAt(j);
      if (c === quote) {
        if (quote === QUOTE && text.charCodeAt(j + 1) === QUOTE) {
          fast = false;
          j += 2;
          continue;
        }
        break;
      }
      if (c === BACKSLASH && quote === DOUBLE_QUOTE) {
        fast = false;
        j = this.escape(j + 1);
        continue;
      }
      if (c < SPACE && c !== TAB || Number.isNaN(c)) throw new HandOver("quoted scalar not closed on its line");
      j += 1;
    }
    const event = this.event;
    event.valueStart = i + 1;
    event.valueEnd = j;
    event.style = quote === QUOTE ? SINGLE_QUOTED : DOUBLE_QUOTED;
    event.fast = fast;
    return j + 1;
  }
  /** Checks the escape whose character after the backslash is at `j`, as js-yaml does; returns the offset past it. */
  escape(j) {
    const text = this.text;
    const c = text.charCodeAt(j);
    if (isSimpleEscape2(c)) return j + 1;
    const digits = c === 120 ? 2 : c === 117 ? 4 : c === 85 ? 8 : 0;
    if (digits === 0) throw new HandOver("escape not handled");
    for (let k = 1; k <= digits; k += 1) {
      if (!isHex(text.charCodeAt(j + k))) throw new HandOver("bad escape");
    }
    return j + digits + 1;
  }
  /** The end of the anchor or alias name after the `&` or `*` at `i`. */
  name(i) {
    const text = this.text;
    let j = i + 1;
    let c = text.charCodeAt(j);
    while (!(c === SPACE || endsLine(c) || isFlowIndicator2(c))) {
      if (c === TAB) throw new HandOver("tab");
      c = text.charCodeAt(++j);
    }
    if (j === i + 1) throw new HandOver("empty anchor name");
    return j;
  }
  /** Emits the alias at `i`; returns the offset past its name. */
  alias(i, inFlow) {
    const end = this.name(i);
    if (!inFlow && isFlowIndicator2(this.text.charCodeAt(end))) throw new HandOver("flow indicator after an alias");
    const event = this.event;
    event.anchorStart = i + 1;
    event.anchorEnd = end;
    this.builder.alias(event);
    return end;
  }
  /** Reads the one-line flow sequence or mapping of scalars, aliases and flow collections whose bracket is at `i`; returns the offset past its closing bracket. */
  flow(i, anchorStart, anchorEnd) {
    const text = this.text;
    const isMap = text.charCodeAt(i) === OPEN_BRACE;
    const closing = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
    this.open(i, isMap, FLOW, anchorStart, anchorEnd);
    let j = this.skipSpaces(i + 1);
    for (; ; ) {
      if (text.charCodeAt(j) === closing) break;
      if (isMap) {
        j = this.skipSpaces(this.flowScalar(j));
        if (text.charCodeAt(j) !== COLON || text.charCodeAt(j + 1) !== SPACE) throw new HandOver("flow mapping entry not handled");
        j = this.skipSpaces(j + 1);
      }
      const c = text.charCodeAt(j);
      j = this.skipSpaces(c === OPEN_BRACKET || c === OPEN_BRACE ? this.flow(j, -1, -1) : this.flowScalar(j));
      const next = text.charCodeAt(j);
      if (next === COMMA) j = this.skipSpaces(j + 1);
      else if (next !== closing) throw new HandOver("flow collection not handled");
    }
    this.builder.close();
    return j + 1;
  }
  /** Emits the scalar or alias at `i` inside a flow collection; returns the offset past it. */
  flowScalar(i) {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === STAR) return this.alias(i, true);
    let end;
    if (c === QUOTE || c === DOUBLE_QUOTE) {
      end = this.quoted(i);
    } else {
      if (!canStartPlain(c, text.charCodeAt(i + 1), true)) throw new HandOver("flow item not handled");
      end = this.plain(i, true);
      const event = this.event;
      event.valueStart = i;
      event.valueEnd = this.plainEnd;
      event.style = PLAIN;
      event.fast = true;
    }
    this.emitScalar(-1, -1);
    return end;
  }
  /**
   * Reads the block scalar whose `|` or `>` is at `i`, line by line as js-yaml's
   * readBlockScalar does; returns where the next line starts.
   */
  blockScalar(i, anchorStart, anchorEnd) {
    const text = this.text;
    const length = this.length;
    const style = text.charCodeAt(i) === PIPE ? LITERAL_BLOCK : FOLDED_BLOCK;
    let j = i + 1;
    let c = text.charCodeAt(j);
    let chomping = CLIP;
    if (c === PLUS || c === DASH) {
      chomping = c === PLUS ? KEEP : STRIP;
      c = text.charCodeAt(++j);
    }
    if (c >= 48 && c <= 57 || c === PLUS || c === DASH) throw new HandOver("block scalar indicator not handled");
    const header = j;
    while (c === SPACE) c = text.charCodeAt(++j);
    if (c === HASH && j > header) j = text.indexOf("\n", j);
    else if (c === CR || c === LF) j = text.indexOf("\n", j);
    else if (!Number.isNaN(c)) throw new HandOver("text after a block scalar header");
    const valueStart = j === -1 || j >= length ? length : j + 1;
    const parentIndent = this.indents[this.indents.length - 1] + 1;
    let contentIndent = -1;
    let maxLeadingIndent = 0;
    let valueEnd = valueStart;
    let position = valueStart;
    while (position < length) {
      let column = 0;
      while (text.charCodeAt(position + column) === SPACE) column += 1;
      const first = text.charCodeAt(position + column);
      if (Number.isNaN(first)) {
        if (column > (contentIndent >= 0 ? contentIndent : 0)) valueEnd = position + column;
        position = length;
        break;
      }
      const blank = first === LF || first === CR;
      if (column === 0 && (first === DASH || first === DOT) && text.charCodeAt(position + 1) === first && text.charCodeAt(position + 2) === first) {
        const next = text.charCodeAt(position + 3);
        if (next === SPACE || next === TAB || endsLine(next)) throw new HandOver("document marker");
      }
      if (contentIndent === -1) {
        if (blank) {
          if (column > maxLeadingIndent) maxLeadingIndent = column;
        } else {
          if (first === TAB) throw new HandOver("tab");
          if (column >= parentIndent && column < maxLeadingIndent) throw new HandOver("block scalar indentation");
          if (column < parentIndent) break;
          contentIndent = column;
        }
      } else if (!blank && column < contentIndent) {
        break;
      }
      const newline = text.indexOf("\n", position + column);
      if (newline === -1) {
        valueEnd = length;
        position = length;
        break;
      }
      valueEnd = newline + 1;
      position = newline + 1;
    }
    if (NON_PRINTABLE.test(text.slice(valueStart, valueEnd))) throw new HandOver("non-printable character");
    const event = this.event;
    event.valueStart = valueStart;
    event.valueEnd = valueEnd;
    event.style = style;
    event.fast = false;
    event.anchorStart = anchorStart;
    event.anchorEnd = anchorEnd;
    event.tagStart = -1;
    event.chomping = chomping;
    event.indent = contentIndent;
    this.builder.scalar(event);
    return position;
  }
  /** Emits the scalar whose value fields are set, with the anchor given. */
  emitScalar(anchorStart, anchorEnd) {
    const event = this.event;
    event.anchorStart = anchorStart;
    event.anchorEnd = anchorEnd;
    event.tagStart = -1;
    event.chomping = CLIP;
    event.indent = -1;
    this.builder.scalar(event);
  }
  /** Emits an empty scalar (a `key:` or `-` with no node). */
  empty(anchorStart, anchorEnd) {
    const event = this.event;
    event.valueStart = -1;
    event.valueEnd = -1;
    event.style = PLAIN;
    event.fast = false;
    this.emitScalar(anchorStart, anchorEnd);
  }
  open(start, isMap, style, anchorStart, anchorEnd) {
    const event = this.collectionEvent;
    event.start = start;
    event.anchorStart = anchorStart;
    event.anchorEnd = anchorEnd;
    event.tagStart = -1;
    event.style = style;
    this.builder.open(event, isMap);
  }
  openBlock(start, isMap, column, anchorStart, anchorEnd) {
    this.open(start, isMap, BLOCK, anchorStart, anchorEnd);
    this.indents.push(column);
    this.isMap.push(isMap);
  }
  /** Closes the innermost block collection. */
  close() {
    this.indents.pop();
    this.isMap.pop();
    this.builder.close();
  }
  /** Leaves the node of a `key:`, `-` (whose line ends at `i`, maybe with a comment) to the next content line. */
  pendUntilNextLine(kind, i, anchorStart, anchorEnd) {
    this.pending = kind;
    this.pendingAnchorStart = anchorStart;
    this.pendingAnchorEnd = anchorEnd;
    return this.lineEnd(i);
  }
  /** Past the spaces and comment after a node that ends at `i`: where the next line starts. Anything else there is not for this scanner. */
  lineEnd(i) {
    const text = this.text;
    let j = i;
    let c = text.charCodeAt(j);
    while (c === SPACE) c = text.charCodeAt(++j);
    if (c === LF) return j + 1;
    if (c === CR) return j + 2;
    if (Number.isNaN(c)) return j;
    if (c === HASH && text.charCodeAt(j - 1) === SPACE) return this.nextLine(j);
    throw new HandOver(c === TAB ? "tab" : "text after a node");
  }
  /** Where the line holding `i` ends, its line feed included. */
  nextLine(i) {
    const newline = this.text.indexOf("\n", i);
    return newline === -1 ? this.length : newline + 1;
  }
  skipSpaces(i) {
    const text = this.text;
    let j = i;
    while (text.charCodeAt(j) === SPACE) j += 1;
    if (text.charCodeAt(j) === TAB) throw new HandOver("tab");
    return j;
  }
  isDashEntry(i) {
    const text = this.text;
    if (text.charCodeAt(i) !== DASH) return false;
    const next = text.charCodeAt(i + 1);
    if (next === TAB) throw new HandOver("tab");
    return next === SPACE || endsLine(next);
  }
  column(i) {
    return i - this.lineStart;
  }
};

// src/parser/yaml-event-source.ts
function parseYamlEvents(text, limits, reason) {
  return scanYaml(text, limits) ?? parseYamlEventList(text, limits, reason);
}
function parseYamlEventList(text, limits, reason) {
  const refused = refusal(text);
  if (refused !== void 0) {
    reason?.(refused);
    return void 0;
  }
  return readEventList(text, limits, reason);
}
function readEventList(text, limits, reason) {
  let events;
  try {
    events = parseEvents(text, { maxDepth: limits.maxDepth + 10 });
  } catch (error) {
    const message = error instanceof Error ? error.reason ?? error.message : String(error);
    if (/nesting exceeded maxDepth/.test(message)) {
      const position = error.mark?.position ?? 0;
      return { value: null, locations: /* @__PURE__ */ new Map(), problems: [tooDeepProblem(limits, { start: position, end: position })] };
    }
    reason?.(`js-yaml: ${message}`);
    return void 0;
  }
  try {
    const builder = new Builder(text, limits, events.length);
    for (let i = 0; i < events.length; i += 1) builder.event(events[i]);
    return builder.finish();
  } catch (error) {
    if (error instanceof HandOver) {
      reason?.(error.reason);
      return void 0;
    }
    throw error;
  }
}

// src/parser/yaml-source.ts
function stripByteOrderMark(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function hasKeyAnywhere(document, name) {
  const locations = document.locations;
  return locations instanceof LazyLocations ? locations.hasKey(name) : hasKeyInPointers(locations, name);
}
function parseYaml(text, limits = defaultParseLimits) {
  return parseYamlEvents(text, limits) ?? parseYamlDocument(text, limits);
}

export {
  stripByteOrderMark,
  hasKeyAnywhere,
  parseYaml
};
/*! Bundled license information:

js-yaml/dist/js-yaml.mjs:
  (*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT *)
*/
