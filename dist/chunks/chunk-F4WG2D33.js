import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  joinPointer,
  pointerOf
} from "./chunk-4UDDO77X.js";
import {
  suggestClosest
} from "./chunk-IFVXAW5K.js";
import {
  __commonJS,
  __toESM
} from "./chunk-3NTWQZSC.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate2, compare) {
      return { validate: validate2, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/generated/inventory-validator.js
var runtimeModule0 = __toESM(require_ucs2length(), 1);
var runtimeModule1 = __toESM(require_formats(), 1);
var runtime0 = runtimeModule0.default?.__esModule ? runtimeModule0.default : runtimeModule0;
var runtime1 = runtimeModule1.default?.__esModule ? runtimeModule1.default : runtimeModule1;
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/ropa-lint/ropa-lint/main/schemas/inventory.schema.json", "title": "ropa-lint inventory (record of processing activities, GDPR Art. 30)", "description": "One record of processing activities kept as YAML. Keys are snake_case, ids kebab-case; keys starting with x- are user extensions. Reference: docs/inventory-format.md.", "type": "object", "required": ["version", "controller", "data_subjects", "data_categories", "processing_activities"], "properties": { "version": { "title": "Format version", "description": "The version of the inventory format. Always 1.", "const": 1 }, "controller": { "title": "Controller", "description": "The controller responsible for the processing: its name and contact details, and those of its joint controllers, representative and data protection officer (Art. 30(1)(a)). Drives: `record-incomplete`.", "markdownDescription": "The controller responsible for the processing: its name and contact details, and those of its joint controllers, representative and data protection officer (Art. 30(1)(a)). Drives: `record-incomplete`.", "type": "object", "required": ["name"], "properties": { "name": { "title": "Name", "description": "Legal name of the controller (Art. 30(1)(a)).", "type": "string", "minLength": 1, "examples": ["Acme Chat Ltd"] }, "contact": { "title": "Contact", "description": "How to reach the controller about data protection: an address, an e-mail, a web form (Art. 30(1)(a)). Drives: `record-incomplete`.", "markdownDescription": "How to reach the controller about data protection: an address, an e-mail, a web form (Art. 30(1)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["privacy@acme.example"] }, "dpo": { "title": "Data protection officer", "description": "Contact details of the data protection officer, where one is designated (Art. 30(1)(a), 37).", "type": "string", "minLength": 1, "examples": ["dpo@acme.example"] }, "representative": { "title": "Representative", "description": "Name and contact of the representative in the Union of a controller established outside it (Art. 27, 30(1)(a)).", "type": "string", "minLength": 1, "examples": ["EU Rep Services BV, eu-rep@example.eu"] }, "joint_controllers": { "title": "Joint controllers", "description": "The controllers that decide the purposes and means together with this one (Art. 26, 30(1)(a)). Needed when an activity has role joint-controller; an empty list names none. Drives: `record-incomplete`.", "markdownDescription": "The controllers that decide the purposes and means together with this one (Art. 26, 30(1)(a)). Needed when an activity has role joint-controller; an empty list names none. Drives: `record-incomplete`.", "type": "array", "items": { "$ref": "#/$defs/jointController" } } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "notice": { "title": "Privacy notice", "description": "Path(s) of the Markdown privacy notice(s) that inform people of the purposes, relative to this file and inside the repository (Art. 13, 14). Drives: `notice-missing`, `notice-undisclosed-purpose`, `notice-withdrawal`.", "markdownDescription": "Path(s) of the Markdown privacy notice(s) that inform people of the purposes, relative to this file and inside the repository (Art. 13, 14). Drives: `notice-missing`, `notice-undisclosed-purpose`, `notice-withdrawal`.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 }, "examples": ["docs/privacy-notice.md", ["docs/privacy-notice.md", "docs/employee-notice.md"]] }, "record": { "title": "Record", "description": "The record's own bookkeeping, as regulators' templates ask for it: who keeps it and when it was last reviewed (accountability, Art. 5(2), 24(1)).", "type": "object", "properties": { "owner": { "title": "Owner", "description": "Who keeps this record up to date: a team or a role.", "type": "string", "minLength": 1, "examples": ["Privacy team"] }, "updated": { "title": "Last review", "description": "The date the record was last reviewed, YYYY-MM-DD.", "type": "string", "format": "date", "examples": ["2026-11-30"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "data_subjects": { "title": "Data subjects", "description": "The categories of people whose data is processed (Art. 30(1)(c)).", "type": "array", "items": { "$ref": "#/$defs/dataSubject" } }, "data_categories": { "title": "Data categories", "description": "The categories of personal data processed (Art. 30(1)(c)).", "type": "array", "items": { "$ref": "#/$defs/dataCategory" } }, "processing_activities": { "title": "Processing activities", "description": "The processing activities of the record, each with its purposes (Art. 30(1)(b)).", "type": "array", "items": { "$ref": "#/$defs/activity" } }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of the whole file from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about the whole file and everything inside it. Drives: `invalid-ignore`.", "markdownDescription": "Exemptions of the whole file from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about the whole file and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false, "$defs": { "id": { "title": "Id", "description": "A kebab-case identifier: lowercase letters and digits separated by single hyphens.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "jointController": { "title": "Joint controller", "description": "A controller that decides the purposes and means of processing together with this one (Art. 26).", "type": "object", "properties": { "name": { "title": "Name", "description": "Legal name of the joint controller (Art. 30(1)(a)). Drives: `record-incomplete`.", "markdownDescription": "Legal name of the joint controller (Art. 30(1)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["Partner Analytics SA"] }, "contact": { "title": "Contact", "description": "How to reach the joint controller about data protection (Art. 30(1)(a)). Drives: `record-incomplete`.", "markdownDescription": "How to reach the joint controller about data protection (Art. 30(1)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["privacy@partner.example"] }, "arrangement": { "title": "Arrangement", "description": "The Art. 26(1) arrangement that sets out each controller's responsibilities: a relative path to the document in the repository, a URL or an identifier. Its essence is made available to the people concerned (Art. 26(2)). Drives: `document-missing`.", "markdownDescription": "The Art. 26(1) arrangement that sets out each controller's responsibilities: a relative path to the document in the repository, a URL or an identifier. Its essence is made available to the people concerned (Art. 26(2)). Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/contracts/joint-controller.md"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "party": { "title": "Controller acted for", "description": "A controller on whose behalf this processor acts (Art. 30(2)(a)).", "type": "object", "properties": { "name": { "title": "Name", "description": "Legal name of the controller (Art. 30(2)(a)). Drives: `record-incomplete`.", "markdownDescription": "Legal name of the controller (Art. 30(2)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["Customer Ltd"] }, "contact": { "title": "Contact", "description": "How to reach the controller, or its data protection officer (Art. 30(2)(a)). Drives: `record-incomplete`.", "markdownDescription": "How to reach the controller, or its data protection officer (Art. 30(2)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["privacy@customer.example"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "dataSubject": { "title": "Data subject", "description": "A category of people whose data is processed (Art. 30(1)(c)).", "type": "object", "required": ["id", "name"], "properties": { "id": { "title": "Id", "description": "Unique kebab-case id of this category of data subjects; activities refer to it. Drives: `duplicate-id`, `unknown-reference`.", "markdownDescription": "Unique kebab-case id of this category of data subjects; activities refer to it. Drives: `duplicate-id`, `unknown-reference`.", "$ref": "#/$defs/id", "examples": ["workspace-members"] }, "name": { "title": "Name", "description": "A readable name of the category of people.", "type": "string", "minLength": 1, "examples": ["Members of customer workspaces"] }, "children": { "title": "Children", "description": "true when data of children may be processed: consent for information society services needs a parent below the age of digital consent (Art. 8), and children are vulnerable data subjects (WP248). Drives: `children-consent`, `dpia-required`.", "markdownDescription": "true when data of children may be processed: consent for information society services needs a parent below the age of digital consent (Art. 8), and children are vulnerable data subjects (WP248). Drives: `children-consent`, `dpia-required`.", "type": "boolean" }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this data subject from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this data subject and everything inside it. Drives: `invalid-ignore`.", "markdownDescription": "Exemptions of this data subject from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this data subject and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "dataCategory": { "title": "Data category", "description": "A category of personal data (Art. 30(1)(c)).", "type": "object", "required": ["id", "name", "source"], "properties": { "id": { "title": "Id", "description": "Unique kebab-case id of this data category; activities refer to it. Drives: `duplicate-id`, `unknown-reference`.", "markdownDescription": "Unique kebab-case id of this data category; activities refer to it. Drives: `duplicate-id`, `unknown-reference`.", "$ref": "#/$defs/id", "examples": ["chat-messages"] }, "name": { "title": "Name", "description": "A readable name of the kind of data.", "type": "string", "minLength": 1, "examples": ["Messages, files and reactions"] }, "source": { "title": "Source", "description": "Where the data comes from. It decides which ePrivacy article applies: communications content and metadata (Art. 5(1), 6) and data read from the user's device (Art. 5(3)) need consent for training. Drives: `consent-details-missing`, `consent-given-by-third-party`, `dpia-required`, `eprivacy-communications-consent`, `eprivacy-terminal-consent`.", "markdownDescription": "Where the data comes from. It decides which ePrivacy article applies: communications content and metadata (Art. 5(1), 6) and data read from the user's device (Art. 5(3)) need consent for training. Drives: `consent-details-missing`, `consent-given-by-third-party`, `dpia-required`, `eprivacy-communications-consent`, `eprivacy-terminal-consent`.", "type": "string", "enum": ["communications-content", "communications-metadata", "terminal-equipment", "provided-by-subject", "observed", "inferred", "third-party", "public"], "markdownEnumDescriptions": ["The content of messages, calls, meetings and their attachments. ePrivacy Art. 5(1) protects the confidentiality of communications: listening to, storing or otherwise using them needs the consent of the users concerned, which for AI training means every participant, whatever the GDPR basis. Drives: `consent-details-missing`, `consent-given-by-third-party`, `eprivacy-communications-consent`.", "Traffic and location data of communications: who talked to whom, when, for how long, from where. ePrivacy Art. 6 and 9 allow it beyond transmission and billing only with the users' consent. Drives: `consent-details-missing`, `consent-given-by-third-party`, `eprivacy-communications-consent`.", 'Read from or stored on the user\'s device: cookies, device identifiers, telemetry, diagnostics ("service-generated data"). ePrivacy Art. 5(3) requires consent unless the storing or reading is strictly necessary for the service the user asked for, which training a model never is. Drives: `consent-details-missing`, `eprivacy-terminal-consent`.', "Typed or uploaded by the person outside a communication: a profile, a form, a document. The GDPR alone applies; the person is informed when the data is collected (Art. 13).", "Observed on the controller's side while the service is used: logs of use, clicks in the controller's own systems. The GDPR alone applies.", "Derived by the controller from other data: scores, segments, predictions. Inferences about a person are personal data; the GDPR alone applies.", "Received from another organisation: a partner, a data broker, a customer's upload about others. The people were not asked directly, so they must be informed within a month (Art. 14).", "Publicly available, e.g. scraped from the web. Still personal data under the GDPR, with Art. 14 information duties; ropa-lint counts it as the WP248 criterion large-scale. Drives: `dpia-required`."] }, "special": { "title": "Special categories", "description": "The Art. 9(1) kinds of data in this category, whose processing is forbidden unless an Art. 9(2) condition applies; empty when none. Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "markdownDescription": "The Art. 9(1) kinds of data in this category, whose processing is forbidden unless an Art. 9(2) condition applies; empty when none. Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "type": "array", "uniqueItems": true, "items": { "type": "string", "enum": ["health", "biometric", "genetic", "racial-ethnic-origin", "political-opinions", "religious-beliefs", "trade-union", "sex-life", "sexual-orientation"], "markdownEnumDescriptions": ["Data concerning health: physical or mental health, including the provision of health care, which reveals information about health status (Art. 4(15), 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Biometric data processed to uniquely identify a person: facial images, fingerprints, voice prints (Art. 4(14), 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Genetic data: inherited or acquired genetic characteristics, e.g. from a DNA sample (Art. 4(13), 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing racial or ethnic origin (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing political opinions (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing religious or philosophical beliefs (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing trade union membership (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data concerning a person's sex life (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data concerning a person's sexual orientation (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`."] }, "examples": [["health"]] }, "criminal": { "title": "Criminal data", "description": "true when the category holds data on criminal convictions and offences or related security measures (Art. 10). Drives: `criminal-data-condition`, `dpia-required`.", "markdownDescription": "true when the category holds data on criminal convictions and offences or related security measures (Art. 10). Drives: `criminal-data-condition`, `dpia-required`.", "type": "boolean" }, "criminal_condition": { "title": "Criminal data condition", "description": "When criminal is true: the official authority under whose control the data is processed, or the Union or Member State law that authorises it (Art. 10). Drives: `criminal-data-condition`.", "markdownDescription": "When criminal is true: the official authority under whose control the data is processed, or the Union or Member State law that authorises it (Art. 10). Drives: `criminal-data-condition`.", "type": ["string", "null"], "examples": ["Background checks under the Rehabilitation of Offenders Act 1974 (Exceptions) Order 1975"] }, "retention": { "title": "Retention", "description": "How long this category is kept, when it differs from its activity's retention: an ISO 8601 duration or a sentence (Art. 5(1)(e), 30(1)(f)). Given on every category an activity uses, it counts as the activity's retention. Drives: `retention-missing`.", "markdownDescription": "How long this category is kept, when it differs from its activity's retention: an ISO 8601 duration or a sentence (Art. 5(1)(e), 30(1)(f)). Given on every category an activity uses, it counts as the activity's retention. Drives: `retention-missing`.", "type": ["string", "null"], "examples": ["P30D", "Until the account is deleted"] }, "collected_for": { "title": "Collected for", "description": "Ids of the purposes this data was originally collected for. Using it for another purpose is a further processing that must be compatible with them (Art. 5(1)(b), 6(4)). Drives: `purpose-compatibility`, `unknown-reference`.", "markdownDescription": "Ids of the purposes this data was originally collected for. Using it for another purpose is a further processing that must be compatible with them (Art. 5(1)(b), 6(4)). Drives: `purpose-compatibility`, `unknown-reference`.", "type": "array", "items": { "$ref": "#/$defs/id" }, "examples": [["deliver-messages"]] }, "anonymised": { "title": "Anonymised", "description": "true when the data is claimed to be anonymous and so outside the GDPR (Recital 26): a claim that needs an assessment of the means reasonably likely to be used to identify someone. Drives: `anonymisation-claim`.", "markdownDescription": "true when the data is claimed to be anonymous and so outside the GDPR (Recital 26): a claim that needs an assessment of the means reasonably likely to be used to identify someone. Drives: `anonymisation-claim`.", "type": "boolean" }, "anonymisation_assessment": { "title": "Anonymisation assessment", "description": "The assessment backing the anonymisation claim (Recital 26; EDPB Opinion 28/2024): a relative path in the repository, a URL or an identifier. Drives: `anonymisation-claim`, `document-missing`.", "markdownDescription": "The assessment backing the anonymisation claim (Recital 26; EDPB Opinion 28/2024): a relative path in the repository, a URL or an identifier. Drives: `anonymisation-claim`, `document-missing`.", "type": ["string", "null"], "examples": ["docs/anonymisation/usage-stats.md"] }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this data category from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this data category and everything inside it. Drives: `invalid-ignore`.", "markdownDescription": "Exemptions of this data category from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this data category and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "consent": { "title": "Consent", "description": "How consent is collected and managed (Art. 4(11), 7; ePrivacy Art. 5). Needed when the basis is consent, the Art. 9(2) condition is explicit-consent, or an ePrivacy rule applies to training.", "type": "object", "properties": { "collection": { "title": "Collection", "description": "How consent is asked. Only opt-in is a clear affirmative act (Art. 4(11), Recital 32). Drives: `consent-not-opt-in`, `consent-weakened`.", "markdownDescription": "How consent is asked. Only opt-in is a clear affirmative act (Art. 4(11), Recital 32). Drives: `consent-not-opt-in`, `consent-weakened`.", "type": "string", "enum": ["opt-in", "opt-out", "pre-ticked", "implied", "terms-acceptance"], "markdownEnumDescriptions": ['A clear affirmative act: the person ticks an empty box, presses "Yes", switches a setting on. The only form that is consent (Art. 4(11), Recital 32). Drives: `consent-not-opt-in`.', "Consent assumed unless the person objects. Silence or inactivity is not consent (Recital 32). Drives: `consent-not-opt-in`.", "A box ticked in advance that the person may untick. Not consent (CJEU C-673/17 Planet49, Recital 32). Drives: `consent-not-opt-in`.", "Consent inferred from conduct, such as continuing to use the service. Not an unambiguous indication of wishes (Art. 4(11)). Drives: `consent-not-opt-in`.", "Accepting the terms of service or the privacy policy. Not consent: a request for consent must be clearly distinguishable from other matters (Art. 7(2)), and consent bundled with accepting a contract is presumed not freely given (Art. 7(4), Recital 43). Drives: `consent-not-opt-in`."] }, "explicit": { "title": "Explicit", "description": "true when consent is an express statement, in writing or by a confirming step: needed for special-category data (Art. 9(2)(a)), automated decisions (Art. 22(2)(c)) and transfers (Art. 49(1)(a)). Drives: `automated-decision`, `consent-not-explicit`, `consent-weakened`.", "markdownDescription": "true when consent is an express statement, in writing or by a confirming step: needed for special-category data (Art. 9(2)(a)), automated decisions (Art. 22(2)(c)) and transfers (Art. 49(1)(a)). Drives: `automated-decision`, `consent-not-explicit`, `consent-weakened`.", "type": "boolean" }, "granular": { "title": "Granular", "description": "true when consent is asked separately for this purpose, not once for a bundle of purposes (Recitals 32, 43). Drives: `consent-not-granular`, `consent-weakened`.", "markdownDescription": "true when consent is asked separately for this purpose, not once for a bundle of purposes (Recitals 32, 43). Drives: `consent-not-granular`, `consent-weakened`.", "type": "boolean" }, "required_for_service": { "title": "Required for service", "description": 'true when the service is refused to people who decline ("Got it / Leave meeting"): such consent is not freely given (Art. 7(4), Recital 43). Drives: `consent-bundled`, `consent-weakened`.', "markdownDescription": 'true when the service is refused to people who decline ("Got it / Leave meeting"): such consent is not freely given (Art. 7(4), Recital 43). Drives: `consent-bundled`, `consent-weakened`.', "type": "boolean" }, "given_by": { "title": "Given by", "description": "Who gives the consent. Consent is the data subject's own (Art. 4(11)); on communications every participant's (ePrivacy Art. 5(1)). Drives: `consent-given-by-third-party`, `consent-weakened`, `eprivacy-communications-consent`.", "markdownDescription": "Who gives the consent. Consent is the data subject's own (Art. 4(11)); on communications every participant's (ePrivacy Art. 5(1)). Drives: `consent-given-by-third-party`, `consent-weakened`, `eprivacy-communications-consent`.", "type": "string", "enum": ["data-subject", "all-participants", "account-admin", "parent-or-guardian"], "markdownEnumDescriptions": ["The person whose data it is. On communications content or metadata this is one participant consenting for the others, which ePrivacy Art. 5(1) does not allow. Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`.", "Every user taking part in the communication, as ePrivacy Art. 5(1) requires for content and metadata. Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`.", "An account or workspace administrator, or the customer organisation, on behalf of its users. Not the data subject's consent (Art. 4(11)). Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`.", "The holder of parental responsibility, for a child below the age of digital consent (Art. 8(1)). Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`."] }, "withdrawal": { "title": "Withdrawal", "description": "How consent is withdrawn. It must be as easy as giving it (Art. 7(3)), and consent is given in the product. Drives: `consent-weakened`, `consent-withdrawal`.", "markdownDescription": "How consent is withdrawn. It must be as easy as giving it (Art. 7(3)), and consent is given in the product. Drives: `consent-weakened`, `consent-withdrawal`.", "type": "string", "enum": ["in-product", "email", "support-request", "none"], "markdownEnumDescriptions": ["In the product itself, where people use the service (a setting, a toggle, a link in the interface). As easy as giving consent there. Drives: `consent-withdrawal`.", "By writing an e-mail to the controller. Drives: `consent-withdrawal`.", "By asking customer support (a ticket, a form, a call). Drives: `consent-withdrawal`.", "No way is offered. Consent cannot be withdrawn, so it is not valid (Art. 7(3)). Drives: `consent-withdrawal`."] }, "records": { "title": "Records", "description": "Where proof of consent is kept: who consented, when, to what notice, how (Art. 7(1)). Omitted or null means none. Drives: `consent-records`, `consent-weakened`.", "markdownDescription": "Where proof of consent is kept: who consented, when, to what notice, how (Art. 7(1)). Omitted or null means none. Drives: `consent-records`, `consent-weakened`.", "type": ["string", "null"], "examples": ["consent-service"] }, "age_verification": { "title": "Age verification", "description": "How age, and below the age of digital consent the parent's consent, is verified for children (Art. 8(2)). Drives: `children-consent`.", "markdownDescription": "How age, and below the age of digital consent the parent's consent, is verified for children (Art. 8(2)). Drives: `children-consent`.", "type": ["string", "null"], "examples": ["parental-consent-check"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "legitimateInterests": { "title": "Legitimate interests", "description": "The legitimate interest relied on and its balancing test (Art. 6(1)(f)), and how people can object (Art. 21). Drives: `legitimate-interests-assessment`, `right-to-object`.", "markdownDescription": "The legitimate interest relied on and its balancing test (Art. 6(1)(f)), and how people can object (Art. 21). Drives: `legitimate-interests-assessment`, `right-to-object`.", "type": "object", "properties": { "interest": { "title": "Interest", "description": "The legitimate interest pursued, in plain words.", "type": "string", "minLength": 1, "examples": ["Detect spam and abuse on the platform"] }, "assessment": { "title": "Assessment", "description": "The documented balancing test (legitimate interests assessment, LIA): a relative path in the repository, a URL or an identifier (Art. 6(1)(f); EDPB Opinion 28/2024). Drives: `document-missing`, `legitimate-interests-assessment`.", "markdownDescription": "The documented balancing test (legitimate interests assessment, LIA): a relative path in the repository, a URL or an identifier (Art. 6(1)(f); EDPB Opinion 28/2024). Drives: `document-missing`, `legitimate-interests-assessment`.", "type": ["string", "null"], "examples": ["docs/lia/replies.md"] }, "objection": { "title": "Objection", "description": "How people can exercise the right to object (Art. 21(1)). Drives: `right-to-object`.", "markdownDescription": "How people can exercise the right to object (Art. 21(1)). Drives: `right-to-object`.", "type": "string", "enum": ["in-product", "email", "support-request", "none"], "markdownEnumDescriptions": ["In the product itself, where people use the service (a setting, a toggle, a link in the interface). Drives: `right-to-object`.", "By writing an e-mail to the controller. Drives: `right-to-object`.", "By asking customer support (a ticket, a form, a call). Drives: `right-to-object`.", "No way is offered. People cannot object: legitimate interests cannot be relied on (Art. 21). Drives: `right-to-object`."] }, "objection_before_processing": { "title": "Objection before processing", "description": "true when people can object before their data is processed, e.g. before it trains a model (EDPB Opinion 28/2024). Drives: `right-to-object`.", "markdownDescription": "true when people can object before their data is processed, e.g. before it trains a model (EDPB Opinion 28/2024). Drives: `right-to-object`.", "type": "boolean" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "ignore": { "title": "Ignored rules", "description": "In-place exemptions from rules of ropa-lint, each with a reason that shows in every report.", "type": "array", "items": { "title": "Ignore", "description": "An exemption from one rule. Without a reason, past its until date, naming an unknown rule or suppressing nothing, it does not suppress and is reported by invalid-ignore.", "type": "object", "properties": { "rule": { "title": "Rule", "description": "The id of the rule to exempt from (ropa-lint --list-rules lists them). An unknown id is reported by invalid-ignore with the closest rule id. Drives: `invalid-ignore`.", "markdownDescription": "The id of the rule to exempt from (ropa-lint --list-rules lists them). An unknown id is reported by invalid-ignore with the closest rule id. Drives: `invalid-ignore`.", "type": "string", "anyOf": [{ "enum": ["ai-training-contract-basis", "ai-training-undeclared", "anonymisation-claim", "automated-decision", "children-consent", "consent-bundled", "consent-details-missing", "consent-given-by-third-party", "consent-not-explicit", "consent-not-granular", "consent-not-opt-in", "consent-records", "consent-weakened", "consent-withdrawal", "criminal-data-condition", "document-missing", "dpia-required", "duplicate-id", "eprivacy-communications-consent", "eprivacy-terminal-consent", "invalid-ignore", "lawful-basis-changed", "lawful-basis-missing", "legitimate-interests-assessment", "new-ai-training-purpose", "notice-missing", "notice-undisclosed-purpose", "notice-withdrawal", "processor-dpa", "processor-own-purpose", "purpose-compatibility", "purpose-scope-expanded", "record-incomplete", "retention-missing", "right-to-object", "schema", "special-category-condition", "transfer-mechanism", "unknown-reference"], "markdownEnumDescriptions": ["**error** by default \xB7 Art. 6(1)(b); EDPB Guidelines 2/2019. AI-training purposes only. Training a model is not necessary to perform a contract with the user, so contract is not a lawful basis for it.", "**warning** by default \xB7 Art. 5(1)(a). A purpose whose text says its data trains, fine-tunes, improves or evaluates a model is marked ai_training: true.", "**warning** by default \xB7 Recital 26; EDPB Opinion 28/2024. A data category claimed to be anonymised links the assessment that backs the claim.", "**warning** by default \xB7 Art. 22. Solely automated decisions rest on a contract, a law that authorises them, or explicit consent.", "**error** by default \xB7 Art. 8. Consent that may come from children says how age and parental consent are verified.", "**error** by default \xB7 Art. 7(4), Recital 43. The service is not refused to people who decline consent: consent that is a condition of the service is not freely given.", "**error** by default \xB7 Art. 7(1). A purpose that needs consent (basis consent, explicit consent as its Art. 9(2) condition, or ePrivacy Art. 5(1) / 5(3) for training) has a consent block that describes how it is obtained.", "**error** by default \xB7 Art. 4(11); ePrivacy Art. 5(1). Consent comes from the people whose data it is: not from an account administrator or customer on their behalf, and on communications from every participant, not one.", "**error** by default \xB7 Art. 9(2)(a). Special-category data processed under consent needs explicit consent: an express statement, not just an affirmative act.", "**error** by default \xB7 Recitals 32, 43. Consent is asked separately for each purpose, not once for a bundle of purposes.", "**error** by default \xB7 Art. 4(11), Recital 32; CJEU C-673/17 Planet49. Consent is collected by a clear affirmative act (opt-in), not by silence, a pre-ticked box, continued use or accepting the terms.", "**warning** by default \xB7 Art. 7(1). A consent block says where proof of consent is kept, so the controller can demonstrate who consented, when and to what.", "**error** by default \xB7 Art. 4(11), 7. Runs only when compared with a base (--base). A change moves a consent field of an existing purpose to a weaker value (opt-in to opt-out, explicit to not, easier withdrawal to harder, and so on), or removes the consent block while the purpose still relies on consent.", "**error** by default \xB7 Art. 7(3). Consent can be withdrawn in the product, as easily as it was given.", "**error** by default \xB7 Art. 10. Data on criminal convictions and offences names the official authority or the law that authorises processing it.", "**warning** by default \xB7 Art. 5(2). The documents the record points to by a relative path (assessments, DPIAs, arrangements, contracts) exist in the repository.", "**error** by default \xB7 Art. 35(1), 35(3); WP248. An activity that trains models, or that meets two or more WP248 criteria, has a completed or in-progress DPIA.", "**error** by default. Every purpose id is defined once in the file, and every other id once in its list, so that references and reviews are unambiguous.", "**error** by default \xB7 ePrivacy Art. 5(1), 6. AI-training purposes only. Training on communications content or metadata needs valid consent given by everyone taking part, whatever the lawful basis.", "**error** by default \xB7 ePrivacy Art. 5(3). AI-training purposes only. Training on data read from users' devices (cookies, identifiers, telemetry) needs valid consent: it is never strictly necessary for the service.", "**warning** by default. Every x-ropa-lint-ignore entry names a rule, gives a reason, is not past its until date and suppresses something.", "**error** by default \xB7 Art. 6(1), 13(1)(c); EDPB Guidelines 05/2020 \xA7121\u2013123. Runs only when compared with a base (--base). A change swaps the lawful basis of an existing purpose, above all away from consent, which cannot be swapped after the fact.", "**error** by default \xB7 Art. 6(1). Every purpose of a controller names the Art. 6(1) lawful basis it relies on.", "**error** by default \xB7 Art. 6(1)(f); EDPB Opinion 28/2024. A purpose based on legitimate interests links the documented balancing test behind it.", "**notice** by default \xB7 Art. 25(1), 35(1). Runs only when compared with a base (--base). A change adds an AI-training purpose, or makes an existing purpose train models: it asks for a privacy review before it ships.", "**warning** by default \xB7 Art. 13, 14. The inventory links the Markdown privacy notice that tells people about its purposes, and the file is there to read.", "**error** by default \xB7 Art. 13(1)(c), 14(1)(c). AI-training purposes only. The privacy notice discloses each AI-training purpose: a section about the purpose says in visible words that the data trains a model.", "**warning** by default \xB7 Art. 13(2)(b)\u2013(c). When a purpose relies on consent or legitimate interests, the privacy notice says how to withdraw consent, opt out or object.", "**error** by default \xB7 Art. 28(3). Every processor works under an Art. 28(3) data processing agreement.", "**error** by default \xB7 Art. 28(10). AI-training purposes only. A processor that trains models on its customers' data for its own purposes becomes a controller of that processing.", "**error** by default \xB7 Art. 5(1)(b), 6(4). AI-training purposes only. Training on data collected for other purposes needs consent or a documented Art. 6(4) compatibility assessment.", "**warning** by default \xB7 Art. 6(4), 7. Runs only when compared with a base (--base). A change makes an existing AI-training purpose reach data categories or data subjects it did not reach before: what it rests on does not cover them.", "**warning** by default \xB7 Art. 30(1)(a)\u2013(g), 30(2). The record names the controller contact, the joint controllers or the controllers a processor acts for, and for each activity its data subjects, data categories, recipients, transfers and security measures.", "**warning** by default \xB7 Art. 5(1)(e). Every activity says how long its data is kept, itself or through the retention of every data category it uses.", "**error** by default \xB7 Art. 21. A purpose based on legitimate interests offers a way to object; for AI training, before the training starts.", "**error** by default. The file is valid YAML and follows the inventory format (schemas/inventory.schema.json).", "**error** by default \xB7 Art. 9(1)\u2013(2). Special-category data needs an Art. 9(2) condition; AI training only fits explicit consent or archiving and research.", "**error** by default \xB7 Art. 44\u201346. Every transfer outside the EEA rests on a transfer mechanism, and every processor outside the EEA has such a transfer recorded for its country.", "**error** by default. Every id an activity or data category refers to is defined: data subjects and data categories in their lists, collected_for purposes in any activity."] }, { "type": "string" }], "examples": ["consent-records"] }, "reason": { "title": "Reason", "description": "Why the exemption is justified; shown in every report. Drives: `invalid-ignore`.", "markdownDescription": "Why the exemption is justified; shown in every report. Drives: `invalid-ignore`.", "type": "string", "examples": ["Proof of consent is kept by the app store's consent API (PRIV-42)"] }, "until": { "title": "Until", "description": "The last day the exemption holds (YYYY-MM-DD); after it, the rule applies again. Drives: `invalid-ignore`.", "markdownDescription": "The last day the exemption holds (YYYY-MM-DD); after it, the rule applies again. Drives: `invalid-ignore`.", "type": "string", "format": "date", "examples": ["2027-01-31"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false } }, "purpose": { "title": "Purpose", "description": "One purpose of a processing activity (Art. 5(1)(b), 30(1)(b)). It uses every data category and data subject of its activity.", "type": "object", "required": ["id", "description", "ai_training"], "properties": { "id": { "title": "Id", "description": "Kebab-case id of this purpose, unique in the whole file: data categories' collected_for, notices and comparisons with a base refer to it. Drives: `duplicate-id`, `notice-undisclosed-purpose`, `purpose-compatibility`.", "markdownDescription": "Kebab-case id of this purpose, unique in the whole file: data categories' collected_for, notices and comparisons with a base refer to it. Drives: `duplicate-id`, `notice-undisclosed-purpose`, `purpose-compatibility`.", "$ref": "#/$defs/id", "examples": ["train-reply-model"] }, "description": { "title": "Description", "description": "What the purpose is, in plain words: what the data is used for. Drives: `ai-training-undeclared`, `notice-undisclosed-purpose`.", "markdownDescription": "What the purpose is, in plain words: what the data is used for. Drives: `ai-training-undeclared`, `notice-undisclosed-purpose`.", "type": "string", "minLength": 1, "examples": ["Train the reply-suggestion model on past conversations."] }, "ai_training": { "title": "AI training", "description": "true when this purpose trains, fine-tunes, retrains or evaluates an AI/ML model with the data. The AI rules look only at these purposes. Drives: `ai-training-contract-basis`, `ai-training-undeclared`, `dpia-required`, `eprivacy-communications-consent`, `eprivacy-terminal-consent`, `new-ai-training-purpose`, `notice-undisclosed-purpose`, `processor-own-purpose`, `purpose-compatibility`, `purpose-scope-expanded`, `right-to-object`, `special-category-condition`.", "markdownDescription": "true when this purpose trains, fine-tunes, retrains or evaluates an AI/ML model with the data. The AI rules look only at these purposes. Drives: `ai-training-contract-basis`, `ai-training-undeclared`, `dpia-required`, `eprivacy-communications-consent`, `eprivacy-terminal-consent`, `new-ai-training-purpose`, `notice-undisclosed-purpose`, `processor-own-purpose`, `purpose-compatibility`, `purpose-scope-expanded`, `right-to-object`, `special-category-condition`.", "type": "boolean" }, "lawful_basis": { "title": "Lawful basis", "description": "The Art. 6(1) basis this purpose relies on. It is chosen before the processing and cannot be swapped afterwards (EDPB Guidelines 05/2020). Drives: `ai-training-contract-basis`, `automated-decision`, `consent-details-missing`, `lawful-basis-changed`, `lawful-basis-missing`, `legitimate-interests-assessment`, `notice-withdrawal`, `purpose-compatibility`, `right-to-object`.", "markdownDescription": "The Art. 6(1) basis this purpose relies on. It is chosen before the processing and cannot be swapped afterwards (EDPB Guidelines 05/2020). Drives: `ai-training-contract-basis`, `automated-decision`, `consent-details-missing`, `lawful-basis-changed`, `lawful-basis-missing`, `legitimate-interests-assessment`, `notice-withdrawal`, `purpose-compatibility`, `right-to-object`.", "type": "string", "enum": ["consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"], "markdownEnumDescriptions": ["Art. 6(1)(a): the person consented to this purpose. Needs a valid consent block and can be withdrawn at any time (Art. 7). Drives: `automated-decision`, `consent-details-missing`, `notice-withdrawal`, `purpose-compatibility`.", "Art. 6(1)(b): necessary to perform a contract with the person or to take steps at their request before one. Training a model is not necessary for the contract (EDPB Guidelines 2/2019). Drives: `ai-training-contract-basis`, `automated-decision`.", "Art. 6(1)(c): necessary to comply with a legal obligation of Union or Member State law (Art. 6(3)); name it in legal_basis_reference. Drives: `automated-decision`.", "Art. 6(1)(d): necessary to protect someone's life, where no other basis fits (Recital 46). Drives: `automated-decision`.", "Art. 6(1)(e): necessary for a task in the public interest or in the exercise of official authority laid down by law (Art. 6(3)). Drives: `automated-decision`.", "Art. 6(1)(f): necessary for a legitimate interest that the people's rights do not override, shown by a documented balancing test; people may object (Art. 21). Drives: `automated-decision`, `legitimate-interests-assessment`, `notice-withdrawal`, `right-to-object`."] }, "legal_basis_reference": { "title": "Legal basis reference", "description": "The law (Art. 6(3): for legal-obligation and public-task) or the contract relied on.", "type": ["string", "null"], "examples": ["HGB \xA7257", "Terms of service \xA74"] }, "special_category_condition": { "title": "Special-category condition", "description": "The Art. 9(2) condition that lifts the ban on processing special-category data. For AI training only explicit-consent and archiving-research fit. Drives: `consent-details-missing`, `consent-not-explicit`, `special-category-condition`.", "markdownDescription": "The Art. 9(2) condition that lifts the ban on processing special-category data. For AI training only explicit-consent and archiving-research fit. Drives: `consent-details-missing`, `consent-not-explicit`, `special-category-condition`.", "type": ["string", "null"], "enum": ["explicit-consent", "employment", "vital-interests", "not-for-profit", "made-public", "legal-claims", "substantial-public-interest", "health-care", "public-health", "archiving-research", null], "markdownEnumDescriptions": ["Art. 9(2)(a): explicit consent of the person. Requires a consent block with explicit: true; one of the two conditions that can cover AI training. Drives: `consent-details-missing`, `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(b): obligations and rights in employment and social security law. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(c): vital interests of a person who cannot give consent. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(d): a foundation, association or other not-for-profit body with a political, philosophical, religious or trade-union aim, about its members. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(e): data the person has manifestly made public. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(f): establishing, exercising or defending legal claims, or courts acting in their judicial capacity. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(g): substantial public interest on the basis of Union or Member State law. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(h): preventive or occupational medicine, diagnosis, health or social care, under professional secrecy (Art. 9(3)). Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(i): public interest in public health, on the basis of Union or Member State law. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(j): archiving in the public interest, scientific or historical research or statistics, with the safeguards of Art. 89(1); one of the two conditions that can cover AI training. Drives: `consent-not-explicit`, `special-category-condition`.", "No condition named: for special-category data, a missing condition. Drives: `special-category-condition`."] }, "consent": { "title": "Consent", "description": "How consent is collected and managed; needed when the basis is consent, the Art. 9(2) condition is explicit-consent, or ePrivacy requires consent for training. Drives: `consent-details-missing`, `consent-weakened`.", "markdownDescription": "How consent is collected and managed; needed when the basis is consent, the Art. 9(2) condition is explicit-consent, or ePrivacy requires consent for training. Drives: `consent-details-missing`, `consent-weakened`.", "$ref": "#/$defs/consent" }, "legitimate_interests": { "title": "Legitimate interests", "description": "The interest, its balancing test and the right to object; needed when the basis is legitimate-interests. Drives: `legitimate-interests-assessment`, `right-to-object`.", "markdownDescription": "The interest, its balancing test and the right to object; needed when the basis is legitimate-interests. Drives: `legitimate-interests-assessment`, `right-to-object`.", "$ref": "#/$defs/legitimateInterests" }, "compatibility_assessment": { "title": "Compatibility assessment", "description": "The Art. 6(4) assessment that reusing data collected for other purposes is compatible with them: a relative path in the repository, a URL or an identifier. Drives: `document-missing`, `purpose-compatibility`.", "markdownDescription": "The Art. 6(4) assessment that reusing data collected for other purposes is compatible with them: a relative path in the repository, a URL or an identifier. Drives: `document-missing`, `purpose-compatibility`.", "type": ["string", "null"], "examples": ["docs/compatibility/replies.md"] }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this purpose from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this purpose and everything inside it. Drives: `invalid-ignore`.", "markdownDescription": "Exemptions of this purpose from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this purpose and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "processor": { "title": "Processor", "description": "A processor that processes the data on the controller's behalf (Art. 28), named among the recipients of Art. 30(1)(d). Drives: `processor-dpa`, `transfer-mechanism`.", "markdownDescription": "A processor that processes the data on the controller's behalf (Art. 28), named among the recipients of Art. 30(1)(d). Drives: `processor-dpa`, `transfer-mechanism`.", "type": "object", "properties": { "name": { "title": "Name", "description": "The processor's name.", "type": "string", "minLength": 1, "examples": ["GPU Cloud Inc"] }, "dpa": { "title": "Data processing agreement", "description": "true when an Art. 28(3) contract binds the processor. Drives: `processor-dpa`.", "markdownDescription": "true when an Art. 28(3) contract binds the processor. Drives: `processor-dpa`.", "type": "boolean" }, "dpa_reference": { "title": "DPA reference", "description": "Where the Art. 28(3) contract is: a relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "markdownDescription": "Where the Art. 28(3) contract is: a relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/contracts/gpu-cloud-dpa.pdf"] }, "country": { "title": "Country", "description": "ISO 3166-1 alpha-2 code of the country where it processes the data; outside the EEA it needs a transfer mechanism (Art. 44). Drives: `transfer-mechanism`.", "markdownDescription": "ISO 3166-1 alpha-2 code of the country where it processes the data; outside the EEA it needs a transfer mechanism (Art. 44). Drives: `transfer-mechanism`.", "type": "string", "pattern": "^[A-Z]{2}$", "examples": ["US"] }, "mechanism": { "title": "Transfer mechanism", "description": "The Art. 45\u201349 mechanism of a processor outside the EEA, as the format's first version recorded it. The transfer belongs in the activity's transfers, where Art. 30(1)(e) records it: a processor outside the EEA needs a transfer entry for its country with a mechanism. Drives: `transfer-mechanism`.", "markdownDescription": "The Art. 45\u201349 mechanism of a processor outside the EEA, as the format's first version recorded it. The transfer belongs in the activity's transfers, where Art. 30(1)(e) records it: a processor outside the EEA needs a transfer entry for its country with a mechanism. Drives: `transfer-mechanism`.", "type": "string", "enum": ["adequacy", "scc", "bcr", "derogation", "none"], "markdownEnumDescriptions": ["An adequacy decision of the European Commission covers the destination country (Art. 45). Drives: `transfer-mechanism`.", "Standard contractual clauses adopted by the Commission (Art. 46(2)(c)), with a transfer impact assessment where the law of the destination requires one (CJEU C-311/18 Schrems II). Drives: `transfer-mechanism`.", "Binding corporate rules approved by a supervisory authority, for transfers within a corporate group (Art. 46(2)(b), 47). Drives: `transfer-mechanism`.", "A derogation for a specific situation (Art. 49(1)): explicit consent, a contract, important public interest, legal claims, vital interests; for occasional transfers, not a regular flow. Drives: `transfer-mechanism`.", "No transfer mechanism: the transfer has no legal ground (Art. 44). Drives: `transfer-mechanism`."] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "transfer": { "title": "Transfer", "description": "A transfer of personal data to a third country or an international organisation (Art. 30(1)(e), 44\u201349). Drives: `transfer-mechanism`.", "markdownDescription": "A transfer of personal data to a third country or an international organisation (Art. 30(1)(e), 44\u201349). Drives: `transfer-mechanism`.", "type": "object", "properties": { "country": { "title": "Country", "description": "ISO 3166-1 alpha-2 code of the destination country; Art. 30(1)(e) records it, and whether the transfer needs a safeguard depends on it. Drives: `record-incomplete`, `transfer-mechanism`.", "markdownDescription": "ISO 3166-1 alpha-2 code of the destination country; Art. 30(1)(e) records it, and whether the transfer needs a safeguard depends on it. Drives: `record-incomplete`, `transfer-mechanism`.", "type": "string", "pattern": "^[A-Z]{2}$", "examples": ["US"] }, "mechanism": { "title": "Mechanism", "description": "The Art. 45\u201349 ground of the transfer. Drives: `transfer-mechanism`.", "markdownDescription": "The Art. 45\u201349 ground of the transfer. Drives: `transfer-mechanism`.", "type": "string", "enum": ["adequacy", "scc", "bcr", "derogation", "none"], "markdownEnumDescriptions": ["An adequacy decision of the European Commission covers the destination country (Art. 45). Drives: `transfer-mechanism`.", "Standard contractual clauses adopted by the Commission (Art. 46(2)(c)), with a transfer impact assessment where the law of the destination requires one (CJEU C-311/18 Schrems II). Drives: `transfer-mechanism`.", "Binding corporate rules approved by a supervisory authority, for transfers within a corporate group (Art. 46(2)(b), 47). Drives: `transfer-mechanism`.", "A derogation for a specific situation (Art. 49(1)): explicit consent, a contract, important public interest, legal claims, vital interests; for occasional transfers, not a regular flow. Drives: `transfer-mechanism`.", "No transfer mechanism: the transfer has no legal ground (Art. 44). Drives: `transfer-mechanism`."] }, "safeguard_reference": { "title": "Safeguard reference", "description": "Where the safeguards are documented: the signed SCCs, the BCRs, the transfer impact assessment (Art. 30(1)(e), 46). A relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "markdownDescription": "Where the safeguards are documented: the signed SCCs, the BCRs, the transfer impact assessment (Art. 30(1)(e), 46). A relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/transfers/us-scc.md"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "dpia": { "title": "DPIA", "description": "The data protection impact assessment of the activity (Art. 35). Drives: `dpia-required`.", "markdownDescription": "The data protection impact assessment of the activity (Art. 35). Drives: `dpia-required`.", "type": "object", "properties": { "status": { "title": "Status", "description": "Where the DPIA stands. Drives: `dpia-required`.", "markdownDescription": "Where the DPIA stands. Drives: `dpia-required`.", "type": "string", "enum": ["completed", "in-progress", "not-required", "missing"], "markdownEnumDescriptions": ["The DPIA is carried out and signed off (Art. 35(7)). Drives: `dpia-required`.", "The DPIA is under way and will be completed before the processing starts. Drives: `dpia-required`.", "The controller concluded that no DPIA is needed; when the activity meets two or more WP248 criteria, or trains a model, ropa-lint still asks for one. Drives: `dpia-required`.", "No DPIA has been done. Drives: `dpia-required`."] }, "reference": { "title": "Reference", "description": "Where the DPIA is: a relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "markdownDescription": "Where the DPIA is: a relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/dpia/replies.md", "DPIA-2024-17"] }, "criteria": { "title": "WP248 criteria", "description": "The criteria of the WP248 guidelines (endorsed by the EDPB) that this activity meets; two or more make a DPIA likely to be required (Art. 35(1), 35(3)). ropa-lint also derives criteria from the record itself. Drives: `dpia-required`.", "markdownDescription": "The criteria of the WP248 guidelines (endorsed by the EDPB) that this activity meets; two or more make a DPIA likely to be required (Art. 35(1), 35(3)). ropa-lint also derives criteria from the record itself. Drives: `dpia-required`.", "type": "array", "uniqueItems": true, "items": { "type": "string", "enum": ["evaluation-scoring", "automated-decision", "systematic-monitoring", "sensitive-data", "large-scale", "matching-datasets", "vulnerable-subjects", "innovative-technology", "prevents-rights"], "markdownEnumDescriptions": ["WP248 criterion 1: evaluation or scoring, including profiling and predicting (performance at work, economic situation, health, preferences, behaviour, location). Drives: `dpia-required`.", "WP248 criterion 2: automated decision-making with legal or similarly significant effect (Art. 22). ropa-lint derives it from automated_decision_making: true. Drives: `dpia-required`.", "WP248 criterion 3: systematic monitoring of people, including in publicly accessible areas (Art. 35(3)(c)). Drives: `dpia-required`.", "WP248 criterion 4: special-category data (Art. 9), criminal-offence data (Art. 10) or data of a highly personal nature. ropa-lint derives it from special or criminal data categories. Drives: `dpia-required`.", "WP248 criterion 5: data processed on a large scale (number of people, volume, duration, geographical extent). ropa-lint derives it from a public source. Drives: `dpia-required`.", "WP248 criterion 6: matching or combining datasets from different operations or controllers beyond what people would expect. Drives: `dpia-required`.", "WP248 criterion 7: data of vulnerable people: children, employees, patients, the elderly, asylum seekers. ropa-lint derives it from data subjects with children: true. Drives: `dpia-required`.", "WP248 criterion 8: innovative use or new technological or organisational solutions. ropa-lint derives it from an AI-training purpose. Drives: `dpia-required`.", "WP248 criterion 9: the processing itself prevents people from exercising a right or using a service or a contract. Drives: `dpia-required`."] }, "examples": [["evaluation-scoring", "systematic-monitoring"]] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "activity": { "title": "Processing activity", "description": "One processing activity of the record (Art. 30(1); for a processor, Art. 30(2)).", "type": "object", "required": ["id", "name", "role", "data_subjects", "data_categories", "purposes"], "properties": { "id": { "title": "Id", "description": "Unique kebab-case id of this processing activity. Drives: `duplicate-id`.", "markdownDescription": "Unique kebab-case id of this processing activity. Drives: `duplicate-id`.", "$ref": "#/$defs/id", "examples": ["smart-replies"] }, "name": { "title": "Name", "description": "A readable name of the activity.", "type": "string", "minLength": 1, "examples": ["Smart reply suggestions"] }, "description": { "title": "Description", "description": "What the activity does, in plain words. When none of its purposes is marked ai_training, a description that says the data trains a model is reported. Drives: `ai-training-undeclared`.", "markdownDescription": "What the activity does, in plain words. When none of its purposes is marked ai_training, a description that says the data trains a model is reported. Drives: `ai-training-undeclared`.", "type": "string", "minLength": 1, "examples": ["Suggest replies in chat."] }, "role": { "title": "Role", "description": "The organisation's role in this activity (Art. 4(7), 4(8), 26). Drives: `processor-own-purpose`, `record-incomplete`.", "markdownDescription": "The organisation's role in this activity (Art. 4(7), 4(8), 26). Drives: `processor-own-purpose`, `record-incomplete`.", "type": "string", "enum": ["controller", "joint-controller", "processor"], "markdownEnumDescriptions": ["The organisation decides alone why and how the data is processed (Art. 4(7)); the record follows Art. 30(1).", "The organisation decides the purposes and means together with others (Art. 26); the joint controllers and their arrangement are named under controller.joint_controllers. Drives: `record-incomplete`.", "The organisation processes the data on behalf of controllers (Art. 4(8), 28); the record follows Art. 30(2) and names them in on_behalf_of. Training models for its own purposes makes a processor a controller (Art. 28(10)). Drives: `processor-own-purpose`, `record-incomplete`."] }, "on_behalf_of": { "title": "On behalf of", "description": "For role processor: the controllers this activity is carried out for, with their contact details (Art. 30(2)(a)). Drives: `record-incomplete`.", "markdownDescription": "For role processor: the controllers this activity is carried out for, with their contact details (Art. 30(2)(a)). Drives: `record-incomplete`.", "type": "array", "items": { "$ref": "#/$defs/party" } }, "data_subjects": { "title": "Data subjects", "description": "Ids of the data subjects (top-level data_subjects) whose data this activity processes (Art. 30(1)(c)). Drives: `purpose-scope-expanded`, `record-incomplete`, `unknown-reference`.", "markdownDescription": "Ids of the data subjects (top-level data_subjects) whose data this activity processes (Art. 30(1)(c)). Drives: `purpose-scope-expanded`, `record-incomplete`, `unknown-reference`.", "type": "array", "items": { "$ref": "#/$defs/id" }, "examples": [["workspace-members"]] }, "data_categories": { "title": "Data categories", "description": "Ids of the data categories (top-level data_categories) this activity processes (Art. 30(1)(c)). Drives: `purpose-scope-expanded`, `record-incomplete`, `unknown-reference`.", "markdownDescription": "Ids of the data categories (top-level data_categories) this activity processes (Art. 30(1)(c)). Drives: `purpose-scope-expanded`, `record-incomplete`, `unknown-reference`.", "type": "array", "items": { "$ref": "#/$defs/id" }, "examples": [["chat-messages"]] }, "purposes": { "title": "Purposes", "description": "The purposes of this activity, at least one (Art. 30(1)(b)).", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/purpose" }, "examples": [[{ "id": "deliver-messages", "description": "Store and deliver messages", "ai_training": false, "lawful_basis": "contract" }]] }, "recipients": { "title": "Recipients", "description": "The recipients or categories of recipients to whom the data is disclosed, as free-text names, including those in third countries (Art. 30(1)(d)); [] means none. Drives: `record-incomplete`.", "markdownDescription": "The recipients or categories of recipients to whom the data is disclosed, as free-text names, including those in third countries (Art. 30(1)(d)); [] means none. Drives: `record-incomplete`.", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["ML platform team", "Payment providers"]] }, "processors": { "title": "Processors", "description": "The processors that process the data for this activity (Art. 28). Drives: `processor-dpa`, `transfer-mechanism`.", "markdownDescription": "The processors that process the data for this activity (Art. 28). Drives: `processor-dpa`, `transfer-mechanism`.", "type": "array", "items": { "$ref": "#/$defs/processor" } }, "transfers": { "title": "Transfers", "description": "Transfers to third countries or international organisations (Art. 30(1)(e)); [] means none. Drives: `record-incomplete`, `transfer-mechanism`.", "markdownDescription": "Transfers to third countries or international organisations (Art. 30(1)(e)); [] means none. Drives: `record-incomplete`, `transfer-mechanism`.", "type": "array", "items": { "$ref": "#/$defs/transfer" } }, "retention": { "title": "Retention", "description": "The time limit for erasing the data: an ISO 8601 duration or a sentence (Art. 5(1)(e), 30(1)(f)). Drives: `retention-missing`.", "markdownDescription": "The time limit for erasing the data: an ISO 8601 duration or a sentence (Art. 5(1)(e), 30(1)(f)). Drives: `retention-missing`.", "type": "string", "minLength": 1, "examples": ["P90D", "Deleted 30 days after the account is closed"] }, "security_measures": { "title": "Security measures", "description": "The technical and organisational security measures, in general terms (Art. 30(1)(g), 32(1)). Drives: `record-incomplete`.", "markdownDescription": "The technical and organisational security measures, in general terms (Art. 30(1)(g), 32(1)). Drives: `record-incomplete`.", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["encryption-at-rest", "access-control"]] }, "dpia": { "title": "DPIA", "description": "The data protection impact assessment of the activity (Art. 35). Drives: `dpia-required`.", "markdownDescription": "The data protection impact assessment of the activity (Art. 35). Drives: `dpia-required`.", "$ref": "#/$defs/dpia" }, "automated_decision_making": { "title": "Automated decision-making", "description": "true when the activity takes decisions based solely on automated processing, including profiling, with legal or similarly significant effects (Art. 22). Drives: `automated-decision`, `dpia-required`.", "markdownDescription": "true when the activity takes decisions based solely on automated processing, including profiling, with legal or similarly significant effects (Art. 22). Drives: `automated-decision`, `dpia-required`.", "type": "boolean" }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this activity from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this activity and everything inside it. Drives: `invalid-ignore`.", "markdownDescription": "Exemptions of this activity from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this activity and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false } } };
var schema32 = { "title": "Joint controller", "description": "A controller that decides the purposes and means of processing together with this one (Art. 26).", "type": "object", "properties": { "name": { "title": "Name", "description": "Legal name of the joint controller (Art. 30(1)(a)). Drives: `record-incomplete`.", "markdownDescription": "Legal name of the joint controller (Art. 30(1)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["Partner Analytics SA"] }, "contact": { "title": "Contact", "description": "How to reach the joint controller about data protection (Art. 30(1)(a)). Drives: `record-incomplete`.", "markdownDescription": "How to reach the joint controller about data protection (Art. 30(1)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["privacy@partner.example"] }, "arrangement": { "title": "Arrangement", "description": "The Art. 26(1) arrangement that sets out each controller's responsibilities: a relative path to the document in the repository, a URL or an identifier. Its essence is made available to the people concerned (Art. 26(2)). Drives: `document-missing`.", "markdownDescription": "The Art. 26(1) arrangement that sets out each controller's responsibilities: a relative path to the document in the repository, a URL or an identifier. Its essence is made available to the people concerned (Art. 26(2)). Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/contracts/joint-controller.md"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var schema35 = { "title": "Ignored rules", "description": "In-place exemptions from rules of ropa-lint, each with a reason that shows in every report.", "type": "array", "items": { "title": "Ignore", "description": "An exemption from one rule. Without a reason, past its until date, naming an unknown rule or suppressing nothing, it does not suppress and is reported by invalid-ignore.", "type": "object", "properties": { "rule": { "title": "Rule", "description": "The id of the rule to exempt from (ropa-lint --list-rules lists them). An unknown id is reported by invalid-ignore with the closest rule id. Drives: `invalid-ignore`.", "markdownDescription": "The id of the rule to exempt from (ropa-lint --list-rules lists them). An unknown id is reported by invalid-ignore with the closest rule id. Drives: `invalid-ignore`.", "type": "string", "anyOf": [{ "enum": ["ai-training-contract-basis", "ai-training-undeclared", "anonymisation-claim", "automated-decision", "children-consent", "consent-bundled", "consent-details-missing", "consent-given-by-third-party", "consent-not-explicit", "consent-not-granular", "consent-not-opt-in", "consent-records", "consent-weakened", "consent-withdrawal", "criminal-data-condition", "document-missing", "dpia-required", "duplicate-id", "eprivacy-communications-consent", "eprivacy-terminal-consent", "invalid-ignore", "lawful-basis-changed", "lawful-basis-missing", "legitimate-interests-assessment", "new-ai-training-purpose", "notice-missing", "notice-undisclosed-purpose", "notice-withdrawal", "processor-dpa", "processor-own-purpose", "purpose-compatibility", "purpose-scope-expanded", "record-incomplete", "retention-missing", "right-to-object", "schema", "special-category-condition", "transfer-mechanism", "unknown-reference"], "markdownEnumDescriptions": ["**error** by default \xB7 Art. 6(1)(b); EDPB Guidelines 2/2019. AI-training purposes only. Training a model is not necessary to perform a contract with the user, so contract is not a lawful basis for it.", "**warning** by default \xB7 Art. 5(1)(a). A purpose whose text says its data trains, fine-tunes, improves or evaluates a model is marked ai_training: true.", "**warning** by default \xB7 Recital 26; EDPB Opinion 28/2024. A data category claimed to be anonymised links the assessment that backs the claim.", "**warning** by default \xB7 Art. 22. Solely automated decisions rest on a contract, a law that authorises them, or explicit consent.", "**error** by default \xB7 Art. 8. Consent that may come from children says how age and parental consent are verified.", "**error** by default \xB7 Art. 7(4), Recital 43. The service is not refused to people who decline consent: consent that is a condition of the service is not freely given.", "**error** by default \xB7 Art. 7(1). A purpose that needs consent (basis consent, explicit consent as its Art. 9(2) condition, or ePrivacy Art. 5(1) / 5(3) for training) has a consent block that describes how it is obtained.", "**error** by default \xB7 Art. 4(11); ePrivacy Art. 5(1). Consent comes from the people whose data it is: not from an account administrator or customer on their behalf, and on communications from every participant, not one.", "**error** by default \xB7 Art. 9(2)(a). Special-category data processed under consent needs explicit consent: an express statement, not just an affirmative act.", "**error** by default \xB7 Recitals 32, 43. Consent is asked separately for each purpose, not once for a bundle of purposes.", "**error** by default \xB7 Art. 4(11), Recital 32; CJEU C-673/17 Planet49. Consent is collected by a clear affirmative act (opt-in), not by silence, a pre-ticked box, continued use or accepting the terms.", "**warning** by default \xB7 Art. 7(1). A consent block says where proof of consent is kept, so the controller can demonstrate who consented, when and to what.", "**error** by default \xB7 Art. 4(11), 7. Runs only when compared with a base (--base). A change moves a consent field of an existing purpose to a weaker value (opt-in to opt-out, explicit to not, easier withdrawal to harder, and so on), or removes the consent block while the purpose still relies on consent.", "**error** by default \xB7 Art. 7(3). Consent can be withdrawn in the product, as easily as it was given.", "**error** by default \xB7 Art. 10. Data on criminal convictions and offences names the official authority or the law that authorises processing it.", "**warning** by default \xB7 Art. 5(2). The documents the record points to by a relative path (assessments, DPIAs, arrangements, contracts) exist in the repository.", "**error** by default \xB7 Art. 35(1), 35(3); WP248. An activity that trains models, or that meets two or more WP248 criteria, has a completed or in-progress DPIA.", "**error** by default. Every purpose id is defined once in the file, and every other id once in its list, so that references and reviews are unambiguous.", "**error** by default \xB7 ePrivacy Art. 5(1), 6. AI-training purposes only. Training on communications content or metadata needs valid consent given by everyone taking part, whatever the lawful basis.", "**error** by default \xB7 ePrivacy Art. 5(3). AI-training purposes only. Training on data read from users' devices (cookies, identifiers, telemetry) needs valid consent: it is never strictly necessary for the service.", "**warning** by default. Every x-ropa-lint-ignore entry names a rule, gives a reason, is not past its until date and suppresses something.", "**error** by default \xB7 Art. 6(1), 13(1)(c); EDPB Guidelines 05/2020 \xA7121\u2013123. Runs only when compared with a base (--base). A change swaps the lawful basis of an existing purpose, above all away from consent, which cannot be swapped after the fact.", "**error** by default \xB7 Art. 6(1). Every purpose of a controller names the Art. 6(1) lawful basis it relies on.", "**error** by default \xB7 Art. 6(1)(f); EDPB Opinion 28/2024. A purpose based on legitimate interests links the documented balancing test behind it.", "**notice** by default \xB7 Art. 25(1), 35(1). Runs only when compared with a base (--base). A change adds an AI-training purpose, or makes an existing purpose train models: it asks for a privacy review before it ships.", "**warning** by default \xB7 Art. 13, 14. The inventory links the Markdown privacy notice that tells people about its purposes, and the file is there to read.", "**error** by default \xB7 Art. 13(1)(c), 14(1)(c). AI-training purposes only. The privacy notice discloses each AI-training purpose: a section about the purpose says in visible words that the data trains a model.", "**warning** by default \xB7 Art. 13(2)(b)\u2013(c). When a purpose relies on consent or legitimate interests, the privacy notice says how to withdraw consent, opt out or object.", "**error** by default \xB7 Art. 28(3). Every processor works under an Art. 28(3) data processing agreement.", "**error** by default \xB7 Art. 28(10). AI-training purposes only. A processor that trains models on its customers' data for its own purposes becomes a controller of that processing.", "**error** by default \xB7 Art. 5(1)(b), 6(4). AI-training purposes only. Training on data collected for other purposes needs consent or a documented Art. 6(4) compatibility assessment.", "**warning** by default \xB7 Art. 6(4), 7. Runs only when compared with a base (--base). A change makes an existing AI-training purpose reach data categories or data subjects it did not reach before: what it rests on does not cover them.", "**warning** by default \xB7 Art. 30(1)(a)\u2013(g), 30(2). The record names the controller contact, the joint controllers or the controllers a processor acts for, and for each activity its data subjects, data categories, recipients, transfers and security measures.", "**warning** by default \xB7 Art. 5(1)(e). Every activity says how long its data is kept, itself or through the retention of every data category it uses.", "**error** by default \xB7 Art. 21. A purpose based on legitimate interests offers a way to object; for AI training, before the training starts.", "**error** by default. The file is valid YAML and follows the inventory format (schemas/inventory.schema.json).", "**error** by default \xB7 Art. 9(1)\u2013(2). Special-category data needs an Art. 9(2) condition; AI training only fits explicit consent or archiving and research.", "**error** by default \xB7 Art. 44\u201346. Every transfer outside the EEA rests on a transfer mechanism, and every processor outside the EEA has such a transfer recorded for its country.", "**error** by default. Every id an activity or data category refers to is defined: data subjects and data categories in their lists, collected_for purposes in any activity."] }, { "type": "string" }], "examples": ["consent-records"] }, "reason": { "title": "Reason", "description": "Why the exemption is justified; shown in every report. Drives: `invalid-ignore`.", "markdownDescription": "Why the exemption is justified; shown in every report. Drives: `invalid-ignore`.", "type": "string", "examples": ["Proof of consent is kept by the app store's consent API (PRIV-42)"] }, "until": { "title": "Until", "description": "The last day the exemption holds (YYYY-MM-DD); after it, the rule applies again. Drives: `invalid-ignore`.", "markdownDescription": "The last day the exemption holds (YYYY-MM-DD); after it, the rule applies again. Drives: `invalid-ignore`.", "type": "string", "format": "date", "examples": ["2027-01-31"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false } };
var pattern4 = new RegExp("^x-", "u");
var func1 = runtime0.default;
var formats0 = runtime1.fullFormats.date;
var schema33 = { "title": "Data subject", "description": "A category of people whose data is processed (Art. 30(1)(c)).", "type": "object", "required": ["id", "name"], "properties": { "id": { "title": "Id", "description": "Unique kebab-case id of this category of data subjects; activities refer to it. Drives: `duplicate-id`, `unknown-reference`.", "markdownDescription": "Unique kebab-case id of this category of data subjects; activities refer to it. Drives: `duplicate-id`, `unknown-reference`.", "$ref": "#/$defs/id", "examples": ["workspace-members"] }, "name": { "title": "Name", "description": "A readable name of the category of people.", "type": "string", "minLength": 1, "examples": ["Members of customer workspaces"] }, "children": { "title": "Children", "description": "true when data of children may be processed: consent for information society services needs a parent below the age of digital consent (Art. 8), and children are vulnerable data subjects (WP248). Drives: `children-consent`, `dpia-required`.", "markdownDescription": "true when data of children may be processed: consent for information society services needs a parent below the age of digital consent (Art. 8), and children are vulnerable data subjects (WP248). Drives: `children-consent`, `dpia-required`.", "type": "boolean" }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this data subject from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this data subject and everything inside it. Drives: `invalid-ignore`.", "markdownDescription": "Exemptions of this data subject from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this data subject and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var schema34 = { "title": "Id", "description": "A kebab-case identifier: lowercase letters and digits separated by single hyphens.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" };
var pattern9 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "name" || key0 === "children" || key0 === "x-ropa-lint-ignore" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern9.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.name.type, parentSchema: schema33.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.children !== void 0) {
      let data2 = data.children;
      if (typeof data2 !== "boolean") {
        const err7 = { instancePath: instancePath + "/children", schemaPath: "#/properties/children/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema33.properties.children.type, parentSchema: schema33.properties.children, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data["x-ropa-lint-ignore"] !== void 0) {
      let data3 = data["x-ropa-lint-ignore"];
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key1 in data4) {
              if (!(key1 === "rule" || key1 === "reason" || key1 === "until" || pattern4.test(key1))) {
                const err8 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0, schemaPath: "#/$defs/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data4.rule !== void 0) {
              let data5 = data4.rule;
              if (typeof data5 !== "string") {
                const err9 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.rule.type, parentSchema: schema35.items.properties.rule, data: data5 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              const _errs19 = errors;
              let valid6 = false;
              const _errs20 = errors;
              if (!(data5 === "ai-training-contract-basis" || data5 === "ai-training-undeclared" || data5 === "anonymisation-claim" || data5 === "automated-decision" || data5 === "children-consent" || data5 === "consent-bundled" || data5 === "consent-details-missing" || data5 === "consent-given-by-third-party" || data5 === "consent-not-explicit" || data5 === "consent-not-granular" || data5 === "consent-not-opt-in" || data5 === "consent-records" || data5 === "consent-weakened" || data5 === "consent-withdrawal" || data5 === "criminal-data-condition" || data5 === "document-missing" || data5 === "dpia-required" || data5 === "duplicate-id" || data5 === "eprivacy-communications-consent" || data5 === "eprivacy-terminal-consent" || data5 === "invalid-ignore" || data5 === "lawful-basis-changed" || data5 === "lawful-basis-missing" || data5 === "legitimate-interests-assessment" || data5 === "new-ai-training-purpose" || data5 === "notice-missing" || data5 === "notice-undisclosed-purpose" || data5 === "notice-withdrawal" || data5 === "processor-dpa" || data5 === "processor-own-purpose" || data5 === "purpose-compatibility" || data5 === "purpose-scope-expanded" || data5 === "record-incomplete" || data5 === "retention-missing" || data5 === "right-to-object" || data5 === "schema" || data5 === "special-category-condition" || data5 === "transfer-mechanism" || data5 === "unknown-reference")) {
                const err10 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema35.items.properties.rule.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema35.items.properties.rule.anyOf[0].enum, parentSchema: schema35.items.properties.rule.anyOf[0], data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var _valid0 = _errs20 === errors;
              valid6 = valid6 || _valid0;
              const _errs22 = errors;
              if (typeof data5 !== "string") {
                const err11 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.rule.anyOf[1].type, parentSchema: schema35.items.properties.rule.anyOf[1], data: data5 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              var _valid0 = _errs22 === errors;
              valid6 = valid6 || _valid0;
              if (!valid6) {
                const err12 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema35.items.properties.rule.anyOf, parentSchema: schema35.items.properties.rule, data: data5 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              } else {
                errors = _errs19;
                if (vErrors !== null) {
                  if (_errs19) {
                    vErrors.length = _errs19;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data4.reason !== void 0) {
              let data6 = data4.reason;
              if (typeof data6 !== "string") {
                const err13 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/reason", schemaPath: "#/$defs/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.reason.type, parentSchema: schema35.items.properties.reason, data: data6 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data4.until !== void 0) {
              let data7 = data4.until;
              if (typeof data7 === "string") {
                if (!formats0.validate(data7)) {
                  const err14 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/until", schemaPath: "#/$defs/ignore/items/properties/until/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema35.items.properties.until, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/until", schemaPath: "#/$defs/ignore/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.until.type, parentSchema: schema35.items.properties.until, data: data7 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0, schemaPath: "#/$defs/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.items.type, parentSchema: schema35.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/x-ropa-lint-ignore", schemaPath: "#/$defs/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.type, parentSchema: schema35, data: data3 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema36 = { "title": "Data category", "description": "A category of personal data (Art. 30(1)(c)).", "type": "object", "required": ["id", "name", "source"], "properties": { "id": { "title": "Id", "description": "Unique kebab-case id of this data category; activities refer to it. Drives: `duplicate-id`, `unknown-reference`.", "markdownDescription": "Unique kebab-case id of this data category; activities refer to it. Drives: `duplicate-id`, `unknown-reference`.", "$ref": "#/$defs/id", "examples": ["chat-messages"] }, "name": { "title": "Name", "description": "A readable name of the kind of data.", "type": "string", "minLength": 1, "examples": ["Messages, files and reactions"] }, "source": { "title": "Source", "description": "Where the data comes from. It decides which ePrivacy article applies: communications content and metadata (Art. 5(1), 6) and data read from the user's device (Art. 5(3)) need consent for training. Drives: `consent-details-missing`, `consent-given-by-third-party`, `dpia-required`, `eprivacy-communications-consent`, `eprivacy-terminal-consent`.", "markdownDescription": "Where the data comes from. It decides which ePrivacy article applies: communications content and metadata (Art. 5(1), 6) and data read from the user's device (Art. 5(3)) need consent for training. Drives: `consent-details-missing`, `consent-given-by-third-party`, `dpia-required`, `eprivacy-communications-consent`, `eprivacy-terminal-consent`.", "type": "string", "enum": ["communications-content", "communications-metadata", "terminal-equipment", "provided-by-subject", "observed", "inferred", "third-party", "public"], "markdownEnumDescriptions": ["The content of messages, calls, meetings and their attachments. ePrivacy Art. 5(1) protects the confidentiality of communications: listening to, storing or otherwise using them needs the consent of the users concerned, which for AI training means every participant, whatever the GDPR basis. Drives: `consent-details-missing`, `consent-given-by-third-party`, `eprivacy-communications-consent`.", "Traffic and location data of communications: who talked to whom, when, for how long, from where. ePrivacy Art. 6 and 9 allow it beyond transmission and billing only with the users' consent. Drives: `consent-details-missing`, `consent-given-by-third-party`, `eprivacy-communications-consent`.", 'Read from or stored on the user\'s device: cookies, device identifiers, telemetry, diagnostics ("service-generated data"). ePrivacy Art. 5(3) requires consent unless the storing or reading is strictly necessary for the service the user asked for, which training a model never is. Drives: `consent-details-missing`, `eprivacy-terminal-consent`.', "Typed or uploaded by the person outside a communication: a profile, a form, a document. The GDPR alone applies; the person is informed when the data is collected (Art. 13).", "Observed on the controller's side while the service is used: logs of use, clicks in the controller's own systems. The GDPR alone applies.", "Derived by the controller from other data: scores, segments, predictions. Inferences about a person are personal data; the GDPR alone applies.", "Received from another organisation: a partner, a data broker, a customer's upload about others. The people were not asked directly, so they must be informed within a month (Art. 14).", "Publicly available, e.g. scraped from the web. Still personal data under the GDPR, with Art. 14 information duties; ropa-lint counts it as the WP248 criterion large-scale. Drives: `dpia-required`."] }, "special": { "title": "Special categories", "description": "The Art. 9(1) kinds of data in this category, whose processing is forbidden unless an Art. 9(2) condition applies; empty when none. Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "markdownDescription": "The Art. 9(1) kinds of data in this category, whose processing is forbidden unless an Art. 9(2) condition applies; empty when none. Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "type": "array", "uniqueItems": true, "items": { "type": "string", "enum": ["health", "biometric", "genetic", "racial-ethnic-origin", "political-opinions", "religious-beliefs", "trade-union", "sex-life", "sexual-orientation"], "markdownEnumDescriptions": ["Data concerning health: physical or mental health, including the provision of health care, which reveals information about health status (Art. 4(15), 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Biometric data processed to uniquely identify a person: facial images, fingerprints, voice prints (Art. 4(14), 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Genetic data: inherited or acquired genetic characteristics, e.g. from a DNA sample (Art. 4(13), 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing racial or ethnic origin (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing political opinions (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing religious or philosophical beliefs (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing trade union membership (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data concerning a person's sex life (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data concerning a person's sexual orientation (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`."] }, "examples": [["health"]] }, "criminal": { "title": "Criminal data", "description": "true when the category holds data on criminal convictions and offences or related security measures (Art. 10). Drives: `criminal-data-condition`, `dpia-required`.", "markdownDescription": "true when the category holds data on criminal convictions and offences or related security measures (Art. 10). Drives: `criminal-data-condition`, `dpia-required`.", "type": "boolean" }, "criminal_condition": { "title": "Criminal data condition", "description": "When criminal is true: the official authority under whose control the data is processed, or the Union or Member State law that authorises it (Art. 10). Drives: `criminal-data-condition`.", "markdownDescription": "When criminal is true: the official authority under whose control the data is processed, or the Union or Member State law that authorises it (Art. 10). Drives: `criminal-data-condition`.", "type": ["string", "null"], "examples": ["Background checks under the Rehabilitation of Offenders Act 1974 (Exceptions) Order 1975"] }, "retention": { "title": "Retention", "description": "How long this category is kept, when it differs from its activity's retention: an ISO 8601 duration or a sentence (Art. 5(1)(e), 30(1)(f)). Given on every category an activity uses, it counts as the activity's retention. Drives: `retention-missing`.", "markdownDescription": "How long this category is kept, when it differs from its activity's retention: an ISO 8601 duration or a sentence (Art. 5(1)(e), 30(1)(f)). Given on every category an activity uses, it counts as the activity's retention. Drives: `retention-missing`.", "type": ["string", "null"], "examples": ["P30D", "Until the account is deleted"] }, "collected_for": { "title": "Collected for", "description": "Ids of the purposes this data was originally collected for. Using it for another purpose is a further processing that must be compatible with them (Art. 5(1)(b), 6(4)). Drives: `purpose-compatibility`, `unknown-reference`.", "markdownDescription": "Ids of the purposes this data was originally collected for. Using it for another purpose is a further processing that must be compatible with them (Art. 5(1)(b), 6(4)). Drives: `purpose-compatibility`, `unknown-reference`.", "type": "array", "items": { "$ref": "#/$defs/id" }, "examples": [["deliver-messages"]] }, "anonymised": { "title": "Anonymised", "description": "true when the data is claimed to be anonymous and so outside the GDPR (Recital 26): a claim that needs an assessment of the means reasonably likely to be used to identify someone. Drives: `anonymisation-claim`.", "markdownDescription": "true when the data is claimed to be anonymous and so outside the GDPR (Recital 26): a claim that needs an assessment of the means reasonably likely to be used to identify someone. Drives: `anonymisation-claim`.", "type": "boolean" }, "anonymisation_assessment": { "title": "Anonymisation assessment", "description": "The assessment backing the anonymisation claim (Recital 26; EDPB Opinion 28/2024): a relative path in the repository, a URL or an identifier. Drives: `anonymisation-claim`, `document-missing`.", "markdownDescription": "The assessment backing the anonymisation claim (Recital 26; EDPB Opinion 28/2024): a relative path in the repository, a URL or an identifier. Drives: `anonymisation-claim`, `document-missing`.", "type": ["string", "null"], "examples": ["docs/anonymisation/usage-stats.md"] }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this data category from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this data category and everything inside it. Drives: `invalid-ignore`.", "markdownDescription": "Exemptions of this data category from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this data category and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var func11 = Object.prototype.hasOwnProperty;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func11.call(schema36.properties, key0) || pattern4.test(key0))) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern9.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.name.type, parentSchema: schema36.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data2 = data.source;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.source.type, parentSchema: schema36.properties.source, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data2 === "communications-content" || data2 === "communications-metadata" || data2 === "terminal-equipment" || data2 === "provided-by-subject" || data2 === "observed" || data2 === "inferred" || data2 === "third-party" || data2 === "public")) {
        const err9 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/enum", keyword: "enum", params: { allowedValues: schema36.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.source.enum, parentSchema: schema36.properties.source, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.special !== void 0) {
      let data3 = data.special;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 !== "string") {
            const err10 = { instancePath: instancePath + "/special/" + i0, schemaPath: "#/properties/special/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.special.items.type, parentSchema: schema36.properties.special.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (!(data4 === "health" || data4 === "biometric" || data4 === "genetic" || data4 === "racial-ethnic-origin" || data4 === "political-opinions" || data4 === "religious-beliefs" || data4 === "trade-union" || data4 === "sex-life" || data4 === "sexual-orientation")) {
            const err11 = { instancePath: instancePath + "/special/" + i0, schemaPath: "#/properties/special/items/enum", keyword: "enum", params: { allowedValues: schema36.properties.special.items.enum }, message: "must be equal to one of the allowed values", schema: schema36.properties.special.items.enum, parentSchema: schema36.properties.special.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data3[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err12 = { instancePath: instancePath + "/special", schemaPath: "#/properties/special/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema36.properties.special, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/special", schemaPath: "#/properties/special/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.special.type, parentSchema: schema36.properties.special, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.criminal !== void 0) {
      let data5 = data.criminal;
      if (typeof data5 !== "boolean") {
        const err14 = { instancePath: instancePath + "/criminal", schemaPath: "#/properties/criminal/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.properties.criminal.type, parentSchema: schema36.properties.criminal, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.criminal_condition !== void 0) {
      let data6 = data.criminal_condition;
      if (typeof data6 !== "string" && data6 !== null) {
        const err15 = { instancePath: instancePath + "/criminal_condition", schemaPath: "#/properties/criminal_condition/type", keyword: "type", params: { type: schema36.properties.criminal_condition.type }, message: "must be string,null", schema: schema36.properties.criminal_condition.type, parentSchema: schema36.properties.criminal_condition, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.retention !== void 0) {
      let data7 = data.retention;
      if (typeof data7 !== "string" && data7 !== null) {
        const err16 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/type", keyword: "type", params: { type: schema36.properties.retention.type }, message: "must be string,null", schema: schema36.properties.retention.type, parentSchema: schema36.properties.retention, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.collected_for !== void 0) {
      let data8 = data.collected_for;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data9 = data8[i2];
          if (typeof data9 === "string") {
            if (!pattern9.test(data9)) {
              const err17 = { instancePath: instancePath + "/collected_for/" + i2, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema34, data: data9 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/collected_for/" + i2, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data9 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/collected_for", schemaPath: "#/properties/collected_for/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.properties.collected_for.type, parentSchema: schema36.properties.collected_for, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.anonymised !== void 0) {
      let data10 = data.anonymised;
      if (typeof data10 !== "boolean") {
        const err20 = { instancePath: instancePath + "/anonymised", schemaPath: "#/properties/anonymised/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.properties.anonymised.type, parentSchema: schema36.properties.anonymised, data: data10 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.anonymisation_assessment !== void 0) {
      let data11 = data.anonymisation_assessment;
      if (typeof data11 !== "string" && data11 !== null) {
        const err21 = { instancePath: instancePath + "/anonymisation_assessment", schemaPath: "#/properties/anonymisation_assessment/type", keyword: "type", params: { type: schema36.properties.anonymisation_assessment.type }, message: "must be string,null", schema: schema36.properties.anonymisation_assessment.type, parentSchema: schema36.properties.anonymisation_assessment, data: data11 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data["x-ropa-lint-ignore"] !== void 0) {
      let data12 = data["x-ropa-lint-ignore"];
      if (Array.isArray(data12)) {
        const len2 = data12.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data13 = data12[i3];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key1 in data13) {
              if (!(key1 === "rule" || key1 === "reason" || key1 === "until" || pattern4.test(key1))) {
                const err22 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i3, schemaPath: "#/$defs/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data13.rule !== void 0) {
              let data14 = data13.rule;
              if (typeof data14 !== "string") {
                const err23 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i3 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.rule.type, parentSchema: schema35.items.properties.rule, data: data14 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              const _errs47 = errors;
              let valid12 = false;
              const _errs48 = errors;
              if (!(data14 === "ai-training-contract-basis" || data14 === "ai-training-undeclared" || data14 === "anonymisation-claim" || data14 === "automated-decision" || data14 === "children-consent" || data14 === "consent-bundled" || data14 === "consent-details-missing" || data14 === "consent-given-by-third-party" || data14 === "consent-not-explicit" || data14 === "consent-not-granular" || data14 === "consent-not-opt-in" || data14 === "consent-records" || data14 === "consent-weakened" || data14 === "consent-withdrawal" || data14 === "criminal-data-condition" || data14 === "document-missing" || data14 === "dpia-required" || data14 === "duplicate-id" || data14 === "eprivacy-communications-consent" || data14 === "eprivacy-terminal-consent" || data14 === "invalid-ignore" || data14 === "lawful-basis-changed" || data14 === "lawful-basis-missing" || data14 === "legitimate-interests-assessment" || data14 === "new-ai-training-purpose" || data14 === "notice-missing" || data14 === "notice-undisclosed-purpose" || data14 === "notice-withdrawal" || data14 === "processor-dpa" || data14 === "processor-own-purpose" || data14 === "purpose-compatibility" || data14 === "purpose-scope-expanded" || data14 === "record-incomplete" || data14 === "retention-missing" || data14 === "right-to-object" || data14 === "schema" || data14 === "special-category-condition" || data14 === "transfer-mechanism" || data14 === "unknown-reference")) {
                const err24 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i3 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema35.items.properties.rule.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema35.items.properties.rule.anyOf[0].enum, parentSchema: schema35.items.properties.rule.anyOf[0], data: data14 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              var _valid0 = _errs48 === errors;
              valid12 = valid12 || _valid0;
              const _errs50 = errors;
              if (typeof data14 !== "string") {
                const err25 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i3 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.rule.anyOf[1].type, parentSchema: schema35.items.properties.rule.anyOf[1], data: data14 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              var _valid0 = _errs50 === errors;
              valid12 = valid12 || _valid0;
              if (!valid12) {
                const err26 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i3 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema35.items.properties.rule.anyOf, parentSchema: schema35.items.properties.rule, data: data14 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              } else {
                errors = _errs47;
                if (vErrors !== null) {
                  if (_errs47) {
                    vErrors.length = _errs47;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data13.reason !== void 0) {
              let data15 = data13.reason;
              if (typeof data15 !== "string") {
                const err27 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i3 + "/reason", schemaPath: "#/$defs/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.reason.type, parentSchema: schema35.items.properties.reason, data: data15 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data13.until !== void 0) {
              let data16 = data13.until;
              if (typeof data16 === "string") {
                if (!formats0.validate(data16)) {
                  const err28 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i3 + "/until", schemaPath: "#/$defs/ignore/items/properties/until/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema35.items.properties.until, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i3 + "/until", schemaPath: "#/$defs/ignore/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.until.type, parentSchema: schema35.items.properties.until, data: data16 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i3, schemaPath: "#/$defs/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.items.type, parentSchema: schema35.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/x-ropa-lint-ignore", schemaPath: "#/$defs/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.type, parentSchema: schema35, data: data12 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema40 = { "title": "Processing activity", "description": "One processing activity of the record (Art. 30(1); for a processor, Art. 30(2)).", "type": "object", "required": ["id", "name", "role", "data_subjects", "data_categories", "purposes"], "properties": { "id": { "title": "Id", "description": "Unique kebab-case id of this processing activity. Drives: `duplicate-id`.", "markdownDescription": "Unique kebab-case id of this processing activity. Drives: `duplicate-id`.", "$ref": "#/$defs/id", "examples": ["smart-replies"] }, "name": { "title": "Name", "description": "A readable name of the activity.", "type": "string", "minLength": 1, "examples": ["Smart reply suggestions"] }, "description": { "title": "Description", "description": "What the activity does, in plain words. When none of its purposes is marked ai_training, a description that says the data trains a model is reported. Drives: `ai-training-undeclared`.", "markdownDescription": "What the activity does, in plain words. When none of its purposes is marked ai_training, a description that says the data trains a model is reported. Drives: `ai-training-undeclared`.", "type": "string", "minLength": 1, "examples": ["Suggest replies in chat."] }, "role": { "title": "Role", "description": "The organisation's role in this activity (Art. 4(7), 4(8), 26). Drives: `processor-own-purpose`, `record-incomplete`.", "markdownDescription": "The organisation's role in this activity (Art. 4(7), 4(8), 26). Drives: `processor-own-purpose`, `record-incomplete`.", "type": "string", "enum": ["controller", "joint-controller", "processor"], "markdownEnumDescriptions": ["The organisation decides alone why and how the data is processed (Art. 4(7)); the record follows Art. 30(1).", "The organisation decides the purposes and means together with others (Art. 26); the joint controllers and their arrangement are named under controller.joint_controllers. Drives: `record-incomplete`.", "The organisation processes the data on behalf of controllers (Art. 4(8), 28); the record follows Art. 30(2) and names them in on_behalf_of. Training models for its own purposes makes a processor a controller (Art. 28(10)). Drives: `processor-own-purpose`, `record-incomplete`."] }, "on_behalf_of": { "title": "On behalf of", "description": "For role processor: the controllers this activity is carried out for, with their contact details (Art. 30(2)(a)). Drives: `record-incomplete`.", "markdownDescription": "For role processor: the controllers this activity is carried out for, with their contact details (Art. 30(2)(a)). Drives: `record-incomplete`.", "type": "array", "items": { "$ref": "#/$defs/party" } }, "data_subjects": { "title": "Data subjects", "description": "Ids of the data subjects (top-level data_subjects) whose data this activity processes (Art. 30(1)(c)). Drives: `purpose-scope-expanded`, `record-incomplete`, `unknown-reference`.", "markdownDescription": "Ids of the data subjects (top-level data_subjects) whose data this activity processes (Art. 30(1)(c)). Drives: `purpose-scope-expanded`, `record-incomplete`, `unknown-reference`.", "type": "array", "items": { "$ref": "#/$defs/id" }, "examples": [["workspace-members"]] }, "data_categories": { "title": "Data categories", "description": "Ids of the data categories (top-level data_categories) this activity processes (Art. 30(1)(c)). Drives: `purpose-scope-expanded`, `record-incomplete`, `unknown-reference`.", "markdownDescription": "Ids of the data categories (top-level data_categories) this activity processes (Art. 30(1)(c)). Drives: `purpose-scope-expanded`, `record-incomplete`, `unknown-reference`.", "type": "array", "items": { "$ref": "#/$defs/id" }, "examples": [["chat-messages"]] }, "purposes": { "title": "Purposes", "description": "The purposes of this activity, at least one (Art. 30(1)(b)).", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/purpose" }, "examples": [[{ "id": "deliver-messages", "description": "Store and deliver messages", "ai_training": false, "lawful_basis": "contract" }]] }, "recipients": { "title": "Recipients", "description": "The recipients or categories of recipients to whom the data is disclosed, as free-text names, including those in third countries (Art. 30(1)(d)); [] means none. Drives: `record-incomplete`.", "markdownDescription": "The recipients or categories of recipients to whom the data is disclosed, as free-text names, including those in third countries (Art. 30(1)(d)); [] means none. Drives: `record-incomplete`.", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["ML platform team", "Payment providers"]] }, "processors": { "title": "Processors", "description": "The processors that process the data for this activity (Art. 28). Drives: `processor-dpa`, `transfer-mechanism`.", "markdownDescription": "The processors that process the data for this activity (Art. 28). Drives: `processor-dpa`, `transfer-mechanism`.", "type": "array", "items": { "$ref": "#/$defs/processor" } }, "transfers": { "title": "Transfers", "description": "Transfers to third countries or international organisations (Art. 30(1)(e)); [] means none. Drives: `record-incomplete`, `transfer-mechanism`.", "markdownDescription": "Transfers to third countries or international organisations (Art. 30(1)(e)); [] means none. Drives: `record-incomplete`, `transfer-mechanism`.", "type": "array", "items": { "$ref": "#/$defs/transfer" } }, "retention": { "title": "Retention", "description": "The time limit for erasing the data: an ISO 8601 duration or a sentence (Art. 5(1)(e), 30(1)(f)). Drives: `retention-missing`.", "markdownDescription": "The time limit for erasing the data: an ISO 8601 duration or a sentence (Art. 5(1)(e), 30(1)(f)). Drives: `retention-missing`.", "type": "string", "minLength": 1, "examples": ["P90D", "Deleted 30 days after the account is closed"] }, "security_measures": { "title": "Security measures", "description": "The technical and organisational security measures, in general terms (Art. 30(1)(g), 32(1)). Drives: `record-incomplete`.", "markdownDescription": "The technical and organisational security measures, in general terms (Art. 30(1)(g), 32(1)). Drives: `record-incomplete`.", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["encryption-at-rest", "access-control"]] }, "dpia": { "title": "DPIA", "description": "The data protection impact assessment of the activity (Art. 35). Drives: `dpia-required`.", "markdownDescription": "The data protection impact assessment of the activity (Art. 35). Drives: `dpia-required`.", "$ref": "#/$defs/dpia" }, "automated_decision_making": { "title": "Automated decision-making", "description": "true when the activity takes decisions based solely on automated processing, including profiling, with legal or similarly significant effects (Art. 22). Drives: `automated-decision`, `dpia-required`.", "markdownDescription": "true when the activity takes decisions based solely on automated processing, including profiling, with legal or similarly significant effects (Art. 22). Drives: `automated-decision`, `dpia-required`.", "type": "boolean" }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this activity from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this activity and everything inside it. Drives: `invalid-ignore`.", "markdownDescription": "Exemptions of this activity from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this activity and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var schema42 = { "title": "Controller acted for", "description": "A controller on whose behalf this processor acts (Art. 30(2)(a)).", "type": "object", "properties": { "name": { "title": "Name", "description": "Legal name of the controller (Art. 30(2)(a)). Drives: `record-incomplete`.", "markdownDescription": "Legal name of the controller (Art. 30(2)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["Customer Ltd"] }, "contact": { "title": "Contact", "description": "How to reach the controller, or its data protection officer (Art. 30(2)(a)). Drives: `record-incomplete`.", "markdownDescription": "How to reach the controller, or its data protection officer (Art. 30(2)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["privacy@customer.example"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var schema50 = { "title": "Processor", "description": "A processor that processes the data on the controller's behalf (Art. 28), named among the recipients of Art. 30(1)(d). Drives: `processor-dpa`, `transfer-mechanism`.", "markdownDescription": "A processor that processes the data on the controller's behalf (Art. 28), named among the recipients of Art. 30(1)(d). Drives: `processor-dpa`, `transfer-mechanism`.", "type": "object", "properties": { "name": { "title": "Name", "description": "The processor's name.", "type": "string", "minLength": 1, "examples": ["GPU Cloud Inc"] }, "dpa": { "title": "Data processing agreement", "description": "true when an Art. 28(3) contract binds the processor. Drives: `processor-dpa`.", "markdownDescription": "true when an Art. 28(3) contract binds the processor. Drives: `processor-dpa`.", "type": "boolean" }, "dpa_reference": { "title": "DPA reference", "description": "Where the Art. 28(3) contract is: a relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "markdownDescription": "Where the Art. 28(3) contract is: a relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/contracts/gpu-cloud-dpa.pdf"] }, "country": { "title": "Country", "description": "ISO 3166-1 alpha-2 code of the country where it processes the data; outside the EEA it needs a transfer mechanism (Art. 44). Drives: `transfer-mechanism`.", "markdownDescription": "ISO 3166-1 alpha-2 code of the country where it processes the data; outside the EEA it needs a transfer mechanism (Art. 44). Drives: `transfer-mechanism`.", "type": "string", "pattern": "^[A-Z]{2}$", "examples": ["US"] }, "mechanism": { "title": "Transfer mechanism", "description": "The Art. 45\u201349 mechanism of a processor outside the EEA, as the format's first version recorded it. The transfer belongs in the activity's transfers, where Art. 30(1)(e) records it: a processor outside the EEA needs a transfer entry for its country with a mechanism. Drives: `transfer-mechanism`.", "markdownDescription": "The Art. 45\u201349 mechanism of a processor outside the EEA, as the format's first version recorded it. The transfer belongs in the activity's transfers, where Art. 30(1)(e) records it: a processor outside the EEA needs a transfer entry for its country with a mechanism. Drives: `transfer-mechanism`.", "type": "string", "enum": ["adequacy", "scc", "bcr", "derogation", "none"], "markdownEnumDescriptions": ["An adequacy decision of the European Commission covers the destination country (Art. 45). Drives: `transfer-mechanism`.", "Standard contractual clauses adopted by the Commission (Art. 46(2)(c)), with a transfer impact assessment where the law of the destination requires one (CJEU C-311/18 Schrems II). Drives: `transfer-mechanism`.", "Binding corporate rules approved by a supervisory authority, for transfers within a corporate group (Art. 46(2)(b), 47). Drives: `transfer-mechanism`.", "A derogation for a specific situation (Art. 49(1)): explicit consent, a contract, important public interest, legal claims, vital interests; for occasional transfers, not a regular flow. Drives: `transfer-mechanism`.", "No transfer mechanism: the transfer has no legal ground (Art. 44). Drives: `transfer-mechanism`."] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var schema51 = { "title": "Transfer", "description": "A transfer of personal data to a third country or an international organisation (Art. 30(1)(e), 44\u201349). Drives: `transfer-mechanism`.", "markdownDescription": "A transfer of personal data to a third country or an international organisation (Art. 30(1)(e), 44\u201349). Drives: `transfer-mechanism`.", "type": "object", "properties": { "country": { "title": "Country", "description": "ISO 3166-1 alpha-2 code of the destination country; Art. 30(1)(e) records it, and whether the transfer needs a safeguard depends on it. Drives: `record-incomplete`, `transfer-mechanism`.", "markdownDescription": "ISO 3166-1 alpha-2 code of the destination country; Art. 30(1)(e) records it, and whether the transfer needs a safeguard depends on it. Drives: `record-incomplete`, `transfer-mechanism`.", "type": "string", "pattern": "^[A-Z]{2}$", "examples": ["US"] }, "mechanism": { "title": "Mechanism", "description": "The Art. 45\u201349 ground of the transfer. Drives: `transfer-mechanism`.", "markdownDescription": "The Art. 45\u201349 ground of the transfer. Drives: `transfer-mechanism`.", "type": "string", "enum": ["adequacy", "scc", "bcr", "derogation", "none"], "markdownEnumDescriptions": ["An adequacy decision of the European Commission covers the destination country (Art. 45). Drives: `transfer-mechanism`.", "Standard contractual clauses adopted by the Commission (Art. 46(2)(c)), with a transfer impact assessment where the law of the destination requires one (CJEU C-311/18 Schrems II). Drives: `transfer-mechanism`.", "Binding corporate rules approved by a supervisory authority, for transfers within a corporate group (Art. 46(2)(b), 47). Drives: `transfer-mechanism`.", "A derogation for a specific situation (Art. 49(1)): explicit consent, a contract, important public interest, legal claims, vital interests; for occasional transfers, not a regular flow. Drives: `transfer-mechanism`.", "No transfer mechanism: the transfer has no legal ground (Art. 44). Drives: `transfer-mechanism`."] }, "safeguard_reference": { "title": "Safeguard reference", "description": "Where the safeguards are documented: the signed SCCs, the BCRs, the transfer impact assessment (Art. 30(1)(e), 46). A relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "markdownDescription": "Where the safeguards are documented: the signed SCCs, the BCRs, the transfer impact assessment (Art. 30(1)(e), 46). A relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/transfers/us-scc.md"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var schema52 = { "title": "DPIA", "description": "The data protection impact assessment of the activity (Art. 35). Drives: `dpia-required`.", "markdownDescription": "The data protection impact assessment of the activity (Art. 35). Drives: `dpia-required`.", "type": "object", "properties": { "status": { "title": "Status", "description": "Where the DPIA stands. Drives: `dpia-required`.", "markdownDescription": "Where the DPIA stands. Drives: `dpia-required`.", "type": "string", "enum": ["completed", "in-progress", "not-required", "missing"], "markdownEnumDescriptions": ["The DPIA is carried out and signed off (Art. 35(7)). Drives: `dpia-required`.", "The DPIA is under way and will be completed before the processing starts. Drives: `dpia-required`.", "The controller concluded that no DPIA is needed; when the activity meets two or more WP248 criteria, or trains a model, ropa-lint still asks for one. Drives: `dpia-required`.", "No DPIA has been done. Drives: `dpia-required`."] }, "reference": { "title": "Reference", "description": "Where the DPIA is: a relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "markdownDescription": "Where the DPIA is: a relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/dpia/replies.md", "DPIA-2024-17"] }, "criteria": { "title": "WP248 criteria", "description": "The criteria of the WP248 guidelines (endorsed by the EDPB) that this activity meets; two or more make a DPIA likely to be required (Art. 35(1), 35(3)). ropa-lint also derives criteria from the record itself. Drives: `dpia-required`.", "markdownDescription": "The criteria of the WP248 guidelines (endorsed by the EDPB) that this activity meets; two or more make a DPIA likely to be required (Art. 35(1), 35(3)). ropa-lint also derives criteria from the record itself. Drives: `dpia-required`.", "type": "array", "uniqueItems": true, "items": { "type": "string", "enum": ["evaluation-scoring", "automated-decision", "systematic-monitoring", "sensitive-data", "large-scale", "matching-datasets", "vulnerable-subjects", "innovative-technology", "prevents-rights"], "markdownEnumDescriptions": ["WP248 criterion 1: evaluation or scoring, including profiling and predicting (performance at work, economic situation, health, preferences, behaviour, location). Drives: `dpia-required`.", "WP248 criterion 2: automated decision-making with legal or similarly significant effect (Art. 22). ropa-lint derives it from automated_decision_making: true. Drives: `dpia-required`.", "WP248 criterion 3: systematic monitoring of people, including in publicly accessible areas (Art. 35(3)(c)). Drives: `dpia-required`.", "WP248 criterion 4: special-category data (Art. 9), criminal-offence data (Art. 10) or data of a highly personal nature. ropa-lint derives it from special or criminal data categories. Drives: `dpia-required`.", "WP248 criterion 5: data processed on a large scale (number of people, volume, duration, geographical extent). ropa-lint derives it from a public source. Drives: `dpia-required`.", "WP248 criterion 6: matching or combining datasets from different operations or controllers beyond what people would expect. Drives: `dpia-required`.", "WP248 criterion 7: data of vulnerable people: children, employees, patients, the elderly, asylum seekers. ropa-lint derives it from data subjects with children: true. Drives: `dpia-required`.", "WP248 criterion 8: innovative use or new technological or organisational solutions. ropa-lint derives it from an AI-training purpose. Drives: `dpia-required`.", "WP248 criterion 9: the processing itself prevents people from exercising a right or using a service or a contract. Drives: `dpia-required`."] }, "examples": [["evaluation-scoring", "systematic-monitoring"]] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var pattern26 = new RegExp("^[A-Z]{2}$", "u");
var schema45 = { "title": "Purpose", "description": "One purpose of a processing activity (Art. 5(1)(b), 30(1)(b)). It uses every data category and data subject of its activity.", "type": "object", "required": ["id", "description", "ai_training"], "properties": { "id": { "title": "Id", "description": "Kebab-case id of this purpose, unique in the whole file: data categories' collected_for, notices and comparisons with a base refer to it. Drives: `duplicate-id`, `notice-undisclosed-purpose`, `purpose-compatibility`.", "markdownDescription": "Kebab-case id of this purpose, unique in the whole file: data categories' collected_for, notices and comparisons with a base refer to it. Drives: `duplicate-id`, `notice-undisclosed-purpose`, `purpose-compatibility`.", "$ref": "#/$defs/id", "examples": ["train-reply-model"] }, "description": { "title": "Description", "description": "What the purpose is, in plain words: what the data is used for. Drives: `ai-training-undeclared`, `notice-undisclosed-purpose`.", "markdownDescription": "What the purpose is, in plain words: what the data is used for. Drives: `ai-training-undeclared`, `notice-undisclosed-purpose`.", "type": "string", "minLength": 1, "examples": ["Train the reply-suggestion model on past conversations."] }, "ai_training": { "title": "AI training", "description": "true when this purpose trains, fine-tunes, retrains or evaluates an AI/ML model with the data. The AI rules look only at these purposes. Drives: `ai-training-contract-basis`, `ai-training-undeclared`, `dpia-required`, `eprivacy-communications-consent`, `eprivacy-terminal-consent`, `new-ai-training-purpose`, `notice-undisclosed-purpose`, `processor-own-purpose`, `purpose-compatibility`, `purpose-scope-expanded`, `right-to-object`, `special-category-condition`.", "markdownDescription": "true when this purpose trains, fine-tunes, retrains or evaluates an AI/ML model with the data. The AI rules look only at these purposes. Drives: `ai-training-contract-basis`, `ai-training-undeclared`, `dpia-required`, `eprivacy-communications-consent`, `eprivacy-terminal-consent`, `new-ai-training-purpose`, `notice-undisclosed-purpose`, `processor-own-purpose`, `purpose-compatibility`, `purpose-scope-expanded`, `right-to-object`, `special-category-condition`.", "type": "boolean" }, "lawful_basis": { "title": "Lawful basis", "description": "The Art. 6(1) basis this purpose relies on. It is chosen before the processing and cannot be swapped afterwards (EDPB Guidelines 05/2020). Drives: `ai-training-contract-basis`, `automated-decision`, `consent-details-missing`, `lawful-basis-changed`, `lawful-basis-missing`, `legitimate-interests-assessment`, `notice-withdrawal`, `purpose-compatibility`, `right-to-object`.", "markdownDescription": "The Art. 6(1) basis this purpose relies on. It is chosen before the processing and cannot be swapped afterwards (EDPB Guidelines 05/2020). Drives: `ai-training-contract-basis`, `automated-decision`, `consent-details-missing`, `lawful-basis-changed`, `lawful-basis-missing`, `legitimate-interests-assessment`, `notice-withdrawal`, `purpose-compatibility`, `right-to-object`.", "type": "string", "enum": ["consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"], "markdownEnumDescriptions": ["Art. 6(1)(a): the person consented to this purpose. Needs a valid consent block and can be withdrawn at any time (Art. 7). Drives: `automated-decision`, `consent-details-missing`, `notice-withdrawal`, `purpose-compatibility`.", "Art. 6(1)(b): necessary to perform a contract with the person or to take steps at their request before one. Training a model is not necessary for the contract (EDPB Guidelines 2/2019). Drives: `ai-training-contract-basis`, `automated-decision`.", "Art. 6(1)(c): necessary to comply with a legal obligation of Union or Member State law (Art. 6(3)); name it in legal_basis_reference. Drives: `automated-decision`.", "Art. 6(1)(d): necessary to protect someone's life, where no other basis fits (Recital 46). Drives: `automated-decision`.", "Art. 6(1)(e): necessary for a task in the public interest or in the exercise of official authority laid down by law (Art. 6(3)). Drives: `automated-decision`.", "Art. 6(1)(f): necessary for a legitimate interest that the people's rights do not override, shown by a documented balancing test; people may object (Art. 21). Drives: `automated-decision`, `legitimate-interests-assessment`, `notice-withdrawal`, `right-to-object`."] }, "legal_basis_reference": { "title": "Legal basis reference", "description": "The law (Art. 6(3): for legal-obligation and public-task) or the contract relied on.", "type": ["string", "null"], "examples": ["HGB \xA7257", "Terms of service \xA74"] }, "special_category_condition": { "title": "Special-category condition", "description": "The Art. 9(2) condition that lifts the ban on processing special-category data. For AI training only explicit-consent and archiving-research fit. Drives: `consent-details-missing`, `consent-not-explicit`, `special-category-condition`.", "markdownDescription": "The Art. 9(2) condition that lifts the ban on processing special-category data. For AI training only explicit-consent and archiving-research fit. Drives: `consent-details-missing`, `consent-not-explicit`, `special-category-condition`.", "type": ["string", "null"], "enum": ["explicit-consent", "employment", "vital-interests", "not-for-profit", "made-public", "legal-claims", "substantial-public-interest", "health-care", "public-health", "archiving-research", null], "markdownEnumDescriptions": ["Art. 9(2)(a): explicit consent of the person. Requires a consent block with explicit: true; one of the two conditions that can cover AI training. Drives: `consent-details-missing`, `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(b): obligations and rights in employment and social security law. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(c): vital interests of a person who cannot give consent. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(d): a foundation, association or other not-for-profit body with a political, philosophical, religious or trade-union aim, about its members. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(e): data the person has manifestly made public. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(f): establishing, exercising or defending legal claims, or courts acting in their judicial capacity. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(g): substantial public interest on the basis of Union or Member State law. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(h): preventive or occupational medicine, diagnosis, health or social care, under professional secrecy (Art. 9(3)). Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(i): public interest in public health, on the basis of Union or Member State law. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(j): archiving in the public interest, scientific or historical research or statistics, with the safeguards of Art. 89(1); one of the two conditions that can cover AI training. Drives: `consent-not-explicit`, `special-category-condition`.", "No condition named: for special-category data, a missing condition. Drives: `special-category-condition`."] }, "consent": { "title": "Consent", "description": "How consent is collected and managed; needed when the basis is consent, the Art. 9(2) condition is explicit-consent, or ePrivacy requires consent for training. Drives: `consent-details-missing`, `consent-weakened`.", "markdownDescription": "How consent is collected and managed; needed when the basis is consent, the Art. 9(2) condition is explicit-consent, or ePrivacy requires consent for training. Drives: `consent-details-missing`, `consent-weakened`.", "$ref": "#/$defs/consent" }, "legitimate_interests": { "title": "Legitimate interests", "description": "The interest, its balancing test and the right to object; needed when the basis is legitimate-interests. Drives: `legitimate-interests-assessment`, `right-to-object`.", "markdownDescription": "The interest, its balancing test and the right to object; needed when the basis is legitimate-interests. Drives: `legitimate-interests-assessment`, `right-to-object`.", "$ref": "#/$defs/legitimateInterests" }, "compatibility_assessment": { "title": "Compatibility assessment", "description": "The Art. 6(4) assessment that reusing data collected for other purposes is compatible with them: a relative path in the repository, a URL or an identifier. Drives: `document-missing`, `purpose-compatibility`.", "markdownDescription": "The Art. 6(4) assessment that reusing data collected for other purposes is compatible with them: a relative path in the repository, a URL or an identifier. Drives: `document-missing`, `purpose-compatibility`.", "type": ["string", "null"], "examples": ["docs/compatibility/replies.md"] }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this purpose from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this purpose and everything inside it. Drives: `invalid-ignore`.", "markdownDescription": "Exemptions of this purpose from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this purpose and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var schema47 = { "title": "Consent", "description": "How consent is collected and managed (Art. 4(11), 7; ePrivacy Art. 5). Needed when the basis is consent, the Art. 9(2) condition is explicit-consent, or an ePrivacy rule applies to training.", "type": "object", "properties": { "collection": { "title": "Collection", "description": "How consent is asked. Only opt-in is a clear affirmative act (Art. 4(11), Recital 32). Drives: `consent-not-opt-in`, `consent-weakened`.", "markdownDescription": "How consent is asked. Only opt-in is a clear affirmative act (Art. 4(11), Recital 32). Drives: `consent-not-opt-in`, `consent-weakened`.", "type": "string", "enum": ["opt-in", "opt-out", "pre-ticked", "implied", "terms-acceptance"], "markdownEnumDescriptions": ['A clear affirmative act: the person ticks an empty box, presses "Yes", switches a setting on. The only form that is consent (Art. 4(11), Recital 32). Drives: `consent-not-opt-in`.', "Consent assumed unless the person objects. Silence or inactivity is not consent (Recital 32). Drives: `consent-not-opt-in`.", "A box ticked in advance that the person may untick. Not consent (CJEU C-673/17 Planet49, Recital 32). Drives: `consent-not-opt-in`.", "Consent inferred from conduct, such as continuing to use the service. Not an unambiguous indication of wishes (Art. 4(11)). Drives: `consent-not-opt-in`.", "Accepting the terms of service or the privacy policy. Not consent: a request for consent must be clearly distinguishable from other matters (Art. 7(2)), and consent bundled with accepting a contract is presumed not freely given (Art. 7(4), Recital 43). Drives: `consent-not-opt-in`."] }, "explicit": { "title": "Explicit", "description": "true when consent is an express statement, in writing or by a confirming step: needed for special-category data (Art. 9(2)(a)), automated decisions (Art. 22(2)(c)) and transfers (Art. 49(1)(a)). Drives: `automated-decision`, `consent-not-explicit`, `consent-weakened`.", "markdownDescription": "true when consent is an express statement, in writing or by a confirming step: needed for special-category data (Art. 9(2)(a)), automated decisions (Art. 22(2)(c)) and transfers (Art. 49(1)(a)). Drives: `automated-decision`, `consent-not-explicit`, `consent-weakened`.", "type": "boolean" }, "granular": { "title": "Granular", "description": "true when consent is asked separately for this purpose, not once for a bundle of purposes (Recitals 32, 43). Drives: `consent-not-granular`, `consent-weakened`.", "markdownDescription": "true when consent is asked separately for this purpose, not once for a bundle of purposes (Recitals 32, 43). Drives: `consent-not-granular`, `consent-weakened`.", "type": "boolean" }, "required_for_service": { "title": "Required for service", "description": 'true when the service is refused to people who decline ("Got it / Leave meeting"): such consent is not freely given (Art. 7(4), Recital 43). Drives: `consent-bundled`, `consent-weakened`.', "markdownDescription": 'true when the service is refused to people who decline ("Got it / Leave meeting"): such consent is not freely given (Art. 7(4), Recital 43). Drives: `consent-bundled`, `consent-weakened`.', "type": "boolean" }, "given_by": { "title": "Given by", "description": "Who gives the consent. Consent is the data subject's own (Art. 4(11)); on communications every participant's (ePrivacy Art. 5(1)). Drives: `consent-given-by-third-party`, `consent-weakened`, `eprivacy-communications-consent`.", "markdownDescription": "Who gives the consent. Consent is the data subject's own (Art. 4(11)); on communications every participant's (ePrivacy Art. 5(1)). Drives: `consent-given-by-third-party`, `consent-weakened`, `eprivacy-communications-consent`.", "type": "string", "enum": ["data-subject", "all-participants", "account-admin", "parent-or-guardian"], "markdownEnumDescriptions": ["The person whose data it is. On communications content or metadata this is one participant consenting for the others, which ePrivacy Art. 5(1) does not allow. Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`.", "Every user taking part in the communication, as ePrivacy Art. 5(1) requires for content and metadata. Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`.", "An account or workspace administrator, or the customer organisation, on behalf of its users. Not the data subject's consent (Art. 4(11)). Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`.", "The holder of parental responsibility, for a child below the age of digital consent (Art. 8(1)). Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`."] }, "withdrawal": { "title": "Withdrawal", "description": "How consent is withdrawn. It must be as easy as giving it (Art. 7(3)), and consent is given in the product. Drives: `consent-weakened`, `consent-withdrawal`.", "markdownDescription": "How consent is withdrawn. It must be as easy as giving it (Art. 7(3)), and consent is given in the product. Drives: `consent-weakened`, `consent-withdrawal`.", "type": "string", "enum": ["in-product", "email", "support-request", "none"], "markdownEnumDescriptions": ["In the product itself, where people use the service (a setting, a toggle, a link in the interface). As easy as giving consent there. Drives: `consent-withdrawal`.", "By writing an e-mail to the controller. Drives: `consent-withdrawal`.", "By asking customer support (a ticket, a form, a call). Drives: `consent-withdrawal`.", "No way is offered. Consent cannot be withdrawn, so it is not valid (Art. 7(3)). Drives: `consent-withdrawal`."] }, "records": { "title": "Records", "description": "Where proof of consent is kept: who consented, when, to what notice, how (Art. 7(1)). Omitted or null means none. Drives: `consent-records`, `consent-weakened`.", "markdownDescription": "Where proof of consent is kept: who consented, when, to what notice, how (Art. 7(1)). Omitted or null means none. Drives: `consent-records`, `consent-weakened`.", "type": ["string", "null"], "examples": ["consent-service"] }, "age_verification": { "title": "Age verification", "description": "How age, and below the age of digital consent the parent's consent, is verified for children (Art. 8(2)). Drives: `children-consent`.", "markdownDescription": "How age, and below the age of digital consent the parent's consent, is verified for children (Art. 8(2)). Drives: `children-consent`.", "type": ["string", "null"], "examples": ["parental-consent-check"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var schema48 = { "title": "Legitimate interests", "description": "The legitimate interest relied on and its balancing test (Art. 6(1)(f)), and how people can object (Art. 21). Drives: `legitimate-interests-assessment`, `right-to-object`.", "markdownDescription": "The legitimate interest relied on and its balancing test (Art. 6(1)(f)), and how people can object (Art. 21). Drives: `legitimate-interests-assessment`, `right-to-object`.", "type": "object", "properties": { "interest": { "title": "Interest", "description": "The legitimate interest pursued, in plain words.", "type": "string", "minLength": 1, "examples": ["Detect spam and abuse on the platform"] }, "assessment": { "title": "Assessment", "description": "The documented balancing test (legitimate interests assessment, LIA): a relative path in the repository, a URL or an identifier (Art. 6(1)(f); EDPB Opinion 28/2024). Drives: `document-missing`, `legitimate-interests-assessment`.", "markdownDescription": "The documented balancing test (legitimate interests assessment, LIA): a relative path in the repository, a URL or an identifier (Art. 6(1)(f); EDPB Opinion 28/2024). Drives: `document-missing`, `legitimate-interests-assessment`.", "type": ["string", "null"], "examples": ["docs/lia/replies.md"] }, "objection": { "title": "Objection", "description": "How people can exercise the right to object (Art. 21(1)). Drives: `right-to-object`.", "markdownDescription": "How people can exercise the right to object (Art. 21(1)). Drives: `right-to-object`.", "type": "string", "enum": ["in-product", "email", "support-request", "none"], "markdownEnumDescriptions": ["In the product itself, where people use the service (a setting, a toggle, a link in the interface). Drives: `right-to-object`.", "By writing an e-mail to the controller. Drives: `right-to-object`.", "By asking customer support (a ticket, a form, a call). Drives: `right-to-object`.", "No way is offered. People cannot object: legitimate interests cannot be relied on (Art. 21). Drives: `right-to-object`."] }, "objection_before_processing": { "title": "Objection before processing", "description": "true when people can object before their data is processed, e.g. before it trains a model (EDPB Opinion 28/2024). Drives: `right-to-object`.", "markdownDescription": "true when people can object before their data is processed, e.g. before it trains a model (EDPB Opinion 28/2024). Drives: `right-to-object`.", "type": "boolean" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.ai_training === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ai_training" }, message: "must have required property 'ai_training'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func11.call(schema45.properties, key0) || pattern4.test(key0))) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern9.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.description, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.description.type, parentSchema: schema45.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.ai_training !== void 0) {
      let data2 = data.ai_training;
      if (typeof data2 !== "boolean") {
        const err8 = { instancePath: instancePath + "/ai_training", schemaPath: "#/properties/ai_training/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema45.properties.ai_training.type, parentSchema: schema45.properties.ai_training, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.lawful_basis !== void 0) {
      let data3 = data.lawful_basis;
      if (typeof data3 !== "string") {
        const err9 = { instancePath: instancePath + "/lawful_basis", schemaPath: "#/properties/lawful_basis/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.lawful_basis.type, parentSchema: schema45.properties.lawful_basis, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data3 === "consent" || data3 === "contract" || data3 === "legal-obligation" || data3 === "vital-interests" || data3 === "public-task" || data3 === "legitimate-interests")) {
        const err10 = { instancePath: instancePath + "/lawful_basis", schemaPath: "#/properties/lawful_basis/enum", keyword: "enum", params: { allowedValues: schema45.properties.lawful_basis.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.lawful_basis.enum, parentSchema: schema45.properties.lawful_basis, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.legal_basis_reference !== void 0) {
      let data4 = data.legal_basis_reference;
      if (typeof data4 !== "string" && data4 !== null) {
        const err11 = { instancePath: instancePath + "/legal_basis_reference", schemaPath: "#/properties/legal_basis_reference/type", keyword: "type", params: { type: schema45.properties.legal_basis_reference.type }, message: "must be string,null", schema: schema45.properties.legal_basis_reference.type, parentSchema: schema45.properties.legal_basis_reference, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.special_category_condition !== void 0) {
      let data5 = data.special_category_condition;
      if (typeof data5 !== "string" && data5 !== null) {
        const err12 = { instancePath: instancePath + "/special_category_condition", schemaPath: "#/properties/special_category_condition/type", keyword: "type", params: { type: schema45.properties.special_category_condition.type }, message: "must be string,null", schema: schema45.properties.special_category_condition.type, parentSchema: schema45.properties.special_category_condition, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data5 === "explicit-consent" || data5 === "employment" || data5 === "vital-interests" || data5 === "not-for-profit" || data5 === "made-public" || data5 === "legal-claims" || data5 === "substantial-public-interest" || data5 === "health-care" || data5 === "public-health" || data5 === "archiving-research" || data5 === null)) {
        const err13 = { instancePath: instancePath + "/special_category_condition", schemaPath: "#/properties/special_category_condition/enum", keyword: "enum", params: { allowedValues: schema45.properties.special_category_condition.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.special_category_condition.enum, parentSchema: schema45.properties.special_category_condition, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.consent !== void 0) {
      let data6 = data.consent;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!(key1 === "collection" || key1 === "explicit" || key1 === "granular" || key1 === "required_for_service" || key1 === "given_by" || key1 === "withdrawal" || key1 === "records" || key1 === "age_verification" || pattern4.test(key1))) {
            const err14 = { instancePath: instancePath + "/consent", schemaPath: "#/$defs/consent/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data6.collection !== void 0) {
          let data7 = data6.collection;
          if (typeof data7 !== "string") {
            const err15 = { instancePath: instancePath + "/consent/collection", schemaPath: "#/$defs/consent/properties/collection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.collection.type, parentSchema: schema47.properties.collection, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (!(data7 === "opt-in" || data7 === "opt-out" || data7 === "pre-ticked" || data7 === "implied" || data7 === "terms-acceptance")) {
            const err16 = { instancePath: instancePath + "/consent/collection", schemaPath: "#/$defs/consent/properties/collection/enum", keyword: "enum", params: { allowedValues: schema47.properties.collection.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.collection.enum, parentSchema: schema47.properties.collection, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.explicit !== void 0) {
          let data8 = data6.explicit;
          if (typeof data8 !== "boolean") {
            const err17 = { instancePath: instancePath + "/consent/explicit", schemaPath: "#/$defs/consent/properties/explicit/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.explicit.type, parentSchema: schema47.properties.explicit, data: data8 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.granular !== void 0) {
          let data9 = data6.granular;
          if (typeof data9 !== "boolean") {
            const err18 = { instancePath: instancePath + "/consent/granular", schemaPath: "#/$defs/consent/properties/granular/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.granular.type, parentSchema: schema47.properties.granular, data: data9 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data6.required_for_service !== void 0) {
          let data10 = data6.required_for_service;
          if (typeof data10 !== "boolean") {
            const err19 = { instancePath: instancePath + "/consent/required_for_service", schemaPath: "#/$defs/consent/properties/required_for_service/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.required_for_service.type, parentSchema: schema47.properties.required_for_service, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.given_by !== void 0) {
          let data11 = data6.given_by;
          if (typeof data11 !== "string") {
            const err20 = { instancePath: instancePath + "/consent/given_by", schemaPath: "#/$defs/consent/properties/given_by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.given_by.type, parentSchema: schema47.properties.given_by, data: data11 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (!(data11 === "data-subject" || data11 === "all-participants" || data11 === "account-admin" || data11 === "parent-or-guardian")) {
            const err21 = { instancePath: instancePath + "/consent/given_by", schemaPath: "#/$defs/consent/properties/given_by/enum", keyword: "enum", params: { allowedValues: schema47.properties.given_by.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.given_by.enum, parentSchema: schema47.properties.given_by, data: data11 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data6.withdrawal !== void 0) {
          let data12 = data6.withdrawal;
          if (typeof data12 !== "string") {
            const err22 = { instancePath: instancePath + "/consent/withdrawal", schemaPath: "#/$defs/consent/properties/withdrawal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.withdrawal.type, parentSchema: schema47.properties.withdrawal, data: data12 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (!(data12 === "in-product" || data12 === "email" || data12 === "support-request" || data12 === "none")) {
            const err23 = { instancePath: instancePath + "/consent/withdrawal", schemaPath: "#/$defs/consent/properties/withdrawal/enum", keyword: "enum", params: { allowedValues: schema47.properties.withdrawal.enum }, message: "must be equal to one of the allowed values", schema: schema47.properties.withdrawal.enum, parentSchema: schema47.properties.withdrawal, data: data12 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.records !== void 0) {
          let data13 = data6.records;
          if (typeof data13 !== "string" && data13 !== null) {
            const err24 = { instancePath: instancePath + "/consent/records", schemaPath: "#/$defs/consent/properties/records/type", keyword: "type", params: { type: schema47.properties.records.type }, message: "must be string,null", schema: schema47.properties.records.type, parentSchema: schema47.properties.records, data: data13 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data6.age_verification !== void 0) {
          let data14 = data6.age_verification;
          if (typeof data14 !== "string" && data14 !== null) {
            const err25 = { instancePath: instancePath + "/consent/age_verification", schemaPath: "#/$defs/consent/properties/age_verification/type", keyword: "type", params: { type: schema47.properties.age_verification.type }, message: "must be string,null", schema: schema47.properties.age_verification.type, parentSchema: schema47.properties.age_verification, data: data14 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/consent", schemaPath: "#/$defs/consent/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data: data6 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.legitimate_interests !== void 0) {
      let data15 = data.legitimate_interests;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key2 in data15) {
          if (!(key2 === "interest" || key2 === "assessment" || key2 === "objection" || key2 === "objection_before_processing" || pattern4.test(key2))) {
            const err27 = { instancePath: instancePath + "/legitimate_interests", schemaPath: "#/$defs/legitimateInterests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data: data15 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data15.interest !== void 0) {
          let data16 = data15.interest;
          if (typeof data16 === "string") {
            if (func1(data16) < 1) {
              const err28 = { instancePath: instancePath + "/legitimate_interests/interest", schemaPath: "#/$defs/legitimateInterests/properties/interest/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.interest, data: data16 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/legitimate_interests/interest", schemaPath: "#/$defs/legitimateInterests/properties/interest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.interest.type, parentSchema: schema48.properties.interest, data: data16 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data15.assessment !== void 0) {
          let data17 = data15.assessment;
          if (typeof data17 !== "string" && data17 !== null) {
            const err30 = { instancePath: instancePath + "/legitimate_interests/assessment", schemaPath: "#/$defs/legitimateInterests/properties/assessment/type", keyword: "type", params: { type: schema48.properties.assessment.type }, message: "must be string,null", schema: schema48.properties.assessment.type, parentSchema: schema48.properties.assessment, data: data17 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data15.objection !== void 0) {
          let data18 = data15.objection;
          if (typeof data18 !== "string") {
            const err31 = { instancePath: instancePath + "/legitimate_interests/objection", schemaPath: "#/$defs/legitimateInterests/properties/objection/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.objection.type, parentSchema: schema48.properties.objection, data: data18 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (!(data18 === "in-product" || data18 === "email" || data18 === "support-request" || data18 === "none")) {
            const err32 = { instancePath: instancePath + "/legitimate_interests/objection", schemaPath: "#/$defs/legitimateInterests/properties/objection/enum", keyword: "enum", params: { allowedValues: schema48.properties.objection.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.objection.enum, parentSchema: schema48.properties.objection, data: data18 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data15.objection_before_processing !== void 0) {
          let data19 = data15.objection_before_processing;
          if (typeof data19 !== "boolean") {
            const err33 = { instancePath: instancePath + "/legitimate_interests/objection_before_processing", schemaPath: "#/$defs/legitimateInterests/properties/objection_before_processing/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema48.properties.objection_before_processing.type, parentSchema: schema48.properties.objection_before_processing, data: data19 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/legitimate_interests", schemaPath: "#/$defs/legitimateInterests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data15 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.compatibility_assessment !== void 0) {
      let data20 = data.compatibility_assessment;
      if (typeof data20 !== "string" && data20 !== null) {
        const err35 = { instancePath: instancePath + "/compatibility_assessment", schemaPath: "#/properties/compatibility_assessment/type", keyword: "type", params: { type: schema45.properties.compatibility_assessment.type }, message: "must be string,null", schema: schema45.properties.compatibility_assessment.type, parentSchema: schema45.properties.compatibility_assessment, data: data20 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data["x-ropa-lint-ignore"] !== void 0) {
      let data21 = data["x-ropa-lint-ignore"];
      if (Array.isArray(data21)) {
        const len0 = data21.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data22 = data21[i0];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key3 in data22) {
              if (!(key3 === "rule" || key3 === "reason" || key3 === "until" || pattern4.test(key3))) {
                const err36 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0, schemaPath: "#/$defs/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.items, data: data22 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data22.rule !== void 0) {
              let data23 = data22.rule;
              if (typeof data23 !== "string") {
                const err37 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.rule.type, parentSchema: schema35.items.properties.rule, data: data23 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              const _errs83 = errors;
              let valid10 = false;
              const _errs84 = errors;
              if (!(data23 === "ai-training-contract-basis" || data23 === "ai-training-undeclared" || data23 === "anonymisation-claim" || data23 === "automated-decision" || data23 === "children-consent" || data23 === "consent-bundled" || data23 === "consent-details-missing" || data23 === "consent-given-by-third-party" || data23 === "consent-not-explicit" || data23 === "consent-not-granular" || data23 === "consent-not-opt-in" || data23 === "consent-records" || data23 === "consent-weakened" || data23 === "consent-withdrawal" || data23 === "criminal-data-condition" || data23 === "document-missing" || data23 === "dpia-required" || data23 === "duplicate-id" || data23 === "eprivacy-communications-consent" || data23 === "eprivacy-terminal-consent" || data23 === "invalid-ignore" || data23 === "lawful-basis-changed" || data23 === "lawful-basis-missing" || data23 === "legitimate-interests-assessment" || data23 === "new-ai-training-purpose" || data23 === "notice-missing" || data23 === "notice-undisclosed-purpose" || data23 === "notice-withdrawal" || data23 === "processor-dpa" || data23 === "processor-own-purpose" || data23 === "purpose-compatibility" || data23 === "purpose-scope-expanded" || data23 === "record-incomplete" || data23 === "retention-missing" || data23 === "right-to-object" || data23 === "schema" || data23 === "special-category-condition" || data23 === "transfer-mechanism" || data23 === "unknown-reference")) {
                const err38 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema35.items.properties.rule.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema35.items.properties.rule.anyOf[0].enum, parentSchema: schema35.items.properties.rule.anyOf[0], data: data23 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              var _valid0 = _errs84 === errors;
              valid10 = valid10 || _valid0;
              const _errs86 = errors;
              if (typeof data23 !== "string") {
                const err39 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.rule.anyOf[1].type, parentSchema: schema35.items.properties.rule.anyOf[1], data: data23 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              var _valid0 = _errs86 === errors;
              valid10 = valid10 || _valid0;
              if (!valid10) {
                const err40 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema35.items.properties.rule.anyOf, parentSchema: schema35.items.properties.rule, data: data23 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              } else {
                errors = _errs83;
                if (vErrors !== null) {
                  if (_errs83) {
                    vErrors.length = _errs83;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data22.reason !== void 0) {
              let data24 = data22.reason;
              if (typeof data24 !== "string") {
                const err41 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/reason", schemaPath: "#/$defs/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.reason.type, parentSchema: schema35.items.properties.reason, data: data24 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data22.until !== void 0) {
              let data25 = data22.until;
              if (typeof data25 === "string") {
                if (!formats0.validate(data25)) {
                  const err42 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/until", schemaPath: "#/$defs/ignore/items/properties/until/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema35.items.properties.until, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              } else {
                const err43 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/until", schemaPath: "#/$defs/ignore/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.until.type, parentSchema: schema35.items.properties.until, data: data25 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0, schemaPath: "#/$defs/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.items.type, parentSchema: schema35.items, data: data22 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/x-ropa-lint-ignore", schemaPath: "#/$defs/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.type, parentSchema: schema35, data: data21 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.role === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.data_subjects === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data_subjects" }, message: "must have required property 'data_subjects'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.data_categories === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data_categories" }, message: "must have required property 'data_categories'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.purposes === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "purposes" }, message: "must have required property 'purposes'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func11.call(schema40.properties, key0) || pattern4.test(key0))) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern9.test(data0)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.name.type, parentSchema: schema40.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === "string") {
        if (func1(data2) < 1) {
          const err11 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.properties.description, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.description.type, parentSchema: schema40.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data3 = data.role;
      if (typeof data3 !== "string") {
        const err13 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.role.type, parentSchema: schema40.properties.role, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(data3 === "controller" || data3 === "joint-controller" || data3 === "processor")) {
        const err14 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/enum", keyword: "enum", params: { allowedValues: schema40.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema40.properties.role.enum, parentSchema: schema40.properties.role, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.on_behalf_of !== void 0) {
      let data4 = data.on_behalf_of;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key1 in data5) {
              if (!(key1 === "name" || key1 === "contact" || pattern4.test(key1))) {
                const err15 = { instancePath: instancePath + "/on_behalf_of/" + i0, schemaPath: "#/$defs/party/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data: data5 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data5.name !== void 0) {
              let data6 = data5.name;
              if (typeof data6 === "string") {
                if (func1(data6) < 1) {
                  const err16 = { instancePath: instancePath + "/on_behalf_of/" + i0 + "/name", schemaPath: "#/$defs/party/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.name, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/on_behalf_of/" + i0 + "/name", schemaPath: "#/$defs/party/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.name.type, parentSchema: schema42.properties.name, data: data6 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data5.contact !== void 0) {
              let data7 = data5.contact;
              if (typeof data7 === "string") {
                if (func1(data7) < 1) {
                  const err18 = { instancePath: instancePath + "/on_behalf_of/" + i0 + "/contact", schemaPath: "#/$defs/party/properties/contact/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema42.properties.contact, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/on_behalf_of/" + i0 + "/contact", schemaPath: "#/$defs/party/properties/contact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.contact.type, parentSchema: schema42.properties.contact, data: data7 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/on_behalf_of/" + i0, schemaPath: "#/$defs/party/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data5 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/on_behalf_of", schemaPath: "#/properties/on_behalf_of/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.on_behalf_of.type, parentSchema: schema40.properties.on_behalf_of, data: data4 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.data_subjects !== void 0) {
      let data8 = data.data_subjects;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (typeof data9 === "string") {
            if (!pattern9.test(data9)) {
              const err22 = { instancePath: instancePath + "/data_subjects/" + i1, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema34, data: data9 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/data_subjects/" + i1, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data9 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/data_subjects", schemaPath: "#/properties/data_subjects/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.data_subjects.type, parentSchema: schema40.properties.data_subjects, data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.data_categories !== void 0) {
      let data10 = data.data_categories;
      if (Array.isArray(data10)) {
        const len2 = data10.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data11 = data10[i2];
          if (typeof data11 === "string") {
            if (!pattern9.test(data11)) {
              const err25 = { instancePath: instancePath + "/data_categories/" + i2, schemaPath: "#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema34, data: data11 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/data_categories/" + i2, schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/data_categories", schemaPath: "#/properties/data_categories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.data_categories.type, parentSchema: schema40.properties.data_categories, data: data10 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.purposes !== void 0) {
      let data12 = data.purposes;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err28 = { instancePath: instancePath + "/purposes", schemaPath: "#/properties/purposes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema40.properties.purposes, data: data12 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        const len3 = data12.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate26(data12[i3], { instancePath: instancePath + "/purposes/" + i3, parentData: data12, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/purposes", schemaPath: "#/properties/purposes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.purposes.type, parentSchema: schema40.properties.purposes, data: data12 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.recipients !== void 0) {
      let data14 = data.recipients;
      if (Array.isArray(data14)) {
        const len4 = data14.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data15 = data14[i4];
          if (typeof data15 === "string") {
            if (func1(data15) < 1) {
              const err30 = { instancePath: instancePath + "/recipients/" + i4, schemaPath: "#/properties/recipients/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.properties.recipients.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/recipients/" + i4, schemaPath: "#/properties/recipients/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.recipients.items.type, parentSchema: schema40.properties.recipients.items, data: data15 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/recipients", schemaPath: "#/properties/recipients/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.recipients.type, parentSchema: schema40.properties.recipients, data: data14 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.processors !== void 0) {
      let data16 = data.processors;
      if (Array.isArray(data16)) {
        const len5 = data16.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data17 = data16[i5];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key2 in data17) {
              if (!(key2 === "name" || key2 === "dpa" || key2 === "dpa_reference" || key2 === "country" || key2 === "mechanism" || pattern4.test(key2))) {
                const err33 = { instancePath: instancePath + "/processors/" + i5, schemaPath: "#/$defs/processor/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data: data17 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data17.name !== void 0) {
              let data18 = data17.name;
              if (typeof data18 === "string") {
                if (func1(data18) < 1) {
                  const err34 = { instancePath: instancePath + "/processors/" + i5 + "/name", schemaPath: "#/$defs/processor/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.name, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/processors/" + i5 + "/name", schemaPath: "#/$defs/processor/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.name.type, parentSchema: schema50.properties.name, data: data18 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data17.dpa !== void 0) {
              let data19 = data17.dpa;
              if (typeof data19 !== "boolean") {
                const err36 = { instancePath: instancePath + "/processors/" + i5 + "/dpa", schemaPath: "#/$defs/processor/properties/dpa/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.dpa.type, parentSchema: schema50.properties.dpa, data: data19 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data17.dpa_reference !== void 0) {
              let data20 = data17.dpa_reference;
              if (typeof data20 !== "string" && data20 !== null) {
                const err37 = { instancePath: instancePath + "/processors/" + i5 + "/dpa_reference", schemaPath: "#/$defs/processor/properties/dpa_reference/type", keyword: "type", params: { type: schema50.properties.dpa_reference.type }, message: "must be string,null", schema: schema50.properties.dpa_reference.type, parentSchema: schema50.properties.dpa_reference, data: data20 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data17.country !== void 0) {
              let data21 = data17.country;
              if (typeof data21 === "string") {
                if (!pattern26.test(data21)) {
                  const err38 = { instancePath: instancePath + "/processors/" + i5 + "/country", schemaPath: "#/$defs/processor/properties/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema50.properties.country, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/processors/" + i5 + "/country", schemaPath: "#/$defs/processor/properties/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.country.type, parentSchema: schema50.properties.country, data: data21 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data17.mechanism !== void 0) {
              let data22 = data17.mechanism;
              if (typeof data22 !== "string") {
                const err40 = { instancePath: instancePath + "/processors/" + i5 + "/mechanism", schemaPath: "#/$defs/processor/properties/mechanism/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.mechanism.type, parentSchema: schema50.properties.mechanism, data: data22 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              if (!(data22 === "adequacy" || data22 === "scc" || data22 === "bcr" || data22 === "derogation" || data22 === "none")) {
                const err41 = { instancePath: instancePath + "/processors/" + i5 + "/mechanism", schemaPath: "#/$defs/processor/properties/mechanism/enum", keyword: "enum", params: { allowedValues: schema50.properties.mechanism.enum }, message: "must be equal to one of the allowed values", schema: schema50.properties.mechanism.enum, parentSchema: schema50.properties.mechanism, data: data22 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/processors/" + i5, schemaPath: "#/$defs/processor/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data17 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/processors", schemaPath: "#/properties/processors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.processors.type, parentSchema: schema40.properties.processors, data: data16 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.transfers !== void 0) {
      let data23 = data.transfers;
      if (Array.isArray(data23)) {
        const len6 = data23.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data24 = data23[i6];
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            for (const key3 in data24) {
              if (!(key3 === "country" || key3 === "mechanism" || key3 === "safeguard_reference" || pattern4.test(key3))) {
                const err44 = { instancePath: instancePath + "/transfers/" + i6, schemaPath: "#/$defs/transfer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data: data24 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data24.country !== void 0) {
              let data25 = data24.country;
              if (typeof data25 === "string") {
                if (!pattern26.test(data25)) {
                  const err45 = { instancePath: instancePath + "/transfers/" + i6 + "/country", schemaPath: "#/$defs/transfer/properties/country/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema51.properties.country, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = { instancePath: instancePath + "/transfers/" + i6 + "/country", schemaPath: "#/$defs/transfer/properties/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.country.type, parentSchema: schema51.properties.country, data: data25 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data24.mechanism !== void 0) {
              let data26 = data24.mechanism;
              if (typeof data26 !== "string") {
                const err47 = { instancePath: instancePath + "/transfers/" + i6 + "/mechanism", schemaPath: "#/$defs/transfer/properties/mechanism/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.mechanism.type, parentSchema: schema51.properties.mechanism, data: data26 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              if (!(data26 === "adequacy" || data26 === "scc" || data26 === "bcr" || data26 === "derogation" || data26 === "none")) {
                const err48 = { instancePath: instancePath + "/transfers/" + i6 + "/mechanism", schemaPath: "#/$defs/transfer/properties/mechanism/enum", keyword: "enum", params: { allowedValues: schema51.properties.mechanism.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.mechanism.enum, parentSchema: schema51.properties.mechanism, data: data26 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data24.safeguard_reference !== void 0) {
              let data27 = data24.safeguard_reference;
              if (typeof data27 !== "string" && data27 !== null) {
                const err49 = { instancePath: instancePath + "/transfers/" + i6 + "/safeguard_reference", schemaPath: "#/$defs/transfer/properties/safeguard_reference/type", keyword: "type", params: { type: schema51.properties.safeguard_reference.type }, message: "must be string,null", schema: schema51.properties.safeguard_reference.type, parentSchema: schema51.properties.safeguard_reference, data: data27 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/transfers/" + i6, schemaPath: "#/$defs/transfer/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data: data24 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/transfers", schemaPath: "#/properties/transfers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.transfers.type, parentSchema: schema40.properties.transfers, data: data23 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.retention !== void 0) {
      let data28 = data.retention;
      if (typeof data28 === "string") {
        if (func1(data28) < 1) {
          const err52 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.properties.retention, data: data28 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
      } else {
        const err53 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.retention.type, parentSchema: schema40.properties.retention, data: data28 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.security_measures !== void 0) {
      let data29 = data.security_measures;
      if (Array.isArray(data29)) {
        const len7 = data29.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data30 = data29[i7];
          if (typeof data30 === "string") {
            if (func1(data30) < 1) {
              const err54 = { instancePath: instancePath + "/security_measures/" + i7, schemaPath: "#/properties/security_measures/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.properties.security_measures.items, data: data30 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = { instancePath: instancePath + "/security_measures/" + i7, schemaPath: "#/properties/security_measures/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.security_measures.items.type, parentSchema: schema40.properties.security_measures.items, data: data30 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/security_measures", schemaPath: "#/properties/security_measures/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.security_measures.type, parentSchema: schema40.properties.security_measures, data: data29 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.dpia !== void 0) {
      let data31 = data.dpia;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key4 in data31) {
          if (!(key4 === "status" || key4 === "reference" || key4 === "criteria" || pattern4.test(key4))) {
            const err57 = { instancePath: instancePath + "/dpia", schemaPath: "#/$defs/dpia/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data: data31 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data31.status !== void 0) {
          let data32 = data31.status;
          if (typeof data32 !== "string") {
            const err58 = { instancePath: instancePath + "/dpia/status", schemaPath: "#/$defs/dpia/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.status.type, parentSchema: schema52.properties.status, data: data32 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          if (!(data32 === "completed" || data32 === "in-progress" || data32 === "not-required" || data32 === "missing")) {
            const err59 = { instancePath: instancePath + "/dpia/status", schemaPath: "#/$defs/dpia/properties/status/enum", keyword: "enum", params: { allowedValues: schema52.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.status.enum, parentSchema: schema52.properties.status, data: data32 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data31.reference !== void 0) {
          let data33 = data31.reference;
          if (typeof data33 !== "string" && data33 !== null) {
            const err60 = { instancePath: instancePath + "/dpia/reference", schemaPath: "#/$defs/dpia/properties/reference/type", keyword: "type", params: { type: schema52.properties.reference.type }, message: "must be string,null", schema: schema52.properties.reference.type, parentSchema: schema52.properties.reference, data: data33 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data31.criteria !== void 0) {
          let data34 = data31.criteria;
          if (Array.isArray(data34)) {
            const len8 = data34.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data35 = data34[i8];
              if (typeof data35 !== "string") {
                const err61 = { instancePath: instancePath + "/dpia/criteria/" + i8, schemaPath: "#/$defs/dpia/properties/criteria/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.criteria.items.type, parentSchema: schema52.properties.criteria.items, data: data35 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              if (!(data35 === "evaluation-scoring" || data35 === "automated-decision" || data35 === "systematic-monitoring" || data35 === "sensitive-data" || data35 === "large-scale" || data35 === "matching-datasets" || data35 === "vulnerable-subjects" || data35 === "innovative-technology" || data35 === "prevents-rights")) {
                const err62 = { instancePath: instancePath + "/dpia/criteria/" + i8, schemaPath: "#/$defs/dpia/properties/criteria/items/enum", keyword: "enum", params: { allowedValues: schema52.properties.criteria.items.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.criteria.items.enum, parentSchema: schema52.properties.criteria.items, data: data35 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            let i9 = data34.length;
            let j0;
            if (i9 > 1) {
              const indices0 = {};
              for (; i9--; ) {
                let item0 = data34[i9];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err63 = { instancePath: instancePath + "/dpia/criteria", schemaPath: "#/$defs/dpia/properties/criteria/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i9 + " are identical)", schema: true, parentSchema: schema52.properties.criteria, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i9;
              }
            }
          } else {
            const err64 = { instancePath: instancePath + "/dpia/criteria", schemaPath: "#/$defs/dpia/properties/criteria/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.criteria.type, parentSchema: schema52.properties.criteria, data: data34 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      } else {
        const err65 = { instancePath: instancePath + "/dpia", schemaPath: "#/$defs/dpia/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data31 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.automated_decision_making !== void 0) {
      let data36 = data.automated_decision_making;
      if (typeof data36 !== "boolean") {
        const err66 = { instancePath: instancePath + "/automated_decision_making", schemaPath: "#/properties/automated_decision_making/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema40.properties.automated_decision_making.type, parentSchema: schema40.properties.automated_decision_making, data: data36 };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data["x-ropa-lint-ignore"] !== void 0) {
      let data37 = data["x-ropa-lint-ignore"];
      if (Array.isArray(data37)) {
        const len9 = data37.length;
        for (let i10 = 0; i10 < len9; i10++) {
          let data38 = data37[i10];
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            for (const key5 in data38) {
              if (!(key5 === "rule" || key5 === "reason" || key5 === "until" || pattern4.test(key5))) {
                const err67 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i10, schemaPath: "#/$defs/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.items, data: data38 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data38.rule !== void 0) {
              let data39 = data38.rule;
              if (typeof data39 !== "string") {
                const err68 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i10 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.rule.type, parentSchema: schema35.items.properties.rule, data: data39 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              const _errs127 = errors;
              let valid35 = false;
              const _errs128 = errors;
              if (!(data39 === "ai-training-contract-basis" || data39 === "ai-training-undeclared" || data39 === "anonymisation-claim" || data39 === "automated-decision" || data39 === "children-consent" || data39 === "consent-bundled" || data39 === "consent-details-missing" || data39 === "consent-given-by-third-party" || data39 === "consent-not-explicit" || data39 === "consent-not-granular" || data39 === "consent-not-opt-in" || data39 === "consent-records" || data39 === "consent-weakened" || data39 === "consent-withdrawal" || data39 === "criminal-data-condition" || data39 === "document-missing" || data39 === "dpia-required" || data39 === "duplicate-id" || data39 === "eprivacy-communications-consent" || data39 === "eprivacy-terminal-consent" || data39 === "invalid-ignore" || data39 === "lawful-basis-changed" || data39 === "lawful-basis-missing" || data39 === "legitimate-interests-assessment" || data39 === "new-ai-training-purpose" || data39 === "notice-missing" || data39 === "notice-undisclosed-purpose" || data39 === "notice-withdrawal" || data39 === "processor-dpa" || data39 === "processor-own-purpose" || data39 === "purpose-compatibility" || data39 === "purpose-scope-expanded" || data39 === "record-incomplete" || data39 === "retention-missing" || data39 === "right-to-object" || data39 === "schema" || data39 === "special-category-condition" || data39 === "transfer-mechanism" || data39 === "unknown-reference")) {
                const err69 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i10 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema35.items.properties.rule.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema35.items.properties.rule.anyOf[0].enum, parentSchema: schema35.items.properties.rule.anyOf[0], data: data39 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              var _valid0 = _errs128 === errors;
              valid35 = valid35 || _valid0;
              const _errs130 = errors;
              if (typeof data39 !== "string") {
                const err70 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i10 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.rule.anyOf[1].type, parentSchema: schema35.items.properties.rule.anyOf[1], data: data39 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              var _valid0 = _errs130 === errors;
              valid35 = valid35 || _valid0;
              if (!valid35) {
                const err71 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i10 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema35.items.properties.rule.anyOf, parentSchema: schema35.items.properties.rule, data: data39 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              } else {
                errors = _errs127;
                if (vErrors !== null) {
                  if (_errs127) {
                    vErrors.length = _errs127;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data38.reason !== void 0) {
              let data40 = data38.reason;
              if (typeof data40 !== "string") {
                const err72 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i10 + "/reason", schemaPath: "#/$defs/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.reason.type, parentSchema: schema35.items.properties.reason, data: data40 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data38.until !== void 0) {
              let data41 = data38.until;
              if (typeof data41 === "string") {
                if (!formats0.validate(data41)) {
                  const err73 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i10 + "/until", schemaPath: "#/$defs/ignore/items/properties/until/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema35.items.properties.until, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i10 + "/until", schemaPath: "#/$defs/ignore/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.until.type, parentSchema: schema35.items.properties.until, data: data41 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
          } else {
            const err75 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i10, schemaPath: "#/$defs/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.items.type, parentSchema: schema35.items, data: data38 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/x-ropa-lint-ignore", schemaPath: "#/$defs/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.type, parentSchema: schema35, data: data37 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
  } else {
    const err77 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err77];
    } else {
      vErrors.push(err77);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.controller === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "controller" }, message: "must have required property 'controller'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data_subjects === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data_subjects" }, message: "must have required property 'data_subjects'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.data_categories === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data_categories" }, message: "must have required property 'data_categories'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.processing_activities === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "processing_activities" }, message: "must have required property 'processing_activities'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "controller" || key0 === "notice" || key0 === "record" || key0 === "data_subjects" || key0 === "data_categories" || key0 === "processing_activities" || key0 === "x-ropa-lint-ignore" || pattern4.test(key0))) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.controller !== void 0) {
      let data1 = data.controller;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err7 = { instancePath: instancePath + "/controller", schemaPath: "#/properties/controller/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.controller.required, parentSchema: schema31.properties.controller, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "name" || key1 === "contact" || key1 === "dpo" || key1 === "representative" || key1 === "joint_controllers" || pattern4.test(key1))) {
            const err8 = { instancePath: instancePath + "/controller", schemaPath: "#/properties/controller/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.controller, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          let data2 = data1.name;
          if (typeof data2 === "string") {
            if (func1(data2) < 1) {
              const err9 = { instancePath: instancePath + "/controller/name", schemaPath: "#/properties/controller/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.controller.properties.name, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/controller/name", schemaPath: "#/properties/controller/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.controller.properties.name.type, parentSchema: schema31.properties.controller.properties.name, data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1.contact !== void 0) {
          let data3 = data1.contact;
          if (typeof data3 === "string") {
            if (func1(data3) < 1) {
              const err11 = { instancePath: instancePath + "/controller/contact", schemaPath: "#/properties/controller/properties/contact/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.controller.properties.contact, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/controller/contact", schemaPath: "#/properties/controller/properties/contact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.controller.properties.contact.type, parentSchema: schema31.properties.controller.properties.contact, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.dpo !== void 0) {
          let data4 = data1.dpo;
          if (typeof data4 === "string") {
            if (func1(data4) < 1) {
              const err13 = { instancePath: instancePath + "/controller/dpo", schemaPath: "#/properties/controller/properties/dpo/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.controller.properties.dpo, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/controller/dpo", schemaPath: "#/properties/controller/properties/dpo/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.controller.properties.dpo.type, parentSchema: schema31.properties.controller.properties.dpo, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1.representative !== void 0) {
          let data5 = data1.representative;
          if (typeof data5 === "string") {
            if (func1(data5) < 1) {
              const err15 = { instancePath: instancePath + "/controller/representative", schemaPath: "#/properties/controller/properties/representative/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.controller.properties.representative, data: data5 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/controller/representative", schemaPath: "#/properties/controller/properties/representative/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.controller.properties.representative.type, parentSchema: schema31.properties.controller.properties.representative, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data1.joint_controllers !== void 0) {
          let data6 = data1.joint_controllers;
          if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                for (const key2 in data7) {
                  if (!(key2 === "name" || key2 === "contact" || key2 === "arrangement" || pattern4.test(key2))) {
                    const err17 = { instancePath: instancePath + "/controller/joint_controllers/" + i0, schemaPath: "#/$defs/jointController/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data7.name !== void 0) {
                  let data8 = data7.name;
                  if (typeof data8 === "string") {
                    if (func1(data8) < 1) {
                      const err18 = { instancePath: instancePath + "/controller/joint_controllers/" + i0 + "/name", schemaPath: "#/$defs/jointController/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.name, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  } else {
                    const err19 = { instancePath: instancePath + "/controller/joint_controllers/" + i0 + "/name", schemaPath: "#/$defs/jointController/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data7.contact !== void 0) {
                  let data9 = data7.contact;
                  if (typeof data9 === "string") {
                    if (func1(data9) < 1) {
                      const err20 = { instancePath: instancePath + "/controller/joint_controllers/" + i0 + "/contact", schemaPath: "#/$defs/jointController/properties/contact/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.contact, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  } else {
                    const err21 = { instancePath: instancePath + "/controller/joint_controllers/" + i0 + "/contact", schemaPath: "#/$defs/jointController/properties/contact/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.contact.type, parentSchema: schema32.properties.contact, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                if (data7.arrangement !== void 0) {
                  let data10 = data7.arrangement;
                  if (typeof data10 !== "string" && data10 !== null) {
                    const err22 = { instancePath: instancePath + "/controller/joint_controllers/" + i0 + "/arrangement", schemaPath: "#/$defs/jointController/properties/arrangement/type", keyword: "type", params: { type: schema32.properties.arrangement.type }, message: "must be string,null", schema: schema32.properties.arrangement.type, parentSchema: schema32.properties.arrangement, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/controller/joint_controllers/" + i0, schemaPath: "#/$defs/jointController/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data7 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/controller/joint_controllers", schemaPath: "#/properties/controller/properties/joint_controllers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.controller.properties.joint_controllers.type, parentSchema: schema31.properties.controller.properties.joint_controllers, data: data6 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/controller", schemaPath: "#/properties/controller/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.controller.type, parentSchema: schema31.properties.controller, data: data1 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.notice !== void 0) {
      let data11 = data.notice;
      if (typeof data11 !== "string" && !Array.isArray(data11)) {
        const err26 = { instancePath: instancePath + "/notice", schemaPath: "#/properties/notice/type", keyword: "type", params: { type: schema31.properties.notice.type }, message: "must be string,array", schema: schema31.properties.notice.type, parentSchema: schema31.properties.notice, data: data11 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (typeof data11 === "string") {
        if (func1(data11) < 1) {
          const err27 = { instancePath: instancePath + "/notice", schemaPath: "#/properties/notice/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.notice, data: data11 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data12 = data11[i1];
          if (typeof data12 === "string") {
            if (func1(data12) < 1) {
              const err28 = { instancePath: instancePath + "/notice/" + i1, schemaPath: "#/properties/notice/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.notice.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/notice/" + i1, schemaPath: "#/properties/notice/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.notice.items.type, parentSchema: schema31.properties.notice.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      }
    }
    if (data.record !== void 0) {
      let data13 = data.record;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key3 in data13) {
          if (!(key3 === "owner" || key3 === "updated" || pattern4.test(key3))) {
            const err30 = { instancePath: instancePath + "/record", schemaPath: "#/properties/record/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.record, data: data13 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data13.owner !== void 0) {
          let data14 = data13.owner;
          if (typeof data14 === "string") {
            if (func1(data14) < 1) {
              const err31 = { instancePath: instancePath + "/record/owner", schemaPath: "#/properties/record/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.record.properties.owner, data: data14 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/record/owner", schemaPath: "#/properties/record/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.record.properties.owner.type, parentSchema: schema31.properties.record.properties.owner, data: data14 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data13.updated !== void 0) {
          let data15 = data13.updated;
          if (typeof data15 === "string") {
            if (!formats0.validate(data15)) {
              const err33 = { instancePath: instancePath + "/record/updated", schemaPath: "#/properties/record/properties/updated/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema31.properties.record.properties.updated, data: data15 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/record/updated", schemaPath: "#/properties/record/properties/updated/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.record.properties.updated.type, parentSchema: schema31.properties.record.properties.updated, data: data15 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/record", schemaPath: "#/properties/record/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.record.type, parentSchema: schema31.properties.record, data: data13 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.data_subjects !== void 0) {
      let data16 = data.data_subjects;
      if (Array.isArray(data16)) {
        const len2 = data16.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate21(data16[i2], { instancePath: instancePath + "/data_subjects/" + i2, parentData: data16, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/data_subjects", schemaPath: "#/properties/data_subjects/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.data_subjects.type, parentSchema: schema31.properties.data_subjects, data: data16 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.data_categories !== void 0) {
      let data18 = data.data_categories;
      if (Array.isArray(data18)) {
        const len3 = data18.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate23(data18[i3], { instancePath: instancePath + "/data_categories/" + i3, parentData: data18, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/data_categories", schemaPath: "#/properties/data_categories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.data_categories.type, parentSchema: schema31.properties.data_categories, data: data18 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.processing_activities !== void 0) {
      let data20 = data.processing_activities;
      if (Array.isArray(data20)) {
        const len4 = data20.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate25(data20[i4], { instancePath: instancePath + "/processing_activities/" + i4, parentData: data20, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/processing_activities", schemaPath: "#/properties/processing_activities/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.processing_activities.type, parentSchema: schema31.properties.processing_activities, data: data20 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data["x-ropa-lint-ignore"] !== void 0) {
      let data22 = data["x-ropa-lint-ignore"];
      if (Array.isArray(data22)) {
        const len5 = data22.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data23 = data22[i5];
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            for (const key4 in data23) {
              if (!(key4 === "rule" || key4 === "reason" || key4 === "until" || pattern4.test(key4))) {
                const err39 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i5, schemaPath: "#/$defs/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data23.rule !== void 0) {
              let data24 = data23.rule;
              if (typeof data24 !== "string") {
                const err40 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i5 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.rule.type, parentSchema: schema35.items.properties.rule, data: data24 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              const _errs61 = errors;
              let valid19 = false;
              const _errs62 = errors;
              if (!(data24 === "ai-training-contract-basis" || data24 === "ai-training-undeclared" || data24 === "anonymisation-claim" || data24 === "automated-decision" || data24 === "children-consent" || data24 === "consent-bundled" || data24 === "consent-details-missing" || data24 === "consent-given-by-third-party" || data24 === "consent-not-explicit" || data24 === "consent-not-granular" || data24 === "consent-not-opt-in" || data24 === "consent-records" || data24 === "consent-weakened" || data24 === "consent-withdrawal" || data24 === "criminal-data-condition" || data24 === "document-missing" || data24 === "dpia-required" || data24 === "duplicate-id" || data24 === "eprivacy-communications-consent" || data24 === "eprivacy-terminal-consent" || data24 === "invalid-ignore" || data24 === "lawful-basis-changed" || data24 === "lawful-basis-missing" || data24 === "legitimate-interests-assessment" || data24 === "new-ai-training-purpose" || data24 === "notice-missing" || data24 === "notice-undisclosed-purpose" || data24 === "notice-withdrawal" || data24 === "processor-dpa" || data24 === "processor-own-purpose" || data24 === "purpose-compatibility" || data24 === "purpose-scope-expanded" || data24 === "record-incomplete" || data24 === "retention-missing" || data24 === "right-to-object" || data24 === "schema" || data24 === "special-category-condition" || data24 === "transfer-mechanism" || data24 === "unknown-reference")) {
                const err41 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i5 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema35.items.properties.rule.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema35.items.properties.rule.anyOf[0].enum, parentSchema: schema35.items.properties.rule.anyOf[0], data: data24 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              var _valid0 = _errs62 === errors;
              valid19 = valid19 || _valid0;
              const _errs64 = errors;
              if (typeof data24 !== "string") {
                const err42 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i5 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.rule.anyOf[1].type, parentSchema: schema35.items.properties.rule.anyOf[1], data: data24 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              var _valid0 = _errs64 === errors;
              valid19 = valid19 || _valid0;
              if (!valid19) {
                const err43 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i5 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema35.items.properties.rule.anyOf, parentSchema: schema35.items.properties.rule, data: data24 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              } else {
                errors = _errs61;
                if (vErrors !== null) {
                  if (_errs61) {
                    vErrors.length = _errs61;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data23.reason !== void 0) {
              let data25 = data23.reason;
              if (typeof data25 !== "string") {
                const err44 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i5 + "/reason", schemaPath: "#/$defs/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.reason.type, parentSchema: schema35.items.properties.reason, data: data25 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data23.until !== void 0) {
              let data26 = data23.until;
              if (typeof data26 === "string") {
                if (!formats0.validate(data26)) {
                  const err45 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i5 + "/until", schemaPath: "#/$defs/ignore/items/properties/until/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema35.items.properties.until, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i5 + "/until", schemaPath: "#/$defs/ignore/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.until.type, parentSchema: schema35.items.properties.until, data: data26 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i5, schemaPath: "#/$defs/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.items.type, parentSchema: schema35.items, data: data23 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/x-ropa-lint-ignore", schemaPath: "#/$defs/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.type, parentSchema: schema35, data: data22 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
  } else {
    const err49 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err49];
    } else {
      vErrors.push(err49);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema = schema31;

// src/core/inventory.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function recordsOf(list, pointer) {
  if (!Array.isArray(list)) return [];
  const located = [];
  list.forEach((item, index) => {
    if (isRecord(item)) located.push({ value: item, pointer: joinPointer(pointer, index) });
  });
  return located;
}
var PLACEHOLDER = /^\s*(?:todo|tbd|\?+|-+|\[\s*(?:confirm|needs)(?:[\s:][^\]]*)?\])\s*$/i;
function isStated(value) {
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return false;
    const first = text.charCodeAt(0) | 32;
    return first !== 116 && first !== 63 && first !== 45 && first !== 123 || !PLACEHOLDER.test(text);
  }
  return value !== void 0 && value !== null && value !== false;
}
var LAWFUL_BASES = ["consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"];
function isMalformed(value, shape) {
  if (!isStated(value)) return false;
  if (shape === "mapping") return !isRecord(value);
  if (shape === "list") return !Array.isArray(value);
  if (shape === "boolean") return typeof value !== "boolean";
  return typeof value !== "string" || !shape.includes(value);
}
function fileNameFor(id, fallback) {
  return typeof id === "string" && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : fallback;
}
function hasMalformedEntries(list) {
  return isMalformed(list, "list") || Array.isArray(list) && list.some((item) => isMalformed(item, "mapping"));
}
var allowedKeys = /* @__PURE__ */ new Map();
function keysOf(kind) {
  let keys = allowedKeys.get(kind);
  if (keys === void 0) {
    const root = schema;
    const node = kind === "inventory" ? root : kind === "controller" ? root.properties?.controller : root.$defs?.[kind];
    const list = Object.keys(node?.properties ?? {});
    allowedKeys.set(kind, keys = { list, set: new Set(list) });
  }
  return keys;
}
function misspeltKey(mapping, key, kind) {
  if (!isRecord(mapping) || Object.prototype.hasOwnProperty.call(mapping, key)) return void 0;
  const known = keysOf(kind);
  return Object.keys(mapping).find((written) => !written.startsWith("x-") && !known.set.has(written) && suggestClosest(written, known.list) === key);
}
function stringsOf(list) {
  return Array.isArray(list) ? list.filter((item) => typeof item === "string") : [];
}
var InventoryModel = class {
  root;
  subjects;
  categories;
  activities;
  purposes;
  /** First definition of each id; duplicates are the duplicate-id rule's concern. */
  subjectById = /* @__PURE__ */ new Map();
  categoryById = /* @__PURE__ */ new Map();
  constructor(value) {
    this.root = isRecord(value) ? value : {};
    this.subjects = recordsOf(this.root.data_subjects, pointerOf("data_subjects"));
    this.categories = recordsOf(this.root.data_categories, pointerOf("data_categories"));
    for (const subject of this.subjects) indexFirst(this.subjectById, subject);
    for (const category of this.categories) indexFirst(this.categoryById, category);
    this.activities = recordsOf(this.root.processing_activities, pointerOf("processing_activities")).map(({ value: value2, pointer }) => {
      const view = {
        value: value2,
        pointer,
        subjects: resolve(stringsOf(value2.data_subjects), this.subjectById),
        categories: resolve(stringsOf(value2.data_categories), this.categoryById),
        purposes: []
      };
      view.purposes = recordsOf(value2.purposes, joinPointer(pointer, "purposes")).map((purpose) => ({ value: purpose.value, pointer: purpose.pointer, activity: view }));
      return view;
    });
    this.purposes = this.activities.flatMap((activity) => activity.purposes);
  }
};
function indexFirst(index, item) {
  const id = item.value.id;
  if (typeof id === "string" && !index.has(id)) index.set(id, item);
}
function resolve(ids, index) {
  const found = [];
  for (const id of new Set(ids)) {
    const item = index.get(id);
    if (item) found.push(item);
  }
  return found;
}
var LIST_KINDS = {
  data_subjects: "data subject",
  data_categories: "data category",
  processing_activities: "activity",
  purposes: "purpose",
  processors: "processor",
  joint_controllers: "joint controller",
  on_behalf_of: "controller acted for",
  transfers: "transfer",
  "x-ropa-lint-ignore": "ignore entry"
};
var ROOT_DESCRIPTION = "the inventory";
function segmentAt(pointer, start, end) {
  const raw = pointer.slice(start, end);
  const tilde = raw.indexOf("~");
  return tilde === -1 ? raw : raw.replace(/~1/g, "/").replace(/~0/g, "~");
}
function childAt(node, segment) {
  if (Array.isArray(node)) return node[Number(segment)];
  if (isRecord(node)) return Object.prototype.hasOwnProperty.call(node, segment) ? node[segment] : void 0;
  return void 0;
}
function describeLocation(root, pointer) {
  let controller = false;
  let itemKind;
  let item;
  let itemIndex = "";
  let listKind;
  let node = root;
  for (let start = 1; start > 0 && start <= pointer.length; ) {
    const slash = pointer.indexOf("/", start);
    const end = slash === -1 ? pointer.length : slash;
    const segment = segmentAt(pointer, start, end);
    const parent = node;
    node = childAt(parent, segment);
    if (Array.isArray(parent)) {
      if (listKind !== void 0) {
        itemKind = listKind;
        item = node;
        itemIndex = segment;
        controller = false;
      }
      listKind = void 0;
    } else if (isRecord(parent)) {
      if (segment === "controller") {
        controller = true;
        itemKind = void 0;
      }
      listKind = Array.isArray(node) ? LIST_KINDS[segment] : void 0;
    } else {
      listKind = void 0;
    }
    start = slash === -1 ? 0 : slash + 1;
  }
  if (controller) return "the controller";
  if (itemKind === void 0) return ROOT_DESCRIPTION;
  const name = itemName(item);
  return name === void 0 ? `${itemKind} #${Number(itemIndex) + 1}` : `${itemKind} \`${name}\``;
}
function itemName(node) {
  if (!isRecord(node)) return void 0;
  if (typeof node.id === "string") return node.id;
  return typeof node.name === "string" ? node.name : void 0;
}
function stablePathOf(root, pointer) {
  let pieces;
  let copiedTo = 0;
  let node = root;
  for (let start = 1; start > 0 && start <= pointer.length; ) {
    const slash = pointer.indexOf("/", start);
    const end = slash === -1 ? pointer.length : slash;
    if (Array.isArray(node)) {
      const item = node[indexAt(pointer, start, end)];
      if (isRecord(item) && typeof item.id === "string") {
        pieces ??= [];
        pieces.push(pointer.slice(copiedTo, start), "[", escapeId(item.id), "]");
        copiedTo = end;
      }
      node = item;
    } else {
      node = isRecord(node) ? childAt(node, segmentAt(pointer, start, end)) : void 0;
    }
    start = slash === -1 ? 0 : slash + 1;
  }
  if (pieces === void 0) return pointer;
  pieces.push(pointer.slice(copiedTo));
  return pieces.join("");
}
function indexAt(pointer, start, end) {
  if (end - start > 0 && end - start < 10) {
    let index = 0;
    for (let at = start; at < end; at += 1) {
      const digit = pointer.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) return Number(segmentAt(pointer, start, end));
      index = index * 10 + digit;
    }
    return index;
  }
  return Number(segmentAt(pointer, start, end));
}
function escapeId(id) {
  if (id.indexOf("~") === -1 && id.indexOf("/") === -1) return id;
  return id.replace(/~/g, "~0").replace(/\//g, "~1");
}

export {
  require_ucs2length,
  validate,
  schema,
  isRecord,
  recordsOf,
  isStated,
  LAWFUL_BASES,
  isMalformed,
  fileNameFor,
  hasMalformedEntries,
  misspeltKey,
  stringsOf,
  InventoryModel,
  describeLocation,
  stablePathOf
};
