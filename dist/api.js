import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x2) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x2, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x2)(function(x2) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x2 + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require3() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all2) => {
  for (var name in all2)
    __defProp(target, name, { get: all2[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest2 = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest2;
  }
});

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
    function fmtDef(validate3, compare) {
      return { validate: validate3, compare };
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

// src/workspace/usage-error.ts
var UsageError;
var init_usage_error = __esm({
  "src/workspace/usage-error.ts"() {
    "use strict";
    UsageError = class extends Error {
    };
  }
});

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve as resolve2, sep } from "path";
import * as nativeFs from "fs";
function cleanPath(path7) {
  let normalized = normalize(path7);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
function convertSlashes(path7, separator) {
  return path7.replace(SLASHES_REGEX, separator);
}
function isRootDirectory(path7) {
  return path7 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path7);
}
function normalizePath(path7, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path7.includes("/") || path7.startsWith(".");
  if (resolvePaths) path7 = resolve2(path7);
  if (normalizePath$1 || pathNeedsCleaning) path7 = cleanPath(path7);
  if (path7 === ".") return "";
  const needsSeperator = path7[path7.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path7 + pathSeparator : path7, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
function build$3(options) {
  return options.group ? groupFiles : empty;
}
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path7, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path7);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path7, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var __require2, SLASHES_REGEX, WINDOWS_ROOT_DIR_REGEX, pushDirectory, pushDirectoryFilter, empty$2, pushFileFilterAndCount, pushFileFilter, pushFileCount, pushFile, empty$1, getArray, getArrayGroup, groupFiles, empty, resolveSymlinksAsync, resolveSymlinks, onlyCountsSync, groupsSync, defaultSync, limitFilesSync, onlyCountsAsync, defaultAsync, limitFilesAsync, groupsAsync, readdirOpts, walkAsync, walkSync, Queue, Counter, Aborter, Walker, APIBuilder, pm, Builder2;
var init_dist = __esm({
  "node_modules/fdir/dist/index.mjs"() {
    __require2 = /* @__PURE__ */ createRequire(import.meta.url);
    SLASHES_REGEX = /[\\/]/g;
    WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
    pushDirectory = (directoryPath, paths) => {
      paths.push(directoryPath || ".");
    };
    pushDirectoryFilter = (directoryPath, paths, filters) => {
      const path7 = directoryPath || ".";
      if (filters.every((filter) => filter(path7, true))) paths.push(path7);
    };
    empty$2 = () => {
    };
    pushFileFilterAndCount = (filename, _paths, counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) counts.files++;
    };
    pushFileFilter = (filename, paths, _counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) paths.push(filename);
    };
    pushFileCount = (_filename, _paths, counts, _filters) => {
      counts.files++;
    };
    pushFile = (filename, paths) => {
      paths.push(filename);
    };
    empty$1 = () => {
    };
    getArray = (paths) => {
      return paths;
    };
    getArrayGroup = () => {
      return [""].slice(0, 0);
    };
    groupFiles = (groups, directory, files) => {
      groups.push({
        directory,
        files,
        dir: directory
      });
    };
    empty = () => {
    };
    resolveSymlinksAsync = function(path7, state, callback$1) {
      const { queue, fs, options: { suppressErrors } } = state;
      queue.enqueue();
      fs.realpath(path7, (error, resolvedPath) => {
        if (error) return queue.dequeue(suppressErrors ? null : error, state);
        fs.stat(resolvedPath, (error$1, stat2) => {
          if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
          if (stat2.isDirectory() && isRecursive(path7, resolvedPath, state)) return queue.dequeue(null, state);
          callback$1(stat2, resolvedPath);
          queue.dequeue(null, state);
        });
      });
    };
    resolveSymlinks = function(path7, state, callback$1) {
      const { queue, fs, options: { suppressErrors } } = state;
      queue.enqueue();
      try {
        const resolvedPath = fs.realpathSync(path7);
        const stat2 = fs.statSync(resolvedPath);
        if (stat2.isDirectory() && isRecursive(path7, resolvedPath, state)) return;
        callback$1(stat2, resolvedPath);
      } catch (e) {
        if (!suppressErrors) throw e;
      }
    };
    onlyCountsSync = (state) => {
      return state.counts;
    };
    groupsSync = (state) => {
      return state.groups;
    };
    defaultSync = (state) => {
      return state.paths;
    };
    limitFilesSync = (state) => {
      return state.paths.slice(0, state.options.maxFiles);
    };
    onlyCountsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.counts, state.options.suppressErrors);
      return null;
    };
    defaultAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths, state.options.suppressErrors);
      return null;
    };
    limitFilesAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
      return null;
    };
    groupsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.groups, state.options.suppressErrors);
      return null;
    };
    readdirOpts = { withFileTypes: true };
    walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      state.queue.enqueue();
      if (currentDepth < 0) return state.queue.dequeue(null, state);
      const { fs } = state;
      state.visited.push(crawlPath);
      state.counts.directories++;
      fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
        callback$1(entries, directoryPath, currentDepth);
        state.queue.dequeue(state.options.suppressErrors ? null : error, state);
      });
    };
    walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      const { fs } = state;
      if (currentDepth < 0) return;
      state.visited.push(crawlPath);
      state.counts.directories++;
      let entries = [];
      try {
        entries = fs.readdirSync(crawlPath || ".", readdirOpts);
      } catch (e) {
        if (!state.options.suppressErrors) throw e;
      }
      callback$1(entries, directoryPath, currentDepth);
    };
    Queue = class {
      count = 0;
      constructor(onQueueEmpty) {
        this.onQueueEmpty = onQueueEmpty;
      }
      enqueue() {
        this.count++;
        return this.count;
      }
      dequeue(error, output) {
        if (this.onQueueEmpty && (--this.count <= 0 || error)) {
          this.onQueueEmpty(error, output);
          if (error) {
            output.controller.abort();
            this.onQueueEmpty = void 0;
          }
        }
      }
    };
    Counter = class {
      _files = 0;
      _directories = 0;
      set files(num) {
        this._files = num;
      }
      get files() {
        return this._files;
      }
      set directories(num) {
        this._directories = num;
      }
      get directories() {
        return this._directories;
      }
      /**
      * @deprecated use `directories` instead
      */
      /* c8 ignore next 3 */
      get dirs() {
        return this._directories;
      }
    };
    Aborter = class {
      aborted = false;
      abort() {
        this.aborted = true;
      }
    };
    Walker = class {
      root;
      isSynchronous;
      state;
      joinPath;
      pushDirectory;
      pushFile;
      getArray;
      groupFiles;
      resolveSymlink;
      walkDirectory;
      callbackInvoker;
      constructor(root, options, callback$1) {
        this.isSynchronous = !callback$1;
        this.callbackInvoker = build$1(options, this.isSynchronous);
        this.root = normalizePath(root, options);
        this.state = {
          root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
          paths: [""].slice(0, 0),
          groups: [],
          counts: new Counter(),
          options,
          queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
          symlinks: /* @__PURE__ */ new Map(),
          visited: [""].slice(0, 0),
          controller: new Aborter(),
          fs: options.fs || nativeFs
        };
        this.joinPath = build$7(this.root, options);
        this.pushDirectory = build$6(this.root, options);
        this.pushFile = build$5(options);
        this.getArray = build$4(options);
        this.groupFiles = build$3(options);
        this.resolveSymlink = build$2(options, this.isSynchronous);
        this.walkDirectory = build(this.isSynchronous);
      }
      start() {
        this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
        this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
        return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
      }
      walk = (entries, directoryPath, depth) => {
        const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
        if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
        const files = this.getArray(this.state.paths);
        for (let i = 0; i < entries.length; ++i) {
          const entry = entries[i];
          if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
            const filename = this.joinPath(entry.name, directoryPath);
            this.pushFile(filename, files, this.state.counts, filters);
          } else if (entry.isDirectory()) {
            let path7 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
            if (exclude && exclude(entry.name, path7)) continue;
            this.pushDirectory(path7, paths, filters);
            this.walkDirectory(this.state, path7, path7, depth - 1, this.walk);
          } else if (this.resolveSymlink && entry.isSymbolicLink()) {
            let path7 = joinPathWithBasePath(entry.name, directoryPath);
            this.resolveSymlink(path7, this.state, (stat2, resolvedPath) => {
              if (stat2.isDirectory()) {
                resolvedPath = normalizePath(resolvedPath, this.state.options);
                if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path7 + pathSeparator)) return;
                this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path7 + pathSeparator, depth - 1, this.walk);
              } else {
                resolvedPath = useRealPaths ? resolvedPath : path7;
                const filename = basename(resolvedPath);
                const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
                resolvedPath = this.joinPath(filename, directoryPath$1);
                this.pushFile(resolvedPath, files, this.state.counts, filters);
              }
            });
          }
        }
        this.groupFiles(this.state.groups, directoryPath, files);
      };
    };
    APIBuilder = class {
      constructor(root, options) {
        this.root = root;
        this.options = options;
      }
      withPromise() {
        return promise(this.root, this.options);
      }
      withCallback(cb) {
        callback(this.root, this.options, cb);
      }
      sync() {
        return sync(this.root, this.options);
      }
    };
    pm = null;
    try {
      __require2.resolve("picomatch");
      pm = __require2("picomatch");
    } catch {
    }
    Builder2 = class {
      globCache = {};
      options = {
        maxDepth: Infinity,
        suppressErrors: true,
        pathSeparator: sep,
        filters: []
      };
      globFunction;
      constructor(options) {
        this.options = {
          ...this.options,
          ...options
        };
        this.globFunction = this.options.globFunction;
      }
      group() {
        this.options.group = true;
        return this;
      }
      withPathSeparator(separator) {
        this.options.pathSeparator = separator;
        return this;
      }
      withBasePath() {
        this.options.includeBasePath = true;
        return this;
      }
      withRelativePaths() {
        this.options.relativePaths = true;
        return this;
      }
      withDirs() {
        this.options.includeDirs = true;
        return this;
      }
      withMaxDepth(depth) {
        this.options.maxDepth = depth;
        return this;
      }
      withMaxFiles(limit) {
        this.options.maxFiles = limit;
        return this;
      }
      withFullPaths() {
        this.options.resolvePaths = true;
        this.options.includeBasePath = true;
        return this;
      }
      withErrors() {
        this.options.suppressErrors = false;
        return this;
      }
      withSymlinks({ resolvePaths = true } = {}) {
        this.options.resolveSymlinks = true;
        this.options.useRealPaths = resolvePaths;
        return this.withFullPaths();
      }
      withAbortSignal(signal) {
        this.options.signal = signal;
        return this;
      }
      normalize() {
        this.options.normalizePath = true;
        return this;
      }
      filter(predicate) {
        this.options.filters.push(predicate);
        return this;
      }
      onlyDirs() {
        this.options.excludeFiles = true;
        this.options.includeDirs = true;
        return this;
      }
      exclude(predicate) {
        this.options.exclude = predicate;
        return this;
      }
      onlyCounts() {
        this.options.onlyCounts = true;
        return this;
      }
      crawl(root) {
        return new APIBuilder(root || ".", this.options);
      }
      withGlobFunction(fn) {
        this.globFunction = fn;
        return this;
      }
      /**
      * @deprecated Pass options using the constructor instead:
      * ```ts
      * new fdir(options).crawl("/path/to/root");
      * ```
      * This method will be removed in v7.0
      */
      /* c8 ignore next 4 */
      crawlWithOptions(root, options) {
        this.options = {
          ...this.options,
          ...options
        };
        return new APIBuilder(root || ".", this.options);
      }
      glob(...patterns) {
        if (this.globFunction) return this.globWithOptions(patterns);
        return this.globWithOptions(patterns, ...[{ dot: true }]);
      }
      globWithOptions(patterns, ...options) {
        const globFn = this.globFunction || pm;
        if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
        var isMatch = this.globCache[patterns.join("\0")];
        if (!isMatch) {
          isMatch = globFn(patterns, ...options);
          this.globCache[patterns.join("\0")] = isMatch;
        }
        this.options.filters.push((path7) => isMatch(path7));
        return this;
      }
    };
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path7, { windows } = {}) => {
      const segs = path7.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v2) => utils.escapeRegex(v2)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push2(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/tinyglobby/dist/index.mjs
var dist_exports = {};
__export(dist_exports, {
  convertPathToPattern: () => convertPathToPattern,
  escapePath: () => escapePath,
  glob: () => glob,
  globSync: () => globSync,
  isDynamicPattern: () => isDynamicPattern
});
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path7) {
  return path7.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
function splitPattern(path7) {
  var _result$parts;
  const result = import_picomatch.default.scan(path7, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path7];
}
function convertPosixPathToPattern(path7) {
  return escapePosixPath(path7);
}
function convertWin32PathToPattern(path7) {
  return escapeWin32Path(path7).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format2 = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format2 : buildFormat(cwd, root, true);
  const excludePredicate = (_2, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder2({
    filters: [debug ? (p, isDirectory) => {
      const path7 = format2(p, isDirectory);
      const matches = matcher(path7) && !ignore(path7);
      if (matches) log(`matched ${path7}`);
      return matches;
    } : (p, isDirectory) => {
      const path7 = format2(p, isDirectory);
      return matcher(path7) && !ignore(path7);
    }],
    exclude: debug ? (_2, p) => {
      const skipped = excludePredicate(_2, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}
function globSync(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative2) : [];
}
var import_picomatch, isReadonlyArray, BACKSLASHES, DRIVE_RELATIVE_PATH, isWin, ONLY_PARENT_DIRECTORIES, WIN32_ROOT_DIR, isRoot, splitPatternOptions, ESCAPED_WIN32_BACKSLASHES, convertPathToPattern, POSIX_UNESCAPED_GLOB_SYMBOLS, WIN32_UNESCAPED_GLOB_SYMBOLS, escapePosixPath, escapeWin32Path, escapePath, PARENT_DIRECTORY, ESCAPING_BACKSLASHES, defaultOptions;
var init_dist2 = __esm({
  "node_modules/tinyglobby/dist/index.mjs"() {
    init_dist();
    import_picomatch = __toESM(require_picomatch2(), 1);
    isReadonlyArray = Array.isArray;
    BACKSLASHES = /\\/g;
    DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
    isWin = process.platform === "win32";
    ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
    WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
    isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
    splitPatternOptions = { parts: true };
    ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
    convertPathToPattern = isWin ? convertWin32PathToPattern : convertPosixPathToPattern;
    POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
    WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
    escapePosixPath = (path7) => path7.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapeWin32Path = (path7) => path7.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapePath = isWin ? escapeWin32Path : escapePosixPath;
    PARENT_DIRECTORY = /^(\/?\.\.)+/;
    ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
    defaultOptions = {
      caseSensitiveMatch: true,
      debug: !!process.env.TINYGLOBBY_DEBUG,
      expandDirectories: true,
      followSymbolicLinks: true,
      onlyFiles: true
    };
  }
});

// src/workspace/files.ts
import { existsSync, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import path from "node:path";
function displayPath(file, cwd) {
  const relative2 = path.relative(cwd, file);
  if (relative2 === "") return ".";
  const shown2 = relative2.startsWith("..") || path.isAbsolute(relative2) ? file : relative2;
  return shown2.split(path.sep).join("/");
}
function isInside(file, folder) {
  const relative2 = path.relative(folder, file);
  return relative2 === "" || !relative2.startsWith("..") && !path.isAbsolute(relative2);
}
async function expand(patterns, root, cwd) {
  if (!existsSync(root)) return [];
  const { glob: glob2 } = await loadGlobber();
  const found = await glob2(patterns, { cwd: root, absolute: true, onlyFiles: true, dot: false, ignore: IGNORED, followSymbolicLinks: true, expandDirectories: false });
  const realRoot = realpathSync2(root);
  const seen = /* @__PURE__ */ new Set();
  return found.flatMap((match) => {
    const file = path.resolve(match);
    let real;
    try {
      real = realpathSync2(file);
    } catch {
      throw new UsageError(`${displayPath(file, cwd)} is a broken symbolic link`);
    }
    if (!isInside(real, realRoot)) throw new UsageError(`${displayPath(file, cwd)} resolves to a file outside ${displayPath(root, cwd)}; refusing to read it`);
    if (seen.has(real)) return [];
    seen.add(real);
    return [file];
  });
}
function splitGlob(arg, cwd, isDynamicPattern2) {
  const segments2 = arg.split("/");
  const firstDynamic = segments2.findIndex((segment) => isDynamicPattern2(segment));
  const prefix = segments2.slice(0, firstDynamic).join("/");
  return { root: path.resolve(cwd, prefix || "."), pattern: segments2.slice(firstDynamic).join("/") };
}
function checkConfinedPattern(pattern, origin) {
  if (path.isAbsolute(pattern) || /^[a-zA-Z]:/.test(pattern)) throw new UsageError(`${origin}: the pattern ${pattern} is absolute; use a path relative to the config's folder`);
  if (pattern.split(/[\\/]/).includes("..")) throw new UsageError(`${origin}: the pattern ${pattern} leaves the config's folder (..); patterns must stay inside it`);
}
async function findInventories(args, cwd, configPatterns) {
  const files = /* @__PURE__ */ new Set();
  if (args.length === 0) {
    const patterns = configPatterns?.patterns ?? DEFAULT_PATTERNS;
    const base = configPatterns?.base ?? cwd;
    for (const pattern of configPatterns?.patterns ?? []) checkConfinedPattern(pattern, "the config's inventory");
    for (const file of await expand(patterns, base, cwd)) files.add(file);
    if (files.size === 0) {
      throw new UsageError(`no inventory found: nothing in ${displayPath(base, cwd)} matches ${patterns.join(" or ")}; name the files to check, e.g. ropa-lint privacy/ropa.yaml`);
    }
    return [...files].sort();
  }
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stats;
    try {
      stats = statSync2(absolute);
    } catch {
      stats = void 0;
    }
    if (stats?.isFile()) {
      files.add(absolute);
    } else if (stats?.isDirectory()) {
      if (/\.ya?ml$/i.test(arg)) throw new UsageError(`${arg} is a directory, not an inventory file`);
      const found = await expand(DEFAULT_PATTERNS, absolute, cwd);
      if (found.length === 0) throw new UsageError(`no inventory found in directory ${arg}: nothing matches ${DEFAULT_PATTERNS.join(" or ")}`);
      for (const file of found) files.add(file);
    } else if (stats) {
      throw new UsageError(`${arg} is not a regular file`);
    } else {
      const { isDynamicPattern: isDynamicPattern2 } = await loadGlobber();
      if (!isDynamicPattern2(arg)) throw new UsageError(`file not found: ${arg}`);
      const { root, pattern } = splitGlob(arg, cwd, isDynamicPattern2);
      const found = await expand([pattern], root, cwd);
      if (found.length === 0) throw new UsageError(`no file matches ${arg}`);
      for (const file of found) files.add(file);
    }
  }
  return [...files].sort();
}
var DEFAULT_PATTERNS, IGNORED, loadGlobber;
var init_files = __esm({
  "src/workspace/files.ts"() {
    "use strict";
    init_usage_error();
    DEFAULT_PATTERNS = ["**/ropa.yaml", "**/*.ropa.yaml"];
    IGNORED = ["**/node_modules/**", "**/.git/**"];
    loadGlobber = () => Promise.resolve().then(() => (init_dist2(), dist_exports));
  }
});

// src/workspace/repository.ts
import { existsSync as existsSync2, lstatSync, readlinkSync, realpathSync as realpathSync3 } from "node:fs";
import path2 from "node:path";
function isAbsoluteOrUrl(written) {
  return path2.isAbsolute(written) || path2.win32.isAbsolute(written) || SCHEME_OR_DRIVE.test(written);
}
function errorCode(error) {
  return error instanceof Error && "code" in error ? String(error.code) : "";
}
function describeError(error) {
  const code2 = errorCode(error);
  if (code2 === "EACCES" || code2 === "EPERM") return "permission denied";
  if (code2 === "EISDIR") return "it is a folder";
  if (code2 === "ELOOP") return "a symbolic link loops";
  return code2 || "unknown error";
}
function realOrSelf(file) {
  try {
    return realpathSync3(file);
  } catch {
    return path2.resolve(file);
  }
}
function workTreeTop(folder) {
  for (let current = folder; ; current = path2.dirname(current)) {
    if (existsSync2(path2.join(current, ".git"))) return current;
    if (path2.dirname(current) === current) return void 0;
  }
}
function linkLeadsOut(resolved, root, links = 0) {
  if (links > MAX_LINKS) return false;
  let existing = resolved;
  let isLink;
  for (; ; ) {
    try {
      isLink = lstatSync(existing).isSymbolicLink();
      break;
    } catch {
      const parent = path2.dirname(existing);
      if (parent === existing) return false;
      existing = parent;
    }
  }
  try {
    return !isInside(realpathSync3(existing), root);
  } catch {
    if (!isLink) return false;
  }
  try {
    const next = path2.resolve(realpathSync3(path2.dirname(existing)), readlinkSync(existing), path2.relative(existing, resolved));
    return !isInside(next, root) || linkLeadsOut(next, root, links + 1);
  } catch {
    return false;
  }
}
var SCHEME_OR_DRIVE, MAX_LINKS, Repository;
var init_repository = __esm({
  "src/workspace/repository.ts"() {
    "use strict";
    init_files();
    SCHEME_OR_DRIVE = /^[a-z][a-z0-9+.-]*:/i;
    MAX_LINKS = 40;
    Repository = class {
      /** @param cwd the folder being checked: the boundary for inventories outside any git work tree */
      constructor(cwd) {
        this.cwd = cwd;
      }
      cwd;
      folders = /* @__PURE__ */ new Map();
      /** The real path and repository of an inventory's folder (an absolute path). */
      folder(folder) {
        const cached = this.folders.get(folder);
        if (cached !== void 0) return cached;
        const real = realOrSelf(folder);
        const top = workTreeTop(real);
        const checked = realOrSelf(this.cwd);
        const found = top !== void 0 ? { real, root: top, boundary: "the repository" } : isInside(real, checked) ? { real, root: checked, boundary: "the folder being checked" } : { real, root: real, boundary: "the inventory's folder" };
        this.folders.set(folder, found);
        return found;
      }
      /**
       * Where `written`, as written in an inventory in `folder`, leads: refused when it is absolute
       * or a URL, or leads out of the repository by `..` or by a symbolic link; otherwise its real
       * path. For a path that exists, one `realpath` call is the only look at the file system (after
       * the folder's, cached); a missing one costs a few more, to tell a link that leads out from it.
       */
      resolve(folder, written) {
        if (isAbsoluteOrUrl(written)) return { problem: "absolute" };
        return this.place(folder, path2.resolve(folder.real, written));
      }
      /** The place of an already resolved absolute path inside `folder`'s repository. */
      place(folder, resolved) {
        const { root, boundary } = folder;
        if (!isInside(resolved, root)) return { problem: "outside", detail: `the path leads out of ${boundary}`, via: "path" };
        let real;
        try {
          real = realpathSync3(resolved);
        } catch (error) {
          const code2 = errorCode(error);
          if (code2 !== "ENOENT" && code2 !== "ENOTDIR") return { problem: "unreadable", detail: describeError(error) };
          return linkLeadsOut(resolved, root) ? { problem: "outside", detail: `a symbolic link leads out of ${boundary}`, via: "link" } : { problem: "missing" };
        }
        if (!isInside(real, root)) return { problem: "outside", detail: `a symbolic link leads out of ${boundary}`, via: "link" };
        return { real };
      }
    };
  }
});

// src/workspace/git-base.ts
var git_base_exports = {};
__export(git_base_exports, {
  readInventoriesAtBase: () => readInventoriesAtBase
});
import { isUtf8 as isUtf83 } from "node:buffer";
import { execFile } from "node:child_process";
import { existsSync as existsSync3, realpathSync as realpathSync4 } from "node:fs";
import path5 from "node:path";
function git(args, cwd, maxBuffer = 64 * 1024 * 1024) {
  return new Promise((resolve4, reject) => {
    execFile("git", args, { cwd, encoding: "buffer", maxBuffer, windowsHide: true }, (error, stdout, stderr) => {
      if (error) reject({ code: error.code, stderr: stderr.toString("utf8") });
      else resolve4(stdout);
    });
  });
}
function firstLine(text) {
  return text.split("\n").find((line) => line.trim() !== "")?.trim() ?? "git failed";
}
function toPosix(file) {
  return file.split(path5.sep).join("/");
}
function matchesDefaultPatterns(relative2) {
  const segments2 = relative2.split("/");
  const name = segments2[segments2.length - 1];
  if (segments2.some((segment) => segment.startsWith(".") || segment === "node_modules")) return false;
  return name === "ropa.yaml" || name.endsWith(".ropa.yaml") && name.length > ".ropa.yaml".length;
}
function realPathOf(file) {
  const missing = [];
  for (let current = path5.resolve(file); ; current = path5.dirname(current)) {
    try {
      return path5.join(realpathSync4(current), ...missing.reverse());
    } catch {
      if (path5.dirname(current) === current) return path5.resolve(file);
      missing.push(path5.basename(current));
    }
  }
}
function existingFolder(folder) {
  let current = folder;
  while (!existsSync3(current) && path5.dirname(current) !== current) current = path5.dirname(current);
  return current;
}
async function repositoriesOf(ref, files, cwd) {
  const byTop = /* @__PURE__ */ new Map();
  const byRoot = /* @__PURE__ */ new Map();
  for (const file of files) {
    const real = realPathOf(file);
    const folder = existingFolder(path5.dirname(real));
    const top = workTreeTop(folder) ?? folder;
    let root = byTop.get(top);
    if (root === void 0) {
      try {
        root = realPathOf((await git(["rev-parse", "--show-toplevel"], top)).toString("utf8").trim());
      } catch (failure) {
        const { code: code2, stderr } = failure;
        if (code2 === "ENOENT") throw new UsageError("--base needs git, and git was not found on the PATH");
        if (/not a git repository/i.test(stderr)) throw new UsageError(`--base ${ref}: ${displayPath(file, cwd)} is not inside a git repository`);
        throw new UsageError(`--base ${ref}: ${firstLine(stderr)}`);
      }
      byTop.set(top, root);
    }
    const relative2 = path5.relative(root, real);
    if (relative2.startsWith("..") || path5.isAbsolute(relative2)) throw new UsageError(`--base ${ref}: ${displayPath(file, cwd)} is outside the git repository ${root}`);
    let repository = byRoot.get(root);
    if (repository === void 0) {
      repository = { root, wanted: [] };
      byRoot.set(root, repository);
    }
    repository.wanted.push({ name: toPosix(relative2), file });
  }
  return [...byRoot.values()];
}
function discoveryScope(root, cwd) {
  const realCwd = realPathOf(cwd);
  const here = path5.relative(root, realCwd);
  if (here === "") return { prefix: "", folder: cwd };
  if (!here.startsWith("..") && !path5.isAbsolute(here)) return { prefix: `${toPosix(here)}/`, folder: cwd };
  const below = path5.relative(realCwd, root);
  if (!below.startsWith("..") && !path5.isAbsolute(below)) return { prefix: "", folder: path5.join(cwd, below) };
  return void 0;
}
async function readInventoriesAtBase(ref, files, cwd, options) {
  if (ref === "" || ref.startsWith("-") || /[\u0000-\u001f\u007f]/.test(ref)) throw new UsageError(`--base needs a git ref such as main or a commit sha, not ${JSON.stringify(ref)}`);
  const found = [];
  for (const repository of await repositoriesOf(ref, files, cwd)) found.push(...await readAtBase(ref, repository, cwd, options));
  return found;
}
async function readAtBase(ref, { root, wanted }, cwd, options) {
  let commit;
  try {
    commit = (await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], root)).toString("utf8").trim();
  } catch {
    const which = path5.relative(root, realPathOf(cwd)).startsWith("..") ? `the repository ${displayPath(root, cwd)}` : "this repository";
    throw new UsageError(`--base ${ref}: no commit by that name in ${which} (in a shallow clone, fetch it first: git fetch --depth=1 origin ${ref})`);
  }
  const scope = options.discover ? discoveryScope(root, cwd) : void 0;
  const pathspecs = scope !== void 0 ? scope.prefix === "" ? [] : [scope.prefix] : wanted.map((entry) => entry.name);
  const tree = /* @__PURE__ */ new Map();
  let listing;
  try {
    listing = (await git(["--literal-pathspecs", "ls-tree", "-r", "-l", "-z", "--full-name", commit, "--", ...pathspecs], root)).toString("utf8");
  } catch (failure) {
    throw new UsageError(`--base ${ref}: cannot list the files of the commit: ${firstLine(failure.stderr)}`);
  }
  for (const entry of listing.split("\0")) {
    const tab = entry.indexOf("	");
    if (tab === -1) continue;
    const [mode = "", type = "", , size = ""] = entry.slice(0, tab).split(/ +/);
    tree.set(entry.slice(tab + 1), { mode, type, size: Number(size) });
  }
  const all2 = [...wanted];
  if (scope !== void 0) {
    const named = new Set(wanted.map((entry) => entry.name));
    for (const name of [...tree.keys()].sort()) {
      if (named.has(name) || !name.startsWith(scope.prefix) || !matchesDefaultPatterns(name.slice(scope.prefix.length))) continue;
      all2.push({ name, file: path5.join(scope.folder, ...name.slice(scope.prefix.length).split("/")) });
    }
  }
  const found = [];
  for (const { name, file } of all2) {
    const entry = tree.get(name);
    if (!entry || entry.type !== "blob" || !entry.mode.startsWith("100")) continue;
    const shown2 = `${displayPath(file, cwd)} at ${ref}`;
    if (entry.size > options.maxBytes) {
      throw new UsageError(`${shown2}: the file is ${(entry.size / 1048576).toFixed(1)} MB, above the limit of ${(options.maxBytes / 1048576).toFixed(0)} MB (raise it with --max-file-size)`);
    }
    let buffer;
    try {
      buffer = await git(["show", `${commit}:${name}`], root, entry.size + 1024);
    } catch (failure) {
      throw new UsageError(`cannot read ${shown2}: ${firstLine(failure.stderr)}`);
    }
    if (!isUtf83(buffer)) throw new UsageError(`${shown2}: the file is not UTF-8 text (an inventory is a YAML text file)`);
    found.push({ file, text: buffer.toString("utf8") });
  }
  return found;
}
var init_git_base = __esm({
  "src/workspace/git-base.ts"() {
    "use strict";
    init_files();
    init_repository();
    init_usage_error();
  }
});

// src/core/errors.ts
var ConfigError = class extends Error {
  constructor(problems) {
    super(problems.join("\n"));
    this.problems = problems;
  }
  problems;
};
var RuleCrashError = class extends Error {
  constructor(ruleId, file, cause) {
    super(`rule ${ruleId} failed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.ruleId = ruleId;
    this.file = file;
  }
  ruleId;
  file;
};

// src/core/pointer.ts
function escapePointerSegment(segment) {
  const text = String(segment);
  if (!text.includes("~") && !text.includes("/")) return text;
  return text.replace(/~/g, "~0").replace(/\//g, "~1");
}
function joinPointer(parent, segment) {
  return `${parent}/${escapePointerSegment(segment)}`;
}
function pointerOf(...segments2) {
  return segments2.map((segment) => `/${escapePointerSegment(segment)}`).join("");
}
function parentPointer(pointer) {
  const slash = pointer.lastIndexOf("/");
  return slash <= 0 ? "" : pointer.slice(0, slash);
}
function lastSegment(pointer) {
  const slash = pointer.lastIndexOf("/");
  return pointer.slice(slash + 1).replace(/~1/g, "/").replace(/~0/g, "~");
}

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
  if (typeof value === "string") return value.trim() !== "" && !PLACEHOLDER.test(value);
  return value !== void 0 && value !== null && value !== false;
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
    this.activities = recordsOf(this.root.processing_activities, pointerOf("processing_activities")).map((activity) => {
      const view = {
        ...activity,
        subjects: resolve(stringsOf(activity.value.data_subjects), this.subjectById),
        categories: resolve(stringsOf(activity.value.data_categories), this.categoryById),
        purposes: []
      };
      view.purposes = recordsOf(activity.value.purposes, joinPointer(activity.pointer, "purposes")).map((purpose) => ({ ...purpose, activity: view }));
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
var walks = /* @__PURE__ */ new WeakMap();
function walk(root, pointer) {
  if (pointer === "") return { node: root, description: ROOT_DESCRIPTION, listKind: void 0, stablePath: "" };
  let cache;
  if (typeof root === "object" && root !== null) {
    cache = walks.get(root);
    if (!cache) walks.set(root, cache = /* @__PURE__ */ new Map());
    const hit = cache.get(pointer);
    if (hit) return hit;
  }
  const slash = pointer.lastIndexOf("/");
  const parent = walk(root, pointer.slice(0, slash));
  const raw = pointer.slice(slash + 1);
  const segment = raw.includes("~") ? raw.replace(/~1/g, "/").replace(/~0/g, "~") : raw;
  let step;
  if (Array.isArray(parent.node)) {
    const node = parent.node[Number(segment)];
    const id = isRecord(node) && typeof node.id === "string" ? node.id : void 0;
    const name = id ?? (isRecord(node) && typeof node.name === "string" ? node.name : void 0);
    const description = parent.listKind ? name === void 0 ? `${parent.listKind} #${Number(segment) + 1}` : `${parent.listKind} \`${name}\`` : parent.description;
    step = { node, description, listKind: void 0, stablePath: `${parent.stablePath}/${id === void 0 ? raw : escapeId(id)}` };
  } else if (isRecord(parent.node)) {
    const node = Object.prototype.hasOwnProperty.call(parent.node, segment) ? parent.node[segment] : void 0;
    const description = segment === "controller" ? "the controller" : parent.description;
    step = { node, description, listKind: Array.isArray(node) ? LIST_KINDS[segment] : void 0, stablePath: `${parent.stablePath}/${raw}` };
  } else {
    step = { node: void 0, description: parent.description, listKind: void 0, stablePath: `${parent.stablePath}/${raw}` };
  }
  cache?.set(pointer, step);
  return step;
}
function describeLocation(root, pointer) {
  return walk(root, pointer).description;
}
function stablePathOf(root, pointer) {
  return walk(root, pointer).stablePath;
}
function escapeId(id) {
  return `[${id.replace(/~/g, "~0").replace(/\//g, "~1")}]`;
}

// src/core/line-index.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
      this.#lineStarts.push(i + 1);
    }
  }
  text;
  #lineStarts = [0];
  get lineCount() {
    return this.#lineStarts.length;
  }
  position(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >>> 1;
      if (this.#lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.#lineStarts[low] + 1 };
  }
  /** The text of a 1-based line without its line break. */
  lineText(line) {
    const start = this.#lineStarts[line - 1];
    if (start === void 0) return "";
    const next = this.#lineStarts[line];
    let end = next === void 0 ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end -= 1;
    return this.text.slice(start, end);
  }
};

// src/core/order.ts
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/core/locate.ts
var Locator = class {
  constructor(locations, lines) {
    this.locations = locations;
    this.lines = lines;
  }
  locations;
  lines;
  locate(pointer, target = "node") {
    let current = pointer;
    let location = this.locations.get(current);
    let effectiveTarget = target;
    while (location === void 0 && current !== "") {
      current = parentPointer(current);
      location = this.locations.get(current);
      effectiveTarget = "key";
    }
    if (location === void 0) return this.toRange({ start: 0, end: 0 });
    return this.toRange(this.pick(current, location, effectiveTarget));
  }
  pick(pointer, location, target) {
    const isCollection = location.kind === "map" || location.kind === "seq";
    const isEmpty = location.value.end <= location.value.start;
    if (target === "key" || isEmpty || isCollection && !this.isSingleLine(location.value)) {
      if (location.key) return location.key;
      const label = this.locations.get(`${pointer}/id`) ?? this.locations.get(`${pointer}/name`);
      if (location.kind === "map" && label) return label.value;
    }
    return this.firstLineOf(location.value);
  }
  isSingleLine(span) {
    const text = this.lines.text;
    const newline = text.indexOf("\n", span.start);
    return newline === -1 || newline >= span.end;
  }
  firstLineOf(span) {
    const text = this.lines.text;
    const newline = text.indexOf("\n", span.start);
    if (newline === -1 || newline >= span.end) return span;
    const end = newline > span.start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    return { start: span.start, end };
  }
  toRange(span) {
    const start = this.lines.position(span.start);
    const end = this.lines.position(Math.max(span.start, span.end));
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
};

// src/core/document.ts
var DOCUMENT_EXTENSIONS = new Set(
  "md markdown mdx txt text rst adoc asciidoc html htm pdf doc docx odt ott rtf xls xlsx ods csv tsv ppt pptx odp json yaml yml toml xml png jpg jpeg gif svg webp tif tiff eml msg zip 7z gz tgz p7s sig asc".split(" ")
);
var PLACEHOLDER2 = /^(?:(?:todo|tbd|tbc|fixme|xxx)(?:$|[\s:,;(\-–—])|n\/a$|none$|unknown$|pending$|[?\-–—…. ]+$|\[(?:confirm|needs)\b)/i;
var URL_SCHEME = /^([a-z][a-z0-9+.-]+):/i;
var HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;
function extensionOf(value) {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(value);
  return match && match.index > 0 && !/[\\/\s]$/.test(value.slice(0, match.index)) ? match[1].toLowerCase() : void 0;
}
function classifyDocumentValue(raw) {
  const value = raw.trim();
  if (value === "" || /[\r\n]/.test(value) || PLACEHOLDER2.test(value)) return { kind: "other" };
  if (/^file:/i.test(value) || value.startsWith("/") || value.startsWith("\\") || /^[a-z]:/i.test(value) || /^~(?:[a-z_][\w-]*)?(?:[\\/]|$)/i.test(value)) return { kind: "absolute" };
  if (URL_SCHEME.test(value) || /^www\./i.test(value)) return { kind: "other" };
  const segments2 = value.split(/[\\/]/);
  if (segments2.length > 1 && HOST.test(segments2[0]) && !DOCUMENT_EXTENSIONS.has(extensionOf(segments2[0]) ?? "")) return { kind: "other" };
  const extension = extensionOf(value);
  if (extension !== void 0 && DOCUMENT_EXTENSIONS.has(extension)) return { kind: "relative", path: value };
  if (segments2.length === 1 || /\s/.test(value)) return { kind: "other" };
  const last = segments2.filter((segment) => segment !== "").at(-1) ?? "";
  return new RegExp("\\p{L}", "u").test(last) ? { kind: "relative", path: value } : { kind: "other" };
}
function documentLookup(provider, inventory) {
  const cache = /* @__PURE__ */ new Map();
  return (documentPath) => {
    const cached = cache.get(documentPath);
    if (cached) return cached;
    const state = classifyDocumentValue(documentPath).kind === "absolute" ? { status: "outside", reason: "absolute" } : typeof provider === "function" ? provider(documentPath, inventory) : provider.get(documentPath) ?? { status: "missing" };
    cache.set(documentPath, state);
    return state;
  };
}

// node_modules/marked/lib/marked.esm.js
function G() {
  return { async: false, breaks: false, extensions: null, gfm: true, hooks: null, pedantic: false, renderer: null, silent: false, tokenizer: null, walkTokens: null };
}
var S = G();
function ue(l3) {
  S = l3;
}
var q = { exec: () => null };
function D(l3) {
  let e = [];
  return (t) => {
    let n = Math.max(0, Math.min(3, t - 1)), r = e[n];
    return r || (r = l3(n), e[n] = r), r;
  };
}
function g(l3, e = "") {
  let t = typeof l3 == "string" ? l3 : l3.source, n = { replace: (r, s) => {
    let o = typeof s == "string" ? s : s.source;
    return o = o.replace(O.caret, "$1"), t = t.replace(r, o), n;
  }, getRegex: () => new RegExp(t, e) };
  return n;
}
var _e = ((l3 = "") => {
  try {
    return !!new RegExp("(?<=1)(?<!1)" + l3);
  } catch {
    return false;
  }
})();
var O = { codeRemoveIndent: /^(?: {0,3}\t| {1,4})/gm, listInterruptsParagraph: /^ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/, outputLinkReplace: /\\([\[\]])/g, indentCodeCompensation: /^(\s+)(?:```)/, beginningSpace: /^\s+/, endingHash: /#$/, startingSpaceChar: /^ /, endingSpaceChar: / $/, endingSpaceTabChar: /[ \t]$/, nonSpaceChar: /[^ ]/, newLineCharGlobal: /\n/g, tabCharGlobal: /\t/g, leadingSpaceTab: /^[ \t]+/, multipleSpaceGlobal: /\s+/g, blankLine: /^[ \t]*$/, doubleBlankLine: /\n[ \t]*\n[ \t]*$/, blockquoteStart: /^ {0,3}>/, blockquoteSetextReplace: /\n {0,3}((?:=+|-+)[ \t]*)(?=\n|$)/g, blockquoteSetextReplace2: /^ {0,3}>[ \t]?/gm, blockquoteMarkerWhitespace: /^( {0,3}>)(\t[ \t]*)/gm, nestedBlockMarker: /^ {0,3}(?:(?:[*+-]|\d{1,9}[.)])(?: |$)|> ?)/, listReplaceNesting: /^ {1,4}(?=( {4})*[^ ])/g, listIsTask: /^\[[ xX]\][ \t]+\S/, listReplaceTask: /^\[[ xX]\][ \t]+/, listTaskCheckbox: /\[[ xX]\]/, anyLine: /\n.*\n/, hrefBrackets: /^<(.*)>$/, tableDelimiter: /[:|]/, tableAlignChars: /^\||\| *$/g, tableRowBlankLine: /\n[ \t]*$/, tableAlignRight: /^ *-+: *$/, tableAlignCenter: /^ *:-+: *$/, tableAlignLeft: /^ *:-+ *$/, startATag: /^<a /i, endATag: /^<\/a>/i, startPreScriptTag: /^<(pre|code|kbd|script)(\s|>)/i, endPreScriptTag: /^<\/(pre|code|kbd|script)(\s|>)/i, startAngleBracket: /^</, endAngleBracket: />$/, pedanticHrefTitle: /^([^'"]*[^\s])\s+(['"])(.*)\2/, unicodeAlphaNumeric: /[\p{L}\p{N}]/u, numericCharacterReference: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));/, numericCharacterReferenceOrAmpersand: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, escapeTest: /[&<>"']/, escapeReplace: /[&<>"']/g, escapeTestNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/, escapeReplaceNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, caret: /(^|[^\[])\^/g, percentDecode: /%25/g, findPipe: /\|/g, splitPipe: / \|/, slashPipe: /\\\|/g, carriageReturn: /\r\n|\r/g, spaceLine: /^ +$/gm, notSpaceStart: /^\S*/, endingNewline: /\n$/, listItemRegex: (l3) => new RegExp(`^( {0,3}${l3})((?:[	 ][^\\n]*)?(?:\\n|$))`), nextBulletRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:[*+-]|\\d{1,9}[.)])((?:[ 	][^\\n]*)?(?:\\n|$))`)), hrRegex: D((l3) => new RegExp(`^ {0,${l3}}((?:-[ 	]*){3,}|(?:_[ 	]*){3,}|(?:\\*[ 	]*){3,})(?:\\n+|$)`)), fencesBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:\`\`\`|~~~)`)), headingBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}#{1,6}(?:\\s|$)`)), pedanticHeadingBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}#`)), htmlBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:</?(?:${he})(?:[ \\t]+|$|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)`, "i")), blockquoteBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}>`)), nestedContainerMarkers: /^(?: {0,3}(?:(?:[*+-]|\d{1,9}[.)])[ \t]+|>[ \t]?))+/ };
var Ge = /^(?:[ \t]*(?:\n|$))+/;
var Ne = /^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/;
var Fe = /^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}(?:(?=`)\1`*|(?=~)\1~*) *(?=\n|$)|$)/;
var V = /^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/;
var Qe = /^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/;
var ce = / {0,3}(?:[*+-]|\d{1,9}[.)])/;
var he = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";
var J = g(" {0,3}(?:</?(?:tag)(?:[ \\t]+|\\n|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)").replace("tag", he).getRegex();
var $e = /^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |fences|blockquote|heading|hr|html|table))+?)\n {0,3}(=+|-+)[ \t]*(?:\n+|$)/;
var Le = g($e).replace(/bull/g, ce).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/\|table/g, "").replace(/html/g, J).getRegex();
var We = g($e).replace(/bull/g, ce).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/table/g, / {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).replace(/html/g, J).getRegex();
var de = /^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table|[ \t]+\n)[^\n]+)*)/;
var Ue = /^[^\n]+/;
var ge = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\\n]|\n(?![ \t]*\n))+/;
var Ke = g(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<(?:\\.|[^\n<>\\])*>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label", ge).replace("title", /(?:"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\\n]|\n(?!\n))*'|\((?:\\[\s\S]|[^()\\])*\))/).getRegex();
var Xe = g(/^(bull)([ \t][^\n]*?)?(?:\n|$)/).replace(/bull/g, ce).getRegex();
var ke = /<!--(?:-?>|[\s\S]*?(?:-->|$))/;
var Ve = g("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n*|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>[^\\n]*\\n*|$)|<![A-Z][\\s\\S]*?(?:>[^\\n]*\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>[^\\n]*\\n*|$)|</?(tag)(?:[ \\t]+|\\n|/?>|$)[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|<(?!(?:script|pre|style|textarea)(?![a-z0-9-]))([a-z][a-z0-9-]*)(?:attribute)*?[ \\t]*/?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|</[a-z][a-z0-9-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$))", "i").replace("comment", ke).replace("tag", he).replace("attribute", /[ \t]+[a-zA-Z:_][\w.:-]*(?:[ \t]*=[ \t]*"[^"\n]*"|[ \t]*=[ \t]*'[^'\n]*'|[ \t]*=[ \t]*[^\s"'=<>`]+)?/).getRegex();
var Ce = (l3) => g(de).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("|table", "").replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", l3).replace("html", J).getRegex();
var Je = Ce(/ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/);
var Ye = Ce(/ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|\n|$)/);
var et = g(/^( {0,3}> ?(?:(?![ \t]*(?:\n|$))(paragraph)|[^\n]*)(?:\n|$))+/).replace("paragraph", Ye).getRegex();
var fe = { blockquote: et, code: Ne, def: Ke, fences: Fe, heading: Qe, hr: V, html: Ve, lheading: Le, list: Xe, newline: Ge, paragraph: Je, table: q, text: Ue };
var Pe = g("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("blockquote", " {0,3}>").replace("code", "(?: {4}| {0,3}	)[^\\n]").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html", J).getRegex();
var tt = { ...fe, lheading: We, table: Pe, paragraph: g(de).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("table", Pe).replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]+[^ \\t\\n]").replace("html", J).getRegex() };
var nt = { ...fe, html: g(`^ *(?:comment(?: *\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1>(?: *\\n{2,}|\\s*$)|<tag(?:"[^"]*"|'[^']*'|\\s[^'"/>\\s]*)*?/?>(?: *\\n{2,}|\\s*$))`).replace("comment", ke).replace(/tag/g, "(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(), def: /^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/, heading: /^(#{1,6})(.*)(?:\n+|$)/, fences: q, lheading: /^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/, paragraph: g(de).replace("hr", V).replace("heading", ` *#{1,6} *[^
]`).replace("|table", "").replace("blockquote", " {0,3}>").replace("|fences", "").replace("|list", "").replace("|html", "").replace("|tag", "").replace("lheading", Le).getRegex() };
var rt = /^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/;
var st = /^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/;
var Ie = /^( {2,}|\\)\n(?!\s*$)[ \t]*/;
var it = /^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/;
var L = /[\p{P}\p{S}]/u;
var N = /[\s\p{P}\p{S}]/u;
var Y = /[^\s\p{P}\p{S}]/u;
var ot = g(/^((?![*_])punctSpace)/, "u").replace(/punctSpace/g, N).getRegex();
var at = /[\p{Pi}\p{Ps}"']/u;
var Ae = /(?!~)[\p{P}\p{S}]/u;
var lt = /(?!~)[\s\p{P}\p{S}]/u;
var ut = /(?:[^\s\p{P}\p{S}]|~)/u;
var pt = g(/link|precode-code|html/, "g").replace("link", /\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-", _e ? "(?<!`)()" : "(^^|[^`])").replace("code", /(?<b>`+)[^`]+\k<b>(?!`)/).replace("html", /<(?! )[^<>]*?>/).getRegex();
var Ee = /^(?:\*+(?:((?!\*)punct)|([^\s*]))?)|^_+(?:((?!_)punct)|([^\s_]))?/;
var ct = g(Ee, "u").replace(/punct/g, L).getRegex();
var ht = g(Ee, "u").replace(/punct/g, Ae).getRegex();
var dt = /^(?:\*+(?:((?!\*)(?!openQuote)punct)|([^\s*]))?)|^_+(?:((?!_)(?!openQuote)punct)|([^\s_]))?/;
var gt = g(dt, "u").replace(/openQuote/g, at).replace(/punct/g, L).getRegex();
var ze = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)";
var kt = g(ze, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var ft = g(ze, "gu").replace(/notPunctSpace/g, ut).replace(/punctSpace/g, lt).replace(/punct/g, Ae).getRegex();
var mt = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)[\\s](\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|(?:(?!\\*)punct|notPunctSpace)(\\*+)(?!\\*)(?=notPunctSpace)";
var xt = g(mt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var bt = g("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)", "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var Rt = "^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)[\\s](_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)|(?:(?!_)punct|notPunctSpace)(_+)(?!_)(?=notPunctSpace)";
var Tt = g(Rt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var Ot = g(/^~~?(?:((?!~)punct)|[^\s~])/, "u").replace(/punct/g, L).getRegex();
var wt = "^[^~]+(?=[^~])|(?!~)punct(~~?)(?=[\\s]|$)|notPunctSpace(~~?)(?!~)(?=punctSpace|$)|(?!~)punctSpace(~~?)(?=notPunctSpace)|[\\s](~~?)(?!~)(?=punct)|(?!~)punct(~~?)(?!~)(?=punct)|notPunctSpace(~~?)(?=notPunctSpace)";
var Pt = g(wt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var yt = g(/\\(punct)/, "gu").replace(/punct/g, L).getRegex();
var St = g(/(`+)(?:[^`]|[^`][\s\S]*?[^`])\1(?!`)|`+|\\(punct)/, "gu").replace(/punct/g, L).getRegex();
var _t = g(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme", /[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email", /[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex();
var $t = g(ke).replace("(?:-->|$)", "-->").getRegex();
var Lt = g("^comment|^</[a-zA-Z][a-zA-Z0-9-]*\\s*>|^<[a-zA-Z][a-zA-Z0-9-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment", $t).replace("attribute", /\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex();
var Me = /\[(?:\\[\s\S]|[^\[\]\\])*\]/;
var ie = g(/(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\])|[^\[\]\\`])*?/).replace("brackets", Me).getRegex();
var Ct = g(/^!?\[(label)\]\([ \t\n]*(href)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(title))?[ \t\n]*\)/).replace("label", ie).replace("href", /<(?:\\.|[^\n<>\\])*>|(?!<)[^ \t\n\x00-\x1f]+|(?=\))/).replace("title", /"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\])*'|\((?:\\[\s\S]|[^)\\])*\)/).getRegex();
var It = g(/^!?\[(label)\]\[(ref)\]/).replace("label", ie).replace("ref", ge).getRegex();
var At = g(/^!?\[(ref)\](?:\[\])?/).replace("ref", ge).getRegex();
var ye = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\]){1,999}/;
var Et = g(/(?:[^\[\]\\`]*(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\]))){0,999}?[^\[\]\\`]*?/).replace("brackets", Me).getRegex();
var zt = g("reflink|nolink(?!\\()", "g").replace("reflink", g(/^!?\[(label)\]\[(ref)\]/).replace("label", Et).replace("ref", ye).getRegex()).replace("nolink", g(/^!?\[(ref)\](?:\[\])?/).replace("ref", ye).getRegex()).getRegex();
var Se = /[hH][tT][tT][pP][sS]?|[fF][tT][pP]/;
var Mt = /[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/;
var Bt = g(/(?:mailto:email|xmpp:email(?:\/[A-Za-z0-9@.]+)?)/).replace(/email/g, Mt).getRegex();
var me = { _backpedal: q, anyPunctuation: yt, anyPunctuationOutsideCode: St, autolink: _t, blockSkip: pt, br: Ie, code: st, del: q, delLDelim: q, delRDelim: q, emStrongLDelim: ct, emStrongRDelimAst: kt, emStrongRDelimUnd: bt, escape: rt, link: Ct, nolink: At, punctuation: ot, reflink: It, reflinkSearch: zt, tag: Lt, text: it, url: q };
var Dt = { ...me, emStrongLDelim: gt, emStrongRDelimAst: xt, emStrongRDelimUnd: Tt, link: g(/^!?\[(label)\]\((.*?)\)/).replace("label", ie).getRegex(), reflink: g(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label", ie).getRegex() };
var pe = { ...me, emStrongRDelimAst: ft, emStrongLDelim: ht, delLDelim: Ot, delRDelim: Pt, url: g(/^emailProtocol|^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("emailProtocol", Bt).replace("protocol", Se).replace("email", /[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/).getRegex(), _backpedal: /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/, del: /^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/, text: g(/^(?:[^a-zA-Z0-9](?=emailProtocol)|(`+|~+|[^`~])(?:(?=[`~])|(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|wwwStart|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9](?=emailProtocol)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@))))/).replace("protocol", Se).replace(/emailProtocol/g, /(?:mailto|xmpp):/).replace("wwwStart", _e ? "(?<![^\\s*_~(])www\\." : "www\\.").getRegex() };
var qt = { ...pe, br: g(Ie).replace("{2,}", "*").getRegex(), text: g(pe.text).replace("\\b_", "\\b_| {2,}\\n").replace(/\{2,\}/g, "*").getRegex() };
var ee = { normal: fe, gfm: tt, pedantic: nt };
var F = { normal: me, gfm: pe, breaks: qt, pedantic: Dt };
var vt = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var Be = (l3) => vt[l3];
function y(l3, e) {
  if (e) {
    if (O.escapeTest.test(l3)) return l3.replace(O.escapeReplace, Be);
  } else if (O.escapeTestNoEncode.test(l3)) return l3.replace(O.escapeReplaceNoEncode, Be);
  return l3;
}
function De(l3) {
  return O.numericCharacterReference.test(l3) ? l3.replace(O.numericCharacterReferenceOrAmpersand, (e, t, n) => {
    if (t === void 0 && n === void 0) return "&amp;";
    let r = t === void 0 ? Number.parseInt(n, 16) : Number.parseInt(t, 10);
    return r === 0 || r > 1114111 || r >= 55296 && r <= 57343 ? "\uFFFD" : r === 38 ? "&amp;" : String.fromCodePoint(r);
  }) : l3;
}
function xe(l3) {
  try {
    l3 = encodeURI(l3).replace(O.percentDecode, "%");
  } catch {
    return null;
  }
  return l3;
}
function be(l3, e) {
  let t = l3.replace(O.findPipe, (s, o, i) => {
    let a = false, c = o;
    for (; --c >= 0 && i[c] === "\\"; ) a = !a;
    return a ? "|" : " |";
  }), n = t.split(O.splitPipe), r = 0;
  if (n[0].trim() || n.shift(), n.length > 0 && !n.at(-1)?.trim() && n.pop(), e) if (n.length > e) n.splice(e);
  else for (; n.length < e; ) n.push("");
  for (; r < n.length; r++) n[r] = n[r].trim().replace(O.slashPipe, "|");
  return n;
}
function C(l3, e, t) {
  let n = l3.length;
  if (n === 0) return "";
  let r = 0;
  for (; r < n; ) {
    let s = l3.charAt(n - r - 1);
    if (s === e && !t) r++;
    else if (s !== e && t) r++;
    else break;
  }
  return l3.slice(0, n - r);
}
function Re(l3) {
  let e = l3.split(`
`), t = e.length - 1;
  for (; t >= 0 && O.blankLine.test(e[t]); ) t--;
  return e.length - t <= 2 ? l3 : e.slice(0, t + 1).join(`
`);
}
function W(l3) {
  return l3.trim().replace(O.multipleSpaceGlobal, " ").toLowerCase().toUpperCase().toLowerCase();
}
function Te(l3, e) {
  if (l3.indexOf(e[0]) === -1 && l3.indexOf(e[1]) === -1) return -1;
  let t = 0;
  for (let n = 0; n < l3.length; n++) if (l3[n] === "\\") n++;
  else if (l3[n] === e[0]) t++;
  else if (l3[n] === e[1] && (t--, t < 0)) return n;
  return t > 0 ? -2 : -1;
}
var Q = /* @__PURE__ */ new WeakMap();
function Oe(l3) {
  let e = { "*": -1, _: -1 }, t = -1, n = l3.length;
  for (let r = 0; r < n; r++) {
    let s = l3[r];
    if (s !== "*" && s !== "_" && s !== "~") continue;
    let o = r === 0 ? `
` : l3[r - 1], i = r + 1;
    for (; i < n && l3[i] === s; ) i++;
    o !== " " && o !== "	" && o !== `
` && o !== "\r" && o !== "\f" && (s === "~" ? t = r : e[s] = r), r = i - 1;
  }
  return { maskedSrc: l3, lastPossibleEmStrongCloserIndex: e, lastPossibleDelCloserIndex: t };
}
function qe(l3, e) {
  let t = Oe(e), n = Q.get(l3);
  n ? n.push(t) : Q.set(l3, [t]);
}
function ve(l3) {
  let e = Q.get(l3);
  e && (e.pop(), e.length === 0 && Q.delete(l3));
}
function oe(l3, e, t) {
  let n = Q.get(l3)?.at(-1);
  return n && n.maskedSrc === e ? n.lastPossibleEmStrongCloserIndex[t] : Oe(e).lastPossibleEmStrongCloserIndex[t];
}
function ae(l3, e) {
  let t = Q.get(l3)?.at(-1);
  return t && t.maskedSrc === e ? t.lastPossibleDelCloserIndex : Oe(e).lastPossibleDelCloserIndex;
}
function te(l3, e = 0) {
  let t = e, n = "";
  for (let r of l3) if (r === "	") {
    let s = 4 - t % 4;
    n += " ".repeat(s), t += s;
  } else n += r, t++;
  return n;
}
function Ht(l3, e) {
  let t = "";
  for (let n = 0; n < l3.length; n++) {
    if (l3[n] === "`") {
      let r = e.inline.code.exec(l3.slice(n));
      if (r) {
        t += r[0], n += r[0].length - 1;
        continue;
      }
    }
    if (l3[n] === "\\" && (l3[n + 1] === "[" || l3[n + 1] === "]")) {
      t += l3[n + 1], n++;
      continue;
    }
    t += l3[n];
  }
  return t;
}
function He(l3, e, t, n, r) {
  let s = e.href, o = e.title || null, i = Ht(l3[1], r), a = l3[0].charAt(0) === "!", c = n.state.inLink, u = n.state.linkEmitted, d = n.state.inRawBlock;
  n.state.inLink = true, n.state.linkEmitted = false;
  let h = n.inlineTokens(i), p = n.state.linkEmitted;
  if (n.state.linkEmitted = u, n.state.inLink = c, !a) {
    if (p) {
      n.state.inRawBlock = d;
      return;
    }
    n.state.linkEmitted = true;
  }
  return { type: a ? "image" : "link", raw: t, href: s, title: o, text: i, tokens: h };
}
function Zt(l3, e, t) {
  let n = l3.match(t.other.indentCodeCompensation);
  if (n === null) return e;
  let r = n[1];
  return e.split(`
`).map((s) => {
    let o = s.match(t.other.beginningSpace);
    if (o === null) return s;
    let [i] = o;
    return s.slice(Math.min(i.length, r.length));
  }).join(`
`);
}
function Ze(l3, e, t, n) {
  if (!e.includes("<")) return false;
  for (let r = 0; r < e.length; r++) {
    if (e[r] === "\\") {
      r++;
      continue;
    }
    if (e[r] === "`") {
      let i = n.inline.code.exec(e.slice(r));
      if (i) {
        r += i[0].length - 1;
        continue;
      }
    }
    if (e[r] !== "<") continue;
    let s = l3.slice(t + r), o = n.inline.tag.exec(s) || n.inline.autolink.exec(s);
    if (o) {
      if (o[0].length > e.length - r) return true;
      r += o[0].length - 1;
    }
  }
  return false;
}
var _ = class {
  options;
  rules;
  lexer;
  constructor(e) {
    this.options = e || S;
  }
  space(e) {
    let t = this.rules.block.newline.exec(e);
    if (t && t[0].length > 0) return { type: "space", raw: t[0] };
  }
  code(e) {
    let t = this.rules.block.code.exec(e);
    if (t) {
      let n = this.options.pedantic ? t[0] : Re(t[0]), r = n.replace(this.rules.other.codeRemoveIndent, "");
      return { type: "code", raw: n, codeBlockStyle: "indented", text: r };
    }
  }
  fences(e) {
    let t = this.rules.block.fences.exec(e);
    if (t) {
      let n = t[0], r = Zt(n, t[3] || "", this.rules);
      return t[3] !== void 0 && (r === "" || r.endsWith(`
`)) && (r += `
`), { type: "code", raw: n, lang: t[2] ? t[2].trim().replace(this.rules.inline.anyPunctuation, "$1") : t[2], text: r };
    }
  }
  heading(e) {
    let t = this.rules.block.heading.exec(e);
    if (t) {
      let n = t[2].trim();
      if (this.rules.other.endingHash.test(n)) {
        let r = C(n, "#");
        (this.options.pedantic || !r || this.rules.other.endingSpaceTabChar.test(r)) && (n = r.trim());
      }
      return { type: "heading", raw: C(t[0], `
`), depth: t[1].length, text: n, tokens: this.lexer.inline(n) };
    }
  }
  hr(e) {
    let t = this.rules.block.hr.exec(e);
    if (t) return { type: "hr", raw: C(t[0], `
`) };
  }
  blockquote(e) {
    let t = this.rules.block.blockquote.exec(e);
    if (t) {
      let n = C(t[0], `
`).split(`
`), r = "", s = "", o = [];
      for (; n.length > 0; ) {
        let i = false, a = [], c;
        for (c = 0; c < n.length; c++) if (this.rules.other.blockquoteStart.test(n[c])) a.push(n[c]), i = true;
        else if (!i) a.push(n[c]);
        else break;
        n = n.slice(c);
        let u = a.join(`
`), d = u.replace(this.rules.other.blockquoteMarkerWhitespace, (k, m, b) => b.startsWith(" ") ? m + " " + b.slice(1) : m + te(b, m.length)).replace(this.rules.other.blockquoteSetextReplace, `
    $1`).replace(this.rules.other.blockquoteSetextReplace2, "");
        r = r ? `${r}
${u}` : u, s = s ? `${s}
${d}` : d;
        let h = this.lexer.state.top;
        if (this.lexer.state.top = true, this.lexer.blockTokens(d, o, true), this.lexer.state.top = h, n.length === 0) break;
        let p = o.at(-1);
        if (p?.type === "code" || p?.type === "heading" || p?.type === "hr" || p?.type === "html" || p?.type === "table") break;
        if (p?.type === "blockquote") {
          let k = p, m = n.join(`
`), b = k.raw + `
` + m.replace(this.rules.other.blockquoteSetextReplace2, ""), f = this.blockquote(b);
          o[o.length - 1] = f;
          let R = b.substring(f.raw.length).replace(/^\n/, ""), E = R ? R.split(`
`).length : 0, T = E ? n.slice(0, -E) : n;
          if (T.length > 0 && (r = `${r}
${T.join(`
`)}`), s = s.substring(0, s.length - k.text.length) + f.text, n = n.slice(T.length), n.length > 0 && this.rules.other.blockquoteStart.test(n[0])) continue;
          break;
        } else if (p?.type === "list") {
          let k = p, m = k.raw + `
` + n.join(`
`), b = this.list(m);
          o[o.length - 1] = b;
          let f = b.raw.length > k.raw.length ? m.slice(k.raw.length + 1, b.raw.length).split(`
`).length : 0;
          if (f > 0) {
            let R = n.slice(0, f).join(`
`);
            r = `${r}
${R}`, s = `${s}
${R}`;
          }
          if (n = n.slice(f), n.length > 0 && !this.rules.other.blockquoteStart.test(n[0])) break;
          continue;
        }
      }
      return { type: "blockquote", raw: r, tokens: o, text: s };
    }
  }
  list(e) {
    let t = this.rules.block.list.exec(e);
    if (t) {
      if (!this.options.pedantic && this.lexer.state.lastToken?.type === "text" && !this.rules.other.listInterruptsParagraph.test(e)) return;
      let n = e, r = () => n.length - e.length, s = t[1].trim(), o = s.length > 1, i = { type: "list", raw: "", ordered: o, start: o ? +s.slice(0, -1) : "", loose: false, items: [] };
      s = o ? `\\d{1,9}\\${s.slice(-1)}` : `\\${s}`, this.options.pedantic && (s = o ? s : "[*+-]");
      let a = this.rules.other.listItemRegex(s), c = false;
      for (; e; ) {
        let h = false, p = "";
        if (!(t = a.exec(e)) || this.rules.block.hr.test(e)) break;
        let k = r();
        e = e.substring(t[0].length);
        let m = t[2].split(`
`, 1)[0], b = t[1].length, f = this.options.pedantic ? te(m, b) : m.replace(this.rules.other.leadingSpaceTab, (H) => te(H, b)), R = e.split(`
`, 1)[0], E = !f.trim(), T = 0;
        if (this.options.pedantic ? (T = 2, p = f.trimStart()) : E ? T = b + 1 : (T = f.search(this.rules.other.nonSpaceChar), T = T > 4 ? 1 : T, p = f.slice(T), T += b), E && this.rules.other.blankLine.test(R) && (e = e.substring(R.length + 1), h = true), !h) {
          let H = this.rules.other.nextBulletRegex(T), K = this.rules.other.hrRegex(T), re = this.rules.other.fencesBeginRegex(T), B = this.options.pedantic ? this.rules.other.pedanticHeadingBeginRegex(T) : this.rules.other.headingBeginRegex(T), X = this.rules.other.htmlBeginRegex(T), se = this.rules.other.blockquoteBeginRegex(T), le = false;
          for (; e; ) {
            let we = e.split(`
`, 1)[0], Z;
            if (R = we, this.options.pedantic ? (R = R.replace(this.rules.other.listReplaceNesting, "  "), Z = R) : Z = R.replace(this.rules.other.leadingSpaceTab, ($) => te($)), re.test(R) || B.test(R) || X.test(R) || se.test(R) || H.test(R) || K.test(R)) break;
            if (Z.search(this.rules.other.nonSpaceChar) >= T || !R.trim()) p += `
` + Z.slice(T), le = false;
            else {
              if (E) break;
              let $ = f;
              if (!this.options.pedantic && !p.includes(`
`) && !f.includes("	")) {
                let j;
                for (; !K.test($) && (j = this.rules.other.nestedBlockMarker.exec($)); ) $ = $.slice(j[0].length);
                if (!$.trim()) break;
              }
              if ($.replace(this.rules.other.tabCharGlobal, "    ").search(this.rules.other.nonSpaceChar) >= 4 || re.test($) || B.test($) || X.test($) || K.test($)) break;
              if (!this.options.pedantic && !le) {
                let j = f.replace(this.rules.other.nestedContainerMarkers, "");
                if (this.rules.block.fences.test(j) || this.rules.block.heading.test(j) || this.rules.block.hr.test(j)) break;
              }
              let je = !this.options.pedantic && /^ {0,3}(?:=+|-+) *$/.test(R) && this.rules.block.lheading.test(`${f}
${R}`) ? `    ${Z.replace(/^ {0,3}/, "")}` : R;
              p += `
` + je, le = true;
            }
            E = !R.trim(), e = e.substring(we.length + 1), f = Z.slice(T);
          }
        }
        let U = n.slice(k, r());
        i.loose || (c ? i.loose = true : this.rules.other.doubleBlankLine.test(U) && (c = true)), i.items.push({ type: "list_item", raw: U, task: !!this.options.gfm && this.rules.other.listIsTask.test(p), loose: false, text: p, tokens: [] });
      }
      let u = i.items.at(-1);
      if (u) u.raw = u.raw.trimEnd(), u.text = u.text.trimEnd();
      else return;
      i.raw = n.slice(0, r()).trimEnd();
      let d = [];
      for (let h of i.items) if (this.lexer.state.top = false, d.push(this.lexer.inlineQueue.length), h.tokens = this.lexer.blockTokens(h.text, []), !i.loose) {
        let p = h.tokens.filter((m) => m.type === "space"), k = p.length > 0 && p.some((m) => this.rules.other.anyLine.test(m.raw));
        i.loose = k;
      }
      for (let h = 0; h < i.items.length; h++) {
        let p = i.items[h], k = p.tokens[0];
        if (p.task && (k?.type === "text" || k?.type === "paragraph")) {
          p.text = p.text.replace(this.rules.other.listReplaceTask, ""), k.raw = k.raw.replace(this.rules.other.listReplaceTask, ""), k.text = k.text.replace(this.rules.other.listReplaceTask, "");
          let m = this.lexer.inlineQueue;
          for (let f = d[h]; f < m.length; f++) if (m[f].tokens === k.tokens) {
            m[f].src = m[f].src.replace(this.rules.other.listReplaceTask, "");
            break;
          }
          let b = this.rules.other.listTaskCheckbox.exec(p.raw);
          if (b) {
            let f = { type: "checkbox", raw: b[0] + " ", checked: b[0] !== "[ ]" };
            p.checked = f.checked, i.loose ? p.tokens[0] && ["paragraph", "text"].includes(p.tokens[0].type) && "tokens" in p.tokens[0] && p.tokens[0].tokens ? (p.tokens[0].raw = f.raw + p.tokens[0].raw, p.tokens[0].text = f.raw + p.tokens[0].text, p.tokens[0].tokens.unshift(f)) : p.tokens.unshift({ type: "paragraph", raw: f.raw, text: f.raw, tokens: [f] }) : p.tokens.unshift(f);
          }
        } else p.task && (p.task = false);
      }
      if (i.loose) for (let h of i.items) {
        h.loose = true;
        for (let p of h.tokens) p.type === "text" && (p.type = "paragraph");
      }
      return i;
    }
  }
  html(e) {
    let t = this.rules.block.html.exec(e);
    if (t) {
      if (this.lexer.state.lastToken?.type === "paragraph" && !this.rules.other.htmlBeginRegex(4).test(e)) return;
      let n = Re(t[0]);
      return { type: "html", block: true, raw: n, pre: t[1] === "pre" || t[1] === "script" || t[1] === "style", text: n };
    }
  }
  def(e) {
    let t = this.rules.block.def.exec(e);
    if (t) {
      if (!this.rules.other.startAngleBracket.test(t[2]) && Te(t[2], "()") !== -1) return;
      let n = W(t[1]), r = t[2] ? t[2].replace(this.rules.other.hrefBrackets, "$1").replace(this.rules.inline.anyPunctuation, "$1") : "", s = t[3] ? t[3].substring(1, t[3].length - 1).replace(this.rules.inline.anyPunctuation, "$1") : t[3];
      return { type: "def", tag: n, raw: C(t[0], `
`), href: r, title: s };
    }
  }
  table(e) {
    let t = this.rules.block.table.exec(e);
    if (!t || !this.rules.other.tableDelimiter.test(t[2])) return;
    let n = be(t[1]), r = t[2].replace(this.rules.other.tableAlignChars, "").split("|"), s = t[3]?.trim() ? t[3].replace(this.rules.other.tableRowBlankLine, "").split(`
`) : [], o = { type: "table", raw: C(t[0], `
`), header: [], align: [], rows: [] };
    if (n.length === r.length) {
      for (let i of r) this.rules.other.tableAlignRight.test(i) ? o.align.push("right") : this.rules.other.tableAlignCenter.test(i) ? o.align.push("center") : this.rules.other.tableAlignLeft.test(i) ? o.align.push("left") : o.align.push(null);
      for (let i = 0; i < n.length; i++) o.header.push({ text: n[i], tokens: this.lexer.inline(n[i]), header: true, align: o.align[i] });
      for (let i of s) o.rows.push(be(i, o.header.length).map((a, c) => ({ text: a, tokens: this.lexer.inline(a), header: false, align: o.align[c] })));
      return o;
    }
  }
  lheading(e) {
    let t = this.rules.block.lheading.exec(e);
    if (t) {
      let n = t[1].trim();
      return { type: "heading", raw: C(t[0], `
`), depth: t[2].charAt(0) === "=" ? 1 : 2, text: n, tokens: this.lexer.inline(n) };
    }
  }
  paragraph(e) {
    let t = this.rules.block.paragraph.exec(e);
    if (t) {
      let n = t[1].charAt(t[1].length - 1) === `
` ? t[1].slice(0, -1) : t[1];
      return { type: "paragraph", raw: t[0], text: n, tokens: this.lexer.inline(n) };
    }
  }
  text(e) {
    let t = this.rules.block.text.exec(e);
    if (t) return { type: "text", raw: t[0], text: t[0], tokens: this.lexer.inline(t[0]) };
  }
  escape(e) {
    if (e.charCodeAt(0) !== 92) return;
    let t = this.rules.inline.escape.exec(e);
    if (t) return { type: "escape", raw: t[0], text: t[1] };
  }
  tag(e) {
    if (e.charCodeAt(0) !== 60) return;
    let t = this.rules.inline.tag.exec(e);
    if (t) return !this.lexer.state.inLink && this.rules.other.startATag.test(t[0]) ? this.lexer.state.inLink = true : this.lexer.state.inLink && this.rules.other.endATag.test(t[0]) && (this.lexer.state.inLink = false), !this.lexer.state.inRawBlock && this.rules.other.startPreScriptTag.test(t[0]) ? this.lexer.state.inRawBlock = true : this.lexer.state.inRawBlock && this.rules.other.endPreScriptTag.test(t[0]) && (this.lexer.state.inRawBlock = false), { type: "html", raw: t[0], inLink: this.lexer.state.inLink, inRawBlock: this.lexer.state.inRawBlock, block: false, text: t[0] };
  }
  link(e) {
    if (this.lexer.state.linkParenPossible === false) return;
    let t = e.charCodeAt(0);
    if (t !== 91 && t !== 33) return;
    let n = this.rules.inline.link.exec(e);
    if (n) {
      let r = n[0].charAt(0) === "!" ? 2 : 1;
      if (!this.options.pedantic && Ze(e, n[1], r, this.rules)) return;
      let s = n[2].trim();
      if (!this.options.pedantic && this.rules.other.startAngleBracket.test(s)) {
        if (!this.rules.other.endAngleBracket.test(s)) return;
        let c = C(s.slice(0, -1), "\\");
        if ((s.length - c.length) % 2 === 0) return;
      } else {
        let c = Te(n[2], "()");
        if (c === -2) return;
        if (c > -1) {
          let d = (n[0].indexOf("!") === 0 ? 5 : 4) + n[1].length + c;
          n[2] = n[2].substring(0, c), n[0] = n[0].substring(0, d).trim(), n[3] = "";
        }
      }
      let o = C(n[0].slice(0, -1), "\\");
      if ((n[0].length - o.length) % 2 === 0) return;
      let i = n[2], a = "";
      if (this.options.pedantic) {
        let c = this.rules.other.pedanticHrefTitle.exec(i);
        c && (i = c[1], a = c[3]);
      } else a = n[3] ? n[3].slice(1, -1) : "";
      return i = i.trim(), this.rules.other.startAngleBracket.test(i) && (this.options.pedantic && !this.rules.other.endAngleBracket.test(s) ? i = i.slice(1) : i = i.slice(1, -1)), He(n, { href: i && i.replace(this.rules.inline.anyPunctuation, "$1"), title: a && a.replace(this.rules.inline.anyPunctuation, "$1") }, n[0], this.lexer, this.rules);
    }
  }
  reflink(e, t) {
    let n = e.charCodeAt(0);
    if (n !== 91 && n !== 33) return;
    let r;
    if ((r = this.rules.inline.reflink.exec(e)) || (r = this.rules.inline.nolink.exec(e))) {
      let s = r[0].charAt(0) === "!" ? 2 : 1;
      if (!this.options.pedantic && Ze(e, r[1], s, this.rules)) return;
      let o = t[W(r[2] || r[1])];
      if (!o) {
        let i = r[0].charAt(0);
        return { type: "text", raw: i, text: i };
      }
      return He(r, o, r[0], this.lexer, this.rules);
    }
  }
  emStrong(e, t, n = "") {
    let r = this.rules.inline.emStrongLDelim.exec(e);
    if (!r || !r[1] && !r[2] && !r[3] && !r[4]) return;
    let s = r[0][0], o = n === s, i = t.length - e.length, a = i;
    for (; !this.options.pedantic && a > 0 && t[a - 1] === s; ) a--;
    let c = [...t.slice(Math.max(0, a - 2), a)].at(-1) ?? "", u = c === "*" || c === "_" || !!this.rules.inline.punctuation.exec(c);
    a < i && (n = c);
    let d = a < i ? u : n === "*" || n === "_" || !!this.rules.inline.punctuation.exec(n);
    if (r[4] && n.match(this.rules.other.unicodeAlphaNumeric)) return;
    let h = r[1] || r[3] || "";
    if (!h || !n || d) {
      let p = [...r[0]].length - 1, k, m, b = p, f = 0, R = i - a + p, E = !this.options.pedantic && !!c.trim() && (!!h || s === "*" && !u);
      if (s !== "*" && s !== "_") return;
      let T = s === "*" ? this.rules.inline.emStrongRDelimAst : this.rules.inline.emStrongRDelimUnd, U = oe(this, t, s), H = t.length - e.length + p;
      if (U < H) return;
      t = t.slice(-1 * e.length + p);
      let K = U - H;
      for (T.lastIndex = 0; (r = T.exec(t)) !== null && !(r.index > K); ) {
        if (k = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !k) continue;
        if (m = [...k].length, r[3] || r[4]) {
          b += m;
          continue;
        } else if ((r[5] || r[6] || E) && R % 3 && !((R + m) % 3)) {
          if (o && (r[5] || r[6])) break;
          f += m;
          continue;
        }
        if (b -= m, b > 0) continue;
        m = Math.min(m, m + b + f);
        let re = [...r[0]][0].length, B = e.slice(0, p + r.index + re + m);
        if (Math.min(p, m) % 2) {
          let se = B.slice(1, -1);
          return { type: "em", raw: B, text: se, tokens: this.lexer.inlineTokens(se) };
        }
        let X = B.slice(2, -2);
        return { type: "strong", raw: B, text: X, tokens: this.lexer.inlineTokens(X) };
      }
    }
  }
  codespan(e) {
    if (e.charCodeAt(0) !== 96) return;
    let t = this.rules.inline.code.exec(e);
    if (t) {
      let n = t[2].replace(this.rules.other.newLineCharGlobal, " "), r = this.rules.other.nonSpaceChar.test(n), s = this.rules.other.startingSpaceChar.test(n) && this.rules.other.endingSpaceChar.test(n);
      return r && s && (n = n.substring(1, n.length - 1)), { type: "codespan", raw: t[0], text: n };
    }
  }
  br(e) {
    let t = e.charCodeAt(0);
    if (t !== 32 && t !== 92 && t !== 10) return;
    let n = this.rules.inline.br.exec(e);
    if (n) return { type: "br", raw: n[0] };
  }
  del(e, t, n = "") {
    if (e.charCodeAt(0) !== 126) return;
    let r = this.rules.inline.delLDelim.exec(e);
    if (!r) return;
    if (!(r[1] || "") || !n || this.rules.inline.punctuation.exec(n)) {
      let o = [...r[0]].length - 1, i, a, c = o, u = this.rules.inline.delRDelim, d = ae(this, t), h = t.length - e.length + o;
      if (d < h) return;
      t = t.slice(-1 * e.length + o);
      let p = d - h;
      for (u.lastIndex = 0; (r = u.exec(t)) !== null && !(r.index > p); ) {
        if (i = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !i || (a = [...i].length, a !== o)) continue;
        if (r[3] || r[4]) {
          c += a;
          continue;
        }
        if (c -= a, c > 0) continue;
        a = Math.min(a, a + c);
        let k = [...r[0]][0].length, m = e.slice(0, o + r.index + k + a), b = m.slice(o, -o);
        return { type: "del", raw: m, text: b, tokens: this.lexer.inlineTokens(b) };
      }
    }
  }
  autolink(e) {
    if (e.charCodeAt(0) !== 60) return;
    let t = this.rules.inline.autolink.exec(e);
    if (t) {
      let n, r;
      return t[2] === "@" ? (n = t[1], r = "mailto:" + n) : (n = t[1], r = n), { type: "link", raw: t[0], text: n, href: r, autolink: true, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  url(e) {
    let t;
    if (t = this.rules.inline.url.exec(e)) {
      let n, r;
      if (t[2] === "@") n = t[0], r = "mailto:" + n;
      else {
        let s;
        do
          s = t[0], t[0] = this.rules.inline._backpedal.exec(t[0])?.[0] ?? "";
        while (s !== t[0]);
        n = t[0], t[1] === "www." ? r = "http://" + t[0] : r = t[0];
      }
      return { type: "link", raw: t[0], text: n, href: r, autolink: true, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  inlineText(e) {
    let t = this.rules.inline.text.exec(e);
    if (t) {
      let n = this.lexer.state.inRawBlock;
      return { type: "text", raw: t[0], text: n ? t[0] : De(t[0]), escaped: n };
    }
  }
};
var w = class l {
  tokens;
  options;
  state;
  inlineQueue;
  tokenizer;
  constructor(e) {
    this.tokens = [], this.tokens.links = /* @__PURE__ */ Object.create(null), this.options = e || S, this.options.tokenizer = this.options.tokenizer || new _(), this.tokenizer = this.options.tokenizer, this.tokenizer.options = this.options, this.tokenizer.lexer = this, this.inlineQueue = [], this.state = { inLink: false, inRawBlock: false, linkEmitted: false, linkParenPossible: true, top: true };
    let t = { other: O, block: ee.normal, inline: F.normal };
    this.options.pedantic ? (t.block = ee.pedantic, t.inline = F.pedantic) : this.options.gfm && (t.block = ee.gfm, this.options.breaks ? t.inline = F.breaks : t.inline = F.gfm), this.tokenizer.rules = t;
  }
  static get rules() {
    return { block: ee, inline: F };
  }
  static lex(e, t) {
    return new l(t).lex(e);
  }
  static lexInline(e, t) {
    return new l(t).inlineTokens(e);
  }
  lex(e) {
    e = e.replace(O.carriageReturn, `
`), this.blockTokens(e, this.tokens);
    for (let t = 0; t < this.inlineQueue.length; t++) {
      let n = this.inlineQueue[t];
      this.state.inRawBlock = false, this.inlineTokens(n.src, n.tokens);
    }
    return this.inlineQueue = [], this.tokens;
  }
  blockTokens(e, t = [], n = false) {
    this.tokenizer.lexer = this;
    let r = this.state.lastToken;
    this.options.pedantic && (e = e.replace(O.tabCharGlobal, "    ").replace(O.spaceLine, ""));
    let s = 1 / 0, o, i = this.options.gfm && !this.options.pedantic && this.tokenizer.paragraph === _.prototype.paragraph;
    for (; e; ) {
      if (e.length < s) s = e.length;
      else {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
      this.state.lastToken = t.at(-1);
      let a;
      if (this.options.extensions?.block?.some((u) => (a = u.call({ lexer: this }, e, t)) ? (e = e.substring(a.raw.length), t.push(a), true) : false)) continue;
      if (a = this.tokenizer.space(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        a.raw.length === 1 && u !== void 0 ? u.raw += `
` : t.push(a);
        continue;
      }
      if (a = this.tokenizer.code(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.at(-1).src = u.text) : t.push(a);
        continue;
      }
      if (a = this.tokenizer.fences(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.heading(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.hr(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.blockquote(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.list(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.html(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.def(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.raw, this.inlineQueue.at(-1).src = u.text) : (this.tokens.links[a.tag] || (this.tokens.links[a.tag] = { href: a.href, title: a.title }), t.push(a));
        continue;
      }
      if (a = this.tokenizer.table(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.lheading(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      let c = e;
      if (this.options.extensions?.startBlock) {
        let u = 1 / 0, d = e.slice(1), h;
        this.options.extensions.startBlock.forEach((p) => {
          h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
        }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
      }
      if (this.state.top && (a = this.tokenizer.paragraph(c))) {
        let u = t.at(-1);
        (n || u === o && i) && u?.type === "paragraph" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text, o = u) : (t.push(a), o = a), n = c.length !== e.length, e = e.substring(a.raw.length);
        continue;
      }
      if (a = this.tokenizer.text(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text) : t.push(a);
        continue;
      }
      if (e) {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
    }
    return this.state.top = true, this.state.lastToken = r, t;
  }
  inline(e, t = []) {
    return this.inlineQueue.push({ src: e, tokens: t }), t;
  }
  linkInText(e) {
    if (!e.includes("[")) return false;
    let t = this.tokenizer.rules.inline.link;
    for (let n of e.matchAll(this.tokenizer.rules.inline.blockSkip)) if (t.test(n[0]) && e.charAt(n.index - 1) !== "!") return true;
    for (let n of e.matchAll(this.tokenizer.rules.inline.reflinkSearch)) {
      let r = n[0], s = r.lastIndexOf("[");
      if (!(r.charAt(0) === "!" || !Object.hasOwn(this.tokens.links, W(r.slice(s + 1, -1)))) && !(s > 1 && this.linkInText(r.slice(1, s - 1)))) return true;
    }
    return false;
  }
  inlineTokens(e, t = []) {
    this.tokenizer.lexer = this;
    let n = this.state.linkParenPossible;
    this.state.linkParenPossible = e.includes(")");
    try {
      return this.#t(e, t);
    } finally {
      this.state.linkParenPossible = n;
    }
  }
  #t(e, t) {
    let n = e.includes("*") || e.includes("_") || e.includes("~"), r = n || this.options.hooks?.emStrongMask || this.tokenizer.emStrong !== _.prototype.emStrong || this.tokenizer.del !== _.prototype.del ? this.#r(e) : e;
    if (!n) return this.#e(e, r, t);
    qe(this.tokenizer, r);
    try {
      return this.#e(e, r, t);
    } finally {
      ve(this.tokenizer);
    }
  }
  #e(e, t, n) {
    let r = false, s = "", o = 1 / 0;
    for (; e; ) {
      if (e.length < o) o = e.length;
      else {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
      r || (s = ""), r = false;
      let i;
      if (this.options.extensions?.inline?.some((u) => (i = u.call({ lexer: this }, e, n)) ? (e = e.substring(i.raw.length), n.push(i), true) : false)) continue;
      if (i = this.tokenizer.escape(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.tag(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.link(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.reflink(e, this.tokens.links)) {
        e = e.substring(i.raw.length);
        let u = n.at(-1);
        i.type === "text" && u?.type === "text" ? (u.raw += i.raw, u.text += i.text) : n.push(i);
        continue;
      }
      let a = e[0];
      if (a === "*" || a === "_") {
        let u = t.length - e.length;
        if (oe(this.tokenizer, t, a) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === a.charCodeAt(0); ) h++;
          let p = e.substring(0, h), k = n.at(-1);
          k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a, r = true;
          continue;
        }
      } else if (a === "~") {
        let u = t.length - e.length;
        if (ae(this.tokenizer, t) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === 126; ) h++;
          let p = e.substring(0, h), k = n.at(-1);
          k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a, r = true;
          continue;
        }
      }
      if (i = this.tokenizer.emStrong(e, t, s)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.codespan(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.br(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.del(e, t, s)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.autolink(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (!this.state.inLink && (i = this.tokenizer.url(e))) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      let c = e;
      if (this.options.extensions?.startInline) {
        let u = 1 / 0, d = e.slice(1), h;
        this.options.extensions.startInline.forEach((p) => {
          h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
        }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
      }
      if (i = this.tokenizer.inlineText(c)) {
        e = e.substring(i.raw.length), i.raw.slice(-1) !== "_" && (s = i.raw.slice(-1)), r = true;
        let u = n.at(-1);
        u?.type === "text" ? (u.raw += i.raw, u.text += i.text) : n.push(i);
        continue;
      }
      if (e) {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
    }
    return n;
  }
  #n(e) {
    let { blockSkip: t, tag: n, autolink: r } = this.tokenizer.rules.inline, s = "", o = 0, i;
    for (t.lastIndex = 0; i = t.exec(e); ) {
      let a = i.index + (i[2] ? i[2].length : 0), c = i.index + i[0].length;
      if (e.charAt(a) === "<") {
        let u = e.slice(a), d = n.exec(u) || r.exec(u);
        if (!d) {
          t.lastIndex = a + 1;
          continue;
        }
        c = a + d[0].length, t.lastIndex = c;
      }
      s += e.slice(o, a) + "[" + "a".repeat(c - a - 2) + "]", o = c;
    }
    return s + e.slice(o);
  }
  #r(e) {
    let t = e;
    if (this.tokens.links && e.includes("[")) {
      let n = this.tokenizer.rules.inline.reflinkSearch, r = (s) => {
        let o = s.lastIndexOf("[");
        if (!Object.hasOwn(this.tokens.links, W(s.slice(o + 1, -1)))) return s;
        if (o > 1 && s.charAt(0) !== "!") {
          let i = s.slice(1, o - 1);
          if (this.linkInText(i)) return "[" + i.replace(n, r) + "][" + "a".repeat(s.length - o - 2) + "]";
        }
        return "[" + "a".repeat(s.length - 2) + "]";
      };
      t = t.replace(n, r);
    }
    return t = t.replace(this.tokenizer.rules.inline.anyPunctuationOutsideCode, (n, r, s) => s ? "+".repeat(n.length) : r ? r + n.slice(r.length, -r.length).replace(/`/g, "+") + r : n), t = this.#n(t), t = this.options.hooks?.emStrongMask?.call({ lexer: this }, t) ?? t, t;
  }
  infiniteLoopError(e) {
    let t = "Infinite loop on byte: " + e;
    if (this.options.silent) console.error(t);
    else throw new Error(t);
  }
};
var I = class {
  options;
  parser;
  constructor(e) {
    this.options = e || S;
  }
  space(e) {
    return "";
  }
  code({ text: e, lang: t, escaped: n }) {
    let r = (t || "").match(O.notSpaceStart)?.[0], s = e ? e.replace(O.endingNewline, "") + `
` : "";
    return r ? '<pre><code class="language-' + y(r) + '">' + (n ? s : y(s, true)) + `</code></pre>
` : "<pre><code>" + (n ? s : y(s, true)) + `</code></pre>
`;
  }
  blockquote({ tokens: e }) {
    return `<blockquote>
${this.parser.parse(e)}</blockquote>
`;
  }
  html({ text: e }) {
    return e;
  }
  def(e) {
    return "";
  }
  heading({ tokens: e, depth: t }) {
    return `<h${t}>${this.parser.parseInline(e)}</h${t}>
`;
  }
  hr(e) {
    return `<hr>
`;
  }
  list(e) {
    let t = e.ordered, n = e.start, r = "";
    for (let i = 0; i < e.items.length; i++) {
      let a = e.items[i];
      r += this.listitem(a);
    }
    let s = t ? "ol" : "ul", o = t && n !== 1 ? ' start="' + n + '"' : "";
    return "<" + s + o + `>
` + r + "</" + s + `>
`;
  }
  listitem(e) {
    return `<li>${this.parser.parse(e.tokens)}</li>
`;
  }
  checkbox({ checked: e }) {
    return "<input " + (e ? 'checked="" ' : "") + 'disabled="" type="checkbox"> ';
  }
  paragraph({ tokens: e }) {
    return `<p>${this.parser.parseInline(e)}</p>
`;
  }
  table(e) {
    let t = "", n = "";
    for (let s = 0; s < e.header.length; s++) n += this.tablecell(e.header[s]);
    t += this.tablerow({ text: n });
    let r = "";
    for (let s = 0; s < e.rows.length; s++) {
      let o = e.rows[s];
      n = "";
      for (let i = 0; i < o.length; i++) n += this.tablecell(o[i]);
      r += this.tablerow({ text: n });
    }
    return r && (r = `<tbody>${r}</tbody>`), `<table>
<thead>
` + t + `</thead>
` + r + `</table>
`;
  }
  tablerow({ text: e }) {
    return `<tr>
${e}</tr>
`;
  }
  tablecell(e) {
    let t = this.parser.parseInline(e.tokens), n = e.header ? "th" : "td";
    return (e.align ? `<${n} align="${e.align}">` : `<${n}>`) + t + `</${n}>
`;
  }
  strong({ tokens: e }) {
    return `<strong>${this.parser.parseInline(e)}</strong>`;
  }
  em({ tokens: e }) {
    return `<em>${this.parser.parseInline(e)}</em>`;
  }
  codespan({ text: e }) {
    return `<code>${y(e, true)}</code>`;
  }
  br(e) {
    return "<br>";
  }
  del({ tokens: e }) {
    return `<del>${this.parser.parseInline(e)}</del>`;
  }
  link({ href: e, title: t, text: n, tokens: r, autolink: s }) {
    let o = s ? y(n, true) : this.parser.parseInline(r), i = xe(e);
    if (i === null) return o;
    e = y(i, s);
    let a = '<a href="' + e + '"';
    return t && (a += ' title="' + y(t) + '"'), a += ">" + o + "</a>", a;
  }
  image({ href: e, title: t, text: n, tokens: r }) {
    r && (n = this.parser.parseInline(r, this.parser.textRenderer));
    let s = xe(e);
    if (s === null) return y(n);
    e = s;
    let o = `<img src="${y(e)}" alt="${y(n)}"`;
    return t && (o += ` title="${y(t)}"`), o += ">", o;
  }
  text(e) {
    return "tokens" in e && e.tokens ? this.parser.parseInline(e.tokens) : "escaped" in e && e.escaped ? e.text : y(e.text);
  }
};
var z = class {
  parser;
  strong({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  em({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  codespan({ text: e }) {
    return e;
  }
  del({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  html({ text: e }) {
    return e;
  }
  text({ text: e }) {
    return e;
  }
  link({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  image({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  br() {
    return `
`;
  }
  checkbox({ raw: e }) {
    return e;
  }
};
var P = class l2 {
  options;
  renderer;
  textRenderer;
  constructor(e) {
    this.options = e || S, this.options.renderer = this.options.renderer || new I(), this.renderer = this.options.renderer, this.renderer.options = this.options, this.renderer.parser = this, this.textRenderer = new z(), this.textRenderer.parser = this;
  }
  static parse(e, t) {
    return new l2(t).parse(e);
  }
  static parseInline(e, t) {
    return new l2(t).parseInline(e);
  }
  parse(e) {
    this.renderer.parser = this;
    let t = "";
    for (let n = 0; n < e.length; n++) {
      let r = e[n];
      if (this.options.extensions?.renderers?.[r.type]) {
        let o = r, i = this.options.extensions.renderers[o.type].call({ parser: this }, o);
        if (i !== false || !["space", "hr", "heading", "code", "table", "blockquote", "list", "checkbox", "html", "def", "paragraph", "text"].includes(o.type)) {
          t += i === false ? "" : i ?? "";
          continue;
        }
      }
      let s = r;
      switch (s.type) {
        case "space": {
          t += this.renderer.space(s);
          break;
        }
        case "hr": {
          t += this.renderer.hr(s);
          break;
        }
        case "heading": {
          t += this.renderer.heading(s);
          break;
        }
        case "code": {
          t += this.renderer.code(s);
          break;
        }
        case "table": {
          t += this.renderer.table(s);
          break;
        }
        case "blockquote": {
          t += this.renderer.blockquote(s);
          break;
        }
        case "list": {
          t += this.renderer.list(s);
          break;
        }
        case "checkbox": {
          t += this.renderer.checkbox(s);
          break;
        }
        case "html": {
          t += this.renderer.html(s);
          break;
        }
        case "def": {
          t += this.renderer.def(s);
          break;
        }
        case "paragraph": {
          t += this.renderer.paragraph(s);
          break;
        }
        case "text": {
          t += this.renderer.text(s);
          break;
        }
        default: {
          let o = 'Token with "' + s.type + '" type was not found.';
          if (this.options.silent) return console.error(o), "";
          throw new Error(o);
        }
      }
    }
    return t;
  }
  parseInline(e, t = this.renderer) {
    this.renderer.parser = this;
    let n = "";
    for (let r = 0; r < e.length; r++) {
      let s = e[r];
      if (this.options.extensions?.renderers?.[s.type]) {
        let i = this.options.extensions.renderers[s.type].call({ parser: this }, s);
        if (i !== false || !["escape", "html", "link", "image", "checkbox", "strong", "em", "codespan", "br", "del", "text"].includes(s.type)) {
          n += i === false ? "" : i ?? "";
          continue;
        }
      }
      let o = s;
      switch (o.type) {
        case "escape": {
          n += t.text(o);
          break;
        }
        case "html": {
          n += t.html(o);
          break;
        }
        case "link": {
          n += t.link(o);
          break;
        }
        case "image": {
          n += t.image(o);
          break;
        }
        case "checkbox": {
          n += t.checkbox(o);
          break;
        }
        case "strong": {
          n += t.strong(o);
          break;
        }
        case "em": {
          n += t.em(o);
          break;
        }
        case "codespan": {
          n += t.codespan(o);
          break;
        }
        case "br": {
          n += t.br(o);
          break;
        }
        case "del": {
          n += t.del(o);
          break;
        }
        case "text": {
          n += t.text(o);
          break;
        }
        default: {
          let i = 'Token with "' + o.type + '" type was not found.';
          if (this.options.silent) return console.error(i), "";
          throw new Error(i);
        }
      }
    }
    return n;
  }
};
var A = class {
  options;
  block;
  constructor(e) {
    this.options = e || S;
  }
  static passThroughHooks = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens", "emStrongMask"]);
  static passThroughHooksRespectAsync = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens"]);
  preprocess(e) {
    return e;
  }
  postprocess(e) {
    return e;
  }
  processAllTokens(e) {
    return e;
  }
  emStrongMask(e) {
    return e;
  }
  provideLexer(e = this.block) {
    return e ? w.lex : w.lexInline;
  }
  provideParser(e = this.block) {
    return e ? P.parse : P.parseInline;
  }
};
function M(l3, e) {
  if (Array.isArray(e)) for (let t = 0; t < e.length; t++) l3.push(e[t]);
  else l3.push(e);
}
var ne = class {
  defaults = G();
  options = this.setOptions;
  parse = this.parseMarkdown(true);
  parseInline = this.parseMarkdown(false);
  Parser = P;
  Renderer = I;
  TextRenderer = z;
  Lexer = w;
  Tokenizer = _;
  Hooks = A;
  constructor(...e) {
    this.use(...e);
  }
  walkTokens(e, t) {
    let n = [];
    for (let r of e) switch (M(n, t.call(this, r)), r.type) {
      case "table": {
        let s = r;
        for (let o of s.header) M(n, this.walkTokens(o.tokens, t));
        for (let o of s.rows) for (let i of o) M(n, this.walkTokens(i.tokens, t));
        break;
      }
      case "list": {
        let s = r;
        M(n, this.walkTokens(s.items, t));
        break;
      }
      default: {
        let s = r;
        this.defaults.extensions?.childTokens?.[s.type] ? this.defaults.extensions.childTokens[s.type].forEach((o) => {
          let i = s[o].flat(1 / 0);
          M(n, this.walkTokens(i, t));
        }) : s.tokens && M(n, this.walkTokens(s.tokens, t));
      }
    }
    return n;
  }
  use(...e) {
    let t = this.defaults.extensions || { renderers: /* @__PURE__ */ Object.create(null), childTokens: /* @__PURE__ */ Object.create(null) };
    return e.forEach((n) => {
      let r = { ...n };
      if (r.async = this.defaults.async || r.async || false, n.extensions && (n.extensions.forEach((s) => {
        if (!s.name) throw new Error("extension name required");
        if ("renderer" in s) {
          let o = t.renderers[s.name];
          o ? t.renderers[s.name] = function(...i) {
            let a = s.renderer.apply(this, i);
            return a === false && (a = o.apply(this, i)), a;
          } : t.renderers[s.name] = s.renderer;
        }
        if ("tokenizer" in s) {
          if (!s.level || s.level !== "block" && s.level !== "inline") throw new Error("extension level must be 'block' or 'inline'");
          let o = t[s.level];
          o ? o.unshift(s.tokenizer) : t[s.level] = [s.tokenizer], s.start && (s.level === "block" ? t.startBlock ? t.startBlock.push(s.start) : t.startBlock = [s.start] : s.level === "inline" && (t.startInline ? t.startInline.push(s.start) : t.startInline = [s.start]));
        }
        "childTokens" in s && s.childTokens && (t.childTokens[s.name] = s.childTokens);
      }), r.extensions = t), n.renderer) {
        let s = this.defaults.renderer || new I(this.defaults);
        for (let o in n.renderer) {
          if (!(o in s)) throw new Error(`renderer '${o}' does not exist`);
          if (["options", "parser"].includes(o)) continue;
          let i = o, a = n.renderer[i], c = s[i];
          s[i] = (...u) => {
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d === false ? "" : d ?? "";
          };
        }
        r.renderer = s;
      }
      if (n.tokenizer) {
        let s = this.defaults.tokenizer || new _(this.defaults);
        for (let o in n.tokenizer) {
          if (!(o in s)) throw new Error(`tokenizer '${o}' does not exist`);
          if (["options", "rules", "lexer"].includes(o)) continue;
          let i = o, a = n.tokenizer[i], c = s[i];
          s[i] = (...u) => {
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d;
          };
        }
        r.tokenizer = s;
      }
      if (n.hooks) {
        let s = this.defaults.hooks || new A();
        for (let o in n.hooks) {
          if (!(o in s)) throw new Error(`hook '${o}' does not exist`);
          if (["options", "block"].includes(o)) continue;
          let i = o, a = n.hooks[i], c = s[i];
          A.passThroughHooks.has(o) ? s[i] = (u) => {
            if (s.options.async && A.passThroughHooksRespectAsync.has(o)) return (async () => {
              let h = await a.call(s, u);
              return c.call(s, h);
            })();
            let d = a.call(s, u);
            return c.call(s, d);
          } : s[i] = (...u) => {
            if (s.options.async) return (async () => {
              let h = await a.apply(s, u);
              return h === false && (h = await c.apply(s, u)), h;
            })();
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d;
          };
        }
        r.hooks = s;
      }
      if (n.walkTokens) {
        let s = this.defaults.walkTokens, o = n.walkTokens;
        r.walkTokens = function(i) {
          let a = [];
          return M(a, o.call(this, i)), s && M(a, s.call(this, i)), a;
        };
      }
      this.defaults = { ...this.defaults, ...r };
    }), this;
  }
  setOptions(e) {
    return this.defaults = { ...this.defaults, ...e }, this;
  }
  lexer(e, t) {
    return w.lex(e, t ?? this.defaults);
  }
  parser(e, t) {
    return P.parse(e, t ?? this.defaults);
  }
  parseMarkdown(e) {
    return (n, r) => {
      let s = { ...r }, o = { ...this.defaults, ...s }, i = this.onError(!!o.silent, !!o.async);
      if (this.defaults.async === true && s.async === false) return i(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));
      if (typeof n > "u" || n === null) return i(new Error("marked(): input parameter is undefined or null"));
      if (typeof n != "string") return i(new Error("marked(): input parameter is of type " + Object.prototype.toString.call(n) + ", string expected"));
      if (o.hooks && (o.hooks.options = o, o.hooks.block = e), o.async) return (async () => {
        let a = o.hooks ? await o.hooks.preprocess(n) : n, u = await (o.hooks ? await o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(a, o), d = o.hooks ? await o.hooks.processAllTokens(u) : u;
        o.walkTokens && await Promise.all(this.walkTokens(d, o.walkTokens));
        let p = await (o.hooks ? await o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(d, o);
        return o.hooks ? await o.hooks.postprocess(p) : p;
      })().catch(i);
      try {
        o.hooks && (n = o.hooks.preprocess(n));
        let c = (o.hooks ? o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(n, o);
        o.hooks && (c = o.hooks.processAllTokens(c)), o.walkTokens && this.walkTokens(c, o.walkTokens);
        let d = (o.hooks ? o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(c, o);
        return o.hooks && (d = o.hooks.postprocess(d)), d;
      } catch (a) {
        return i(a);
      }
    };
  }
  onError(e, t) {
    return (n) => {
      if (n.message += `
Please report this to https://github.com/markedjs/marked.`, e) {
        let r = "<p>An error occurred:</p><pre>" + y(n.message + "", true) + "</pre>";
        return t ? Promise.resolve(r) : r;
      }
      if (t) return Promise.reject(n);
      throw n;
    };
  }
};
var v = new ne();
function x(l3, e) {
  return v.parse(l3, e);
}
x.options = x.setOptions = function(l3) {
  return v.setOptions(l3), x.defaults = v.defaults, ue(x.defaults), x;
};
x.getDefaults = G;
x.defaults = S;
function jt(...l3) {
  return v.use(...l3), x.defaults = v.defaults, ue(x.defaults), x;
}
x.use = jt;
x.walkTokens = function(l3, e) {
  return v.walkTokens(l3, e);
};
x.parseInline = v.parseInline;
x.Parser = P;
x.parser = P.parse;
x.Renderer = I;
x.TextRenderer = z;
x.Lexer = w;
x.lexer = w.lex;
x.Tokenizer = _;
x.Hooks = A;
x.parse = x;
var En = x.options;
var zn = x.setOptions;
var Mn = x.walkTokens;
var Bn = x.parseInline;
var qn = P.parse;
var vn = w.lex;

// src/language/lexicon.ts
var set = (words3) => new Set(words3.trim().split(/\s+/));
var DETERMINERS = set(`
  the a an our your their its his her my this that these those every each all any some several
  both either such another other own same whose
`);
var PREPOSITIONS = set(`
  on in into onto with from for to by at of about using via through over under across against per
  after before during without within between among as like than including towards toward upon off
  out up around behind beyond beside besides despite except inside outside throughout
`);
var CONJUNCTIONS = set("and or nor but so yet plus");
var AUXILIARIES = set(`
  is are was were be been being am do does did done have has had having will would can could may
  might must shall should get gets got getting
`);
var BE_FORMS = set("is are was were be been being am get gets got getting");
var HAVE_FORMS = set("have has had having");
var PERSONAL_PRONOUNS = set("we i you they he she it us them me him one ourselves yourself yourselves themselves itself");
var SUBJECT_PRONOUNS = set("we i you they he she");
var RELATIVE_PRONOUNS = set("that which who whom whose");
var OBJECT_PRONOUNS = set("it them this these those");
var ADVERBS = set(`
  also always only further again still then now later already previously originally initially first
  regularly continuously continually constantly periodically automatically manually frequently
  occasionally routinely weekly daily monthly nightly hourly yearly annually quarterly internally
  locally centrally separately together anonymously securely currently subsequently additionally
  primarily mainly solely exclusively partly partially fully jointly directly indirectly actively
  ever even just newly specially specifically custom well highly offline online thereby therefore
  thus hence however too automatically once twice sometimes often rarely usually generally
`);
var LY_NOT_ADVERB = set("reply apply supply family anomaly anomalies assembly rally ally italy july jelly bully monopoly butterfly fly rely comply multiply imply early daily");
function isAdverb(word) {
  return ADVERBS.has(word) || word.length > 4 && word.endsWith("ly") && !LY_NOT_ADVERB.has(word);
}
var CLAUSE_BREAKERS = set("but however although though whereas while whilst nevertheless nonetheless otherwise");
var SUBORDINATORS = set("if unless whether when whenever once because since until till except");
var HYPOTHETICAL = set("if unless whether");
var EXCEPTION_OPENERS = set("unless until except if when whenever once");
var NEGATORS = set("not never nor neither");
var NEGATING_VERBS = set(`
  stop stops stopped stopping cease ceases ceased ceasing exclude excludes excluded excluding refrain refrains
  refrained avoid avoids avoided avoiding prohibit prohibits prohibited forbid forbids forbidden
`);
var GERUND_NEGATORS = set("stop stops stopped stopping cease ceases ceased ceasing avoid avoids avoided avoiding");
var NEGATIVE_DETERMINERS = set("no none nothing nobody neither");
var NOT_A_NEGATION_AFTER = set("only just merely limited necessarily");
var NEED_WORDS = set("need needs have has required obliged obligated necessary must");
var DENIAL_PREDICATES = set(`
  possible available offered supported allowed permitted performed done carried conducted undertaken used
  applied involved included enabled active part provided use uses involve involves include includes happen
  happens occur occurs take takes exist exists apply applies rely relies touch touches access accesses
  process processes draw draws see sees read reads run runs happen place
`);

// src/language/clauses.ts
var REACH = 40;
var MAIN_SUBJECTS = /* @__PURE__ */ new Set(["we", "they"]);
var SUBJECT_LEAD = /* @__PURE__ */ new Set(["there", "is", "are", "was", "were", "will", "be", "been", "and", "or", "so", "but", "also", "absolutely", "then", "therefore", "thus", "however", "currently", "at", "all", ",", "(", "yes", "no", "today", "still", "in", "addition", "that", "which"]);
var ONCE_CONJUNCTION_BEFORE = /* @__PURE__ */ new Set(["we", "you", "they", "i", "the", "your", "our", "their", "it", "consent", "data"]);
var USE_VERBS = /* @__PURE__ */ new Set(["use", "uses", "used", "using"]);
var CHOICE_WORDS = /* @__PURE__ */ new Set([
  "opt",
  "optout",
  "withdraw",
  "withdraws",
  "withdrew",
  "withdrawn",
  "withdrawing",
  "withdrawal",
  "object",
  "objects",
  "objected",
  "objecting",
  "revoke",
  "revokes",
  "revoked",
  "unsubscribe",
  "unsubscribes",
  "unsubscribed",
  "off",
  "disable",
  "disables",
  "disabled",
  "decline",
  "declines",
  "declined",
  "refuse",
  "refuses",
  "refused",
  "delete",
  "deletes",
  "deleted",
  "deactivate",
  "deactivates",
  "deactivated"
]);
var CONDITIONAL_EXCEPTIONS = /* @__PURE__ */ new Set(["if", "when", "whenever", "once"]);
function cutClauses(words3) {
  const clauses = [];
  let current = { from: 0, to: 0, opener: "", even: false };
  let subordinate = false;
  const open = (at2, opener, isSubordinate, even = false) => {
    if (at2 > current.from) {
      current.to = at2;
      clauses.push(current);
      current = { from: at2, to: at2, opener, even };
    } else {
      current.opener = opener;
      current.even = even;
    }
    subordinate = isSubordinate;
  };
  for (let index = 0; index < words3.length; index += 1) {
    const word = words3[index];
    const previous = words3[index - 1];
    const next = words3[index + 1];
    const afterNext = words3[index + 2];
    if (CLAUSE_BREAKERS.has(word) || word === "yet" && previous !== "not" || word === "instead" && next !== "of") {
      open(index, word, false);
    } else if (SUBORDINATORS.has(word) && (word !== "once" || index === current.from || previous === "," || ONCE_CONJUNCTION_BEFORE.has(next ?? ""))) {
      open(index, word, true, previous === "even");
    } else if (word === ",") {
      if (subordinate) open(index, ",", false);
      else if (next !== void 0 && CONJUNCTIONS.has(next) && afterNext !== void 0 && (SUBJECT_PRONOUNS.has(afterNext) || afterNext === "it" && AUXILIARIES.has(words3[index + 3] ?? ""))) open(index, next, false);
      else if (next !== void 0 && SUBJECT_PRONOUNS.has(next)) open(index, ",", false);
      else if (next === "which" || next === "who") open(index, "which", true);
    } else if (word === "(" || word === ")") {
      open(index, word, false);
    } else if ((word === "and" || word === "so") && next !== void 0 && SUBJECT_PRONOUNS.has(next) && index > current.from) {
      open(index, word, false);
    } else if (subordinate && MAIN_SUBJECTS.has(word) && index > current.from + 2 && !RELATIVE_PRONOUNS.has(previous ?? "") && SUBORDINATORS.has(current.opener)) {
      open(index, "", false);
    }
  }
  current.to = words3.length;
  clauses.push(current);
  return clauses;
}
function viewOf(sentence) {
  const words3 = sentence.tokens.map((token) => token.word);
  const clauses = cutClauses(words3);
  const clauseAt = new Array(words3.length);
  clauses.forEach((clause, index) => {
    for (let at2 = clause.from; at2 < clause.to; at2 += 1) clauseAt[at2] = index;
  });
  return { tokens: sentence.tokens, words: words3, question: sentence.question, clauses, clauseAt };
}
function isContentWord(word) {
  if (word === void 0 || word === "," || word === "(" || word === ")" || word === "to" || word === "not") return false;
  return !PREPOSITIONS.has(word) && !CONJUNCTIONS.has(word) && !AUXILIARIES.has(word) && !RELATIVE_PRONOUNS.has(word) && !SUBORDINATORS.has(word) && !NEGATORS.has(word) && !NEGATIVE_DETERMINERS.has(word);
}
function inSubjectPosition(view, clause, at2) {
  if (at2 - clause.from > REACH) return false;
  for (let index = clause.from; index < at2; index += 1) {
    const word = view.words[index];
    if (!SUBJECT_LEAD.has(word) && word !== clause.opener) return false;
  }
  return true;
}
function reachesForward(words3, at2, anchor) {
  let content = false;
  let relative2 = false;
  for (let index = at2 + 1; index < anchor; index += 1) {
    const word = words3[index];
    if (!content && (NEED_WORDS.has(word) && word !== "have" && word !== "has")) return false;
    if (!content && (word === "have" || word === "has") && words3[index + 1] === "to") return false;
    if (RELATIVE_PRONOUNS.has(word) && content) relative2 = true;
    else if (AUXILIARIES.has(word)) {
      if (content && !relative2) return false;
    } else if (!NEGATORS.has(word) && !isAdverb(word) && word !== ",") content = true;
  }
  return true;
}
function inNounPhrase(words3, at2, anchor) {
  for (let index = at2 + 1; index < anchor; index += 1) if (!isContentWord(words3[index])) return false;
  return true;
}
function negationAt(words3, index) {
  const word = words3[index];
  const next = words3[index + 1];
  if (word === "not") {
    if (next !== void 0 && NOT_A_NEGATION_AFTER.has(next)) return void 0;
    return next === "a" || next === "one" || next === "any" ? "determiner" : "adverb";
  }
  if (word === "no") {
    if (next === "longer") return "adverb";
    if (next === "matter") return void 0;
    return "determiner";
  }
  if (word === "without" || word === "instead" && next === "of" || word === "rather" && next === "than") return "local";
  if (GERUND_NEGATORS.has(word)) return next?.endsWith("ing") ? "local" : void 0;
  if (NEGATING_VERBS.has(word)) return "local";
  if (word === "neither") return "determiner";
  if (NEGATIVE_DETERMINERS.has(word)) return "determiner";
  if (NEGATORS.has(word)) return "adverb";
  return void 0;
}
function negatedBefore(view, clause, statement) {
  const { words: words3 } = view;
  for (let index = Math.max(clause.from, statement.anchor - REACH); index < statement.anchor; index += 1) {
    const kind = negationAt(words3, index);
    if (kind === void 0) continue;
    if (kind === "local") {
      if (statement.start > index && statement.start - index <= 6 && !words3.slice(index + 1, statement.start).includes(",")) return true;
      continue;
    }
    if (kind === "determiner") {
      if (inSubjectPosition(view, clause, index) || words3[index - 2] === "there" && BE_FORMS.has(words3[index - 1] ?? "")) return true;
      if (USE_VERBS.has(words3[index - 1] ?? "") || words3[index] === "neither") {
        if (reachesForward(words3, index, statement.anchor)) return true;
      } else if (inNounPhrase(words3, index, statement.anchor)) return true;
      continue;
    }
    if (reachesForward(words3, index, statement.anchor)) return true;
  }
  return false;
}
function deniedAfter(view, clause, statement) {
  if (!statement.nominal) return false;
  const { words: words3 } = view;
  let index = statement.end + 1;
  while (index < clause.to && index - statement.end <= 8 && !AUXILIARIES.has(words3[index])) {
    const word = words3[index];
    if (word === "," || RELATIVE_PRONOUNS.has(word) || CONJUNCTIONS.has(word) || NEGATORS.has(word)) return false;
    index += 1;
  }
  if (index >= clause.to || !AUXILIARIES.has(words3[index])) return false;
  index += 1;
  const group = index;
  while (index < clause.to && index - group < 4 && (AUXILIARIES.has(words3[index]) || isAdverb(words3[index]))) index += 1;
  if (words3[index] !== "not" && words3[index] !== "never") return false;
  index += 1;
  const predicate = index;
  while (index < clause.to && index - predicate < 4 && (AUXILIARIES.has(words3[index]) || isAdverb(words3[index]))) index += 1;
  return index < clause.to && DENIAL_PREDICATES.has(words3[index]);
}
function hasChoiceWord(view, clause) {
  for (let index = clause.from; index < Math.min(clause.to, clause.from + REACH); index += 1) if (CHOICE_WORDS.has(view.words[index])) return true;
  return false;
}
function excepted(view, clauseIndex, statement, starts) {
  const { words: words3, clauses } = view;
  const clause = clauses[clauseIndex];
  for (let index = statement.end + 1; index < Math.min(clause.to, statement.end + 1 + REACH); index += 1) {
    const word = words3[index];
    if (word === "without" && !starts.has(index + 1) && !starts.has(index + 2) && !starts.has(index + 3)) return true;
    if (word === "other" && words3[index + 1] === "than" || word === "apart" && words3[index + 1] === "from" || word === "besides") return true;
  }
  const isException = (other) => other !== void 0 && !other.even && EXCEPTION_OPENERS.has(other.opener) && (!CONDITIONAL_EXCEPTIONS.has(other.opener) || hasChoiceWord(view, other));
  if (isException(clauses[clauseIndex + 1])) return true;
  return isException(clauses[clauseIndex - 1]);
}
function polarityOf(view, statement, starts, options = {}) {
  const clauseIndex = view.clauseAt[statement.anchor] ?? 0;
  const clause = view.clauses[clauseIndex];
  if (HYPOTHETICAL.has(clause.opener)) return options.suppositionsState ? "stated" : "supposed";
  const denied = statement.denied === true || negatedBefore(view, clause, statement) || deniedAfter(view, clause, statement);
  if (!denied) return "stated";
  return excepted(view, clauseIndex, statement, starts) ? "stated" : "denied";
}

// src/language/noun-phrases.ts
var MAX_WORDS = 6;
function phraseAfter(words3, from, limit, depth = 0) {
  let index = from;
  while (index < limit && index - from < MAX_WORDS && isAdverb(words3[index])) index += 1;
  const start = index;
  let determiner;
  while (index < limit && index - from < MAX_WORDS && (DETERMINERS.has(words3[index]) || NEGATIVE_DETERMINERS.has(words3[index]))) {
    determiner ??= words3[index];
    index += 1;
    if (words3[index] === "of" && index + 1 < limit && DETERMINERS.has(words3[index + 1])) index += 1;
  }
  if (determiner === void 0 && index < limit && (OBJECT_PRONOUNS.has(words3[index]) || PERSONAL_PRONOUNS.has(words3[index]))) {
    return { start: index, head: index, pronoun: true };
  }
  let head = -1;
  while (index < limit && index - start < MAX_WORDS && isContentWord(words3[index]) && !DETERMINERS.has(words3[index]) && !isAdverb(words3[index]) && !PERSONAL_PRONOUNS.has(words3[index])) {
    head = index;
    index += 1;
  }
  if (head < 0) return void 0;
  const phrase = { start, head, ...determiner === void 0 ? {} : { determiner } };
  if (words3[head + 1] === "of" && depth === 0) {
    const of = phraseAfter(words3, head + 2, limit, 1);
    if (of) phrase.of = of;
  }
  return phrase;
}
function phraseBefore(words3, end, floor, depth = 0) {
  let index = end - 1;
  while (index >= floor && end - index < MAX_WORDS && isAdverb(words3[index])) index -= 1;
  if (index < floor) return void 0;
  const last = words3[index];
  if (RELATIVE_PRONOUNS.has(last)) {
    if (depth > 0) return void 0;
    let before = index;
    if (words3[before - 1] === ",") before -= 1;
    return phraseBefore(words3, before, 0, 1);
  }
  if (PERSONAL_PRONOUNS.has(last)) return { start: index, head: index, pronoun: true };
  if (!isContentWord(last) || DETERMINERS.has(last)) return void 0;
  const head = index;
  let start = index;
  while (start - 1 >= floor && head - (start - 1) < MAX_WORDS && isContentWord(words3[start - 1]) && !DETERMINERS.has(words3[start - 1]) && !PERSONAL_PRONOUNS.has(words3[start - 1]) && !isAdverb(words3[start - 1])) start -= 1;
  let determiner;
  if (start - 1 >= floor && (DETERMINERS.has(words3[start - 1]) || NEGATIVE_DETERMINERS.has(words3[start - 1]))) {
    start -= 1;
    determiner = words3[start];
  }
  return { start, head, ...determiner === void 0 ? {} : { determiner } };
}

// src/language/tokens.ts
var TOKEN = /[\p{L}\p{N}]+(?:[-'’_][\p{L}\p{N}]+)*|[.!?;:,()|/&\n\u2022]/gu;
var ABBREVIATIONS = /* @__PURE__ */ new Set(["eg", "ie", "etc", "vs", "incl", "approx", "art", "no", "nr", "cf", "fig", "sec", "para", "dr", "mr", "mrs", "ms", "st", "al", "resp"]);
var JOINED_PREFIXES = /* @__PURE__ */ new Map([
  ["fine", /* @__PURE__ */ new Set(["tune", "tunes", "tuned", "tuning", "tunings"])],
  ["pre", /* @__PURE__ */ new Set(["train", "trains", "trained", "training"])],
  ["re", /* @__PURE__ */ new Set(["train", "trains", "trained", "training", "evaluate", "evaluates", "evaluated", "evaluating"])],
  ["e", /* @__PURE__ */ new Set(["mail", "mails"])]
]);
var INNER_FUNCTION_WORD = /^[\p{L}\p{N}]+-(?:to|of|and|in|on|by|for)-[\p{L}\p{N}]+$/u;
var IS_BEFORE_S = /* @__PURE__ */ new Set(["it", "that", "what", "there", "here", "he", "she", "who", "where", "this"]);
var CONTRACTION_BASE = { ca: "can", wo: "will", sha: "shall" };
var CONTRACTION_TAIL = { re: "are", ve: "have", ll: "will", d: "would", m: "am" };
function push(tokens, word, start, end) {
  tokens.push({ word, start, end });
}
function pushWord(tokens, raw, start) {
  const lower = raw.toLowerCase().replace(/’/g, "'");
  if (lower === "cannot") {
    push(tokens, "can", start, start + 3);
    push(tokens, "not", start + 3, start + 6);
    return;
  }
  if (INNER_FUNCTION_WORD.test(lower)) {
    push(tokens, lower, start, start + raw.length);
    return;
  }
  let offset = 0;
  const parts = lower.split(/([-'_])/);
  for (let index = 0; index < parts.length; index += 2) {
    const part = parts[index];
    const joiner = index > 0 ? parts[index - 1] : void 0;
    const from = start + offset;
    offset += part.length + (index + 1 < parts.length ? 1 : 0);
    if (joiner === "'") {
      const previous = tokens.at(-1);
      if (part === "t" && previous?.word.endsWith("n")) {
        const base = previous.word.slice(0, -1);
        previous.word = CONTRACTION_BASE[base] ?? base;
        previous.end -= 1;
        push(tokens, "not", previous.end, from + part.length);
        continue;
      }
      if (part === "s") {
        if (previous && IS_BEFORE_S.has(previous.word)) push(tokens, "is", from - 1, from + 1);
        continue;
      }
      const tail = CONTRACTION_TAIL[part];
      if (tail !== void 0) {
        push(tokens, tail, from - 1, from + part.length);
        continue;
      }
    }
    push(tokens, part, from, from + part.length);
  }
}
function joinCompounds(tokens) {
  const joined = [];
  for (const token of tokens) {
    const previous = joined.at(-1);
    if (previous && JOINED_PREFIXES.get(previous.word)?.has(token.word)) {
      previous.word += token.word;
      previous.end = token.end;
    } else {
      joined.push(token);
    }
  }
  return joined;
}
function isLetterOrDigit(char) {
  return char !== void 0 && /[\p{L}\p{N}]/u.test(char);
}
function endsSentence(text, index, previous) {
  if (isLetterOrDigit(text[index + 1])) return false;
  if (previous && previous.end === index && (previous.word.length === 1 || ABBREVIATIONS.has(previous.word))) return false;
  return true;
}
function sentencesOf(text) {
  const sentences = [];
  let tokens = [];
  const close = (question, label = false) => {
    if (tokens.length > 0) sentences.push({ tokens: joinCompounds(tokens), question, label });
    tokens = [];
  };
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    switch (raw) {
      case ".":
        if (endsSentence(text, start, tokens.at(-1))) close(false);
        break;
      case "?":
        close(true);
        break;
      case ":":
        close(false, true);
        break;
      case "!":
      case ";":
      case "|":
      case "\n":
      case "\u2022":
        close(false);
        break;
      case ",":
      case "(":
      case ")":
        push(tokens, raw, start, start + 1);
        break;
      case "/":
        push(tokens, "or", start, start + 1);
        break;
      case "&":
        push(tokens, "and", start, start + 1);
        break;
      default:
        pushWord(tokens, raw, start);
    }
  }
  close(false);
  return sentences;
}

// src/language/statements.ts
var LABEL_DENIALS = /* @__PURE__ */ new Set(["no", "none", "not", "never", "n", "na", "false", "nil"]);
function* readStatements(text, find, options) {
  const sentences = sentencesOf(text);
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index];
    if (!sentence.tokens.some((token) => options.triggers.has(token.word))) continue;
    const view = viewOf(sentence);
    const statements = find(view);
    if (statements.length === 0) continue;
    const answer = sentences[index + 1]?.tokens[0]?.word;
    const asked = sentence.question && (options.questions === "yes-answer" ? answer !== "yes" : answer === "no");
    const deniedByValue = sentence.label && answer !== void 0 && LABEL_DENIALS.has(answer);
    const starts = new Set(statements.map((statement) => statement.start));
    for (const statement of statements) {
      const polarity = asked ? "supposed" : deniedByValue ? "denied" : polarityOf(view, statement, starts, options);
      const start = view.tokens[statement.start].start;
      const end = view.tokens[statement.end].end;
      yield { phrase: text.slice(start, end), start, end, polarity };
    }
  }
}

// src/language/training-statement.ts
var VERBS = /* @__PURE__ */ new Map();
function verb(kind, passive, base, third, past, ing) {
  const before = base === "pretrain";
  VERBS.set(base, { kind, form: "base", passive, before });
  VERBS.set(third, { kind, form: "third", passive, before });
  for (const form of past) VERBS.set(form, { kind, form: "past", passive, before });
  VERBS.set(ing, { kind, form: "ing", passive, before });
}
verb("train", true, "train", "trains", ["trained"], "training");
verb("train", true, "retrain", "retrains", ["retrained"], "retraining");
verb("train", true, "pretrain", "pretrains", ["pretrained"], "pretraining");
verb("train", true, "finetune", "finetunes", ["finetuned"], "finetuning");
verb("train", true, "teach", "teaches", ["taught"], "teaching");
verb("tune", true, "tune", "tunes", ["tuned"], "tuning");
for (const base of ["improve", "enhance", "refine", "update", "calibrate", "optimise", "optimize", "adapt"]) {
  verb("improve", true, base, `${base}s`, [base.endsWith("e") ? `${base}d` : `${base}ed`], base.endsWith("e") ? `${base.slice(0, -1)}ing` : `${base}ing`);
}
verb("improve", false, "build", "builds", ["built"], "building");
verb("improve", false, "develop", "develops", ["developed"], "developing");
verb("improve", false, "create", "creates", ["created"], "creating");
for (const base of ["evaluate", "reevaluate", "validate", "measure"]) verb("evaluate", true, base, `${base}s`, [`${base}d`], `${base.slice(0, -1)}ing`);
for (const base of ["benchmark", "test", "assess"]) verb("evaluate", true, base, base.endsWith("s") ? `${base}es` : `${base}s`, [`${base}ed`], `${base}ing`);
verb("learn", false, "learn", "learns", ["learned", "learnt"], "learning");
var NOMINALS = new Map([
  ...["training", "retraining", "pretraining", "finetuning", "finetunings"].map((word) => [word, "train"]),
  ["tuning", "tune"],
  ...["improvement", "improvements", "enhancement", "enhancements", "refinement", "refinements", "update", "updates", "development", "optimisation", "optimization", "calibration", "adaptation"].map((word) => [word, "improve"]),
  ...["evaluation", "evaluations", "reevaluation", "benchmarking", "benchmarks", "testing", "validation", "assessment", "assessments"].map((word) => [word, "evaluate"])
]);
var words = (list) => new Set(list.trim().split(/\s+/));
var MODEL_NOUNS = words(`
  algorithm algorithms classifier classifiers llm llms ml predictor predictors ranker rankers recogniser recognisers
  recognizer recognizers recommender recommenders embedding embeddings regressor regressors detector detectors gpt
  transformer transformers
`);
var TRAINABLE_NOUNS = words(`
  assistant assistants bot bots chatbot chatbots copilot copilots system systems engine engines filter filters summariser
  summarisers summarizer summarizers tagger taggers autocomplete autocorrect recognition agent agents network networks
`);
var AI_MODIFIERS = words("ai ml llm neural algorithmic generative");
var MODEL_MODIFIERS = words("ai ml llm model models neural learning algorithmic generative recommendation ranking prediction predictive scoring language speech vision");
var ASPECTS = words("accuracy performance quality precision recall robustness weights parameters fairness predictions prediction outputs output behaviour behavior capabilities");
var NOT_MODEL_BEFORE = words(`
  business data pricing price revenue operating subscription threat role cost costing delivery financial domain object
  service licensing billing staffing care governance maturity access permission permissions security support sales
  working work franchise partnership engagement commission charging payment insurance tariff distribution hybrid fashion
  scale device phone vehicle car hardware product organisational organizational operational standard mental conceptual
  logical physical funding tax contractual engagement-based delivery-model
`);
var NOT_MODEL_AFTER = words("clause clauses contract contracts agreement agreements form forms letter letters policy policies number numbers name names year years citizen home homes");
var MODEL_AS_VERB_BEFORE = words("to we you they i");
var PEOPLE = words(`
  staff employee employees workforce personnel agent agents team teams people person persons worker workers volunteer
  volunteers manager managers driver drivers hire hires trainee trainees student students colleague colleagues apprentice
  apprentices nurse nurses teacher teachers moderator moderators annotator annotators reviewer reviewers member members
  user users customer customers clinician clinicians doctor doctors physician physicians pharmacist pharmacists officer
  officers recruiter recruiters interviewer interviewers operator operators engineer engineers developer developers
  contractor contractors representative representatives rep reps trainer trainers instructor instructors coach coaches
  leader leaders supervisor supervisors cashier cashiers technician technicians caregiver caregivers carer carers pilot
  pilots crew crews intern interns graduate graduates newcomer newcomers joiner joiners starter starters you yourself
  ourselves analyst analysts therapist therapists counsellor counsellors counselor counselors lawyer lawyers paralegal
  paralegals accountant accountants auditor auditors teammate teammates hr everyone everybody candidates candidate
  administrator administrators admins admin employer employers dispatcher dispatchers call-handlers handlers handler
`);
var PEOPLE_TRAINING_BEFORE = words(`
  staff employee employees workforce personnel compliance safety awareness onboarding induction security fire aid sales
  leadership mandatory internal gdpr privacy vocational professional customer user skills management manager job by
  product soft annual refresher agent agents team new-hire hr clinical first medical language driver diversity
`);
var DATA_NOUNS = words(`
  data dataset datasets message messages conversation conversations chat chats transcript transcripts recording recordings
  ticket tickets email emails document documents file files image images photo photos picture pictures video videos audio
  voice voices clip clips log logs query queries search searches click clicks post posts content contents text texts history
  histories review reviews feedback record records example examples sample samples interaction interactions usage telemetry
  signal signals note notes call calls meeting meetings prompt prompts response responses profile profiles event events
  session sessions upload uploads submission submissions input inputs correction corrections rating ratings label labels
  annotation annotations article articles corpus corpora scan scans report reports claim claims application applications
  cv cvs resume resumes transaction transactions statistics metric metrics trace traces keystroke keystrokes code snippet
  snippets question questions answer answers reply replies thread threads comment comments description descriptions
  listing listings order orders purchase purchases browsing location locations measurement measurements reading readings
  result results information material materials case cases diagnostics behaviour behavior footage speech utterances
`);
var TRAINING_SET_NOUNS = words("data dataset datasets set sets corpus corpora example examples sample samples pair pairs label labels signal signals input inputs");
var INSTRUMENTS = words("with using use uses via through by from employ employs employing leverage leverages leveraging apply applies applying powered");
var BASED_ON = words("based relies rely relying built runs run");
var ATTRIBUTIVE_BEFORE = words("already previously newly specially specifically custom well highly fully and or , ( self");
var ML_PURPOSES = words("research purposes purpose experiments experiment projects project");
var ML_GIVEN_BY = words("for including into towards toward");
var ML_PREFIXES = words("machine deep reinforcement federated");
var MAKE = words("make makes making made help helps helping helped get gets getting become becomes becoming grow grows growing keep keeps");
var SMARTER = words("smarter cleverer");
var MORE_SMART = words("intelligent accurate capable");
function modelNounAt(ws, at2) {
  const word = ws[at2];
  if (word === void 0) return false;
  if (word === "model" || word === "models") {
    const before = ws[at2 - 1] ?? "";
    return !NOT_MODEL_BEFORE.has(before) && !NOT_MODEL_AFTER.has(ws[at2 + 1] ?? "") && !MODEL_AS_VERB_BEFORE.has(before);
  }
  if (word === "ai") return ws[at2 + 1] !== "act";
  if (word === "network" || word === "networks" || word === "net" || word === "nets") return ws[at2 - 1] === "neural";
  if (word === "learning") return ML_PREFIXES.has(ws[at2 - 1] ?? "");
  return MODEL_NOUNS.has(word);
}
function modifiedByModel(ws, phrase) {
  for (let index = phrase.start; index < phrase.head; index += 1) if (MODEL_MODIFIERS.has(ws[index]) || modelNounAt(ws, index)) return true;
  return false;
}
function namesModel(ws, phrase, trainable, sentenceHasModel) {
  const head = ws[phrase.head];
  if (phrase.pronoun) return (head === "it" || head === "them") && trainable && sentenceHasModel();
  if (modelNounAt(ws, phrase.head)) return true;
  if (TRAINABLE_NOUNS.has(head)) {
    if (modifiedByModel(ws, phrase)) return true;
    if (trainable && head !== "agent" && head !== "agents") return true;
  }
  if (ASPECTS.has(head)) return modifiedByModel(ws, phrase) || phrase.of !== void 0 && namesModel(ws, phrase.of, false, sentenceHasModel);
  return false;
}
function holdsModel(ws, phrase) {
  if (phrase.pronoun || namesPeople(ws, phrase)) return false;
  for (let index = phrase.start; index <= phrase.head; index += 1) {
    const word = ws[index];
    if (AI_MODIFIERS.has(word) || modelNounAt(ws, index) || TRAINABLE_NOUNS.has(word)) return true;
  }
  return false;
}
function namesPeople(ws, phrase) {
  return PEOPLE.has(ws[phrase.head]) && !modifiedByModel(ws, phrase);
}
function namesData(ws, phrase) {
  return phrase !== void 0 && !phrase.pronoun && DATA_NOUNS.has(ws[phrase.head]);
}
function phraseEnd(phrase) {
  return phrase.of ? phraseEnd(phrase.of) : phrase.head;
}
var SentenceReader = class {
  constructor(view) {
    this.view = view;
    this.ws = view.words;
  }
  view;
  ws;
  hasModel;
  clauseEnd(at2) {
    return this.view.clauses[this.view.clauseAt[at2] ?? 0].to;
  }
  clauseStart(at2) {
    return this.view.clauses[this.view.clauseAt[at2] ?? 0].from;
  }
  sentenceHasModel = () => {
    if (this.hasModel === void 0) {
      this.hasModel = false;
      for (let index = 0; index < this.ws.length && !this.hasModel; index += 1) this.hasModel = modelNounAt(this.ws, index) || TRAINABLE_NOUNS.has(this.ws[index]);
    }
    return this.hasModel;
  };
  /** The subject of the verb at `at`: the phrase before its verb group. */
  subjectOf(at2) {
    let index = at2;
    while (index - 1 >= this.clauseStart(at2) && at2 - index < REACH && (AUXILIARIES.has(this.ws[index - 1]) || isAdverb(this.ws[index - 1]) || this.ws[index - 1] === "not" || this.ws[index - 1] === "never" || this.ws[index - 1] === "to")) index -= 1;
    return phraseBefore(this.ws, index, this.clauseStart(at2));
  }
  /** The model of a reduced relative or a relative clause is only used: "with a model trained on …". */
  usedThrough(phrase) {
    const before = this.ws[phrase.start - 1] ?? "";
    if (INSTRUMENTS.has(before)) return true;
    return before === "on" && BASED_ON.has(this.ws[phrase.start - 2] ?? "");
  }
  /** Where the object of the verb at `at` starts, past coordinated verbs: "train and tune AI models". */
  objectStart(at2) {
    let index = at2 + 1;
    for (let hops = 0; hops < 3; hops += 1) {
      for (let adverbs = 0; adverbs < 4 && isAdverb(this.ws[index] ?? ""); adverbs += 1) index += 1;
      const joiner = this.ws[index];
      if (joiner === "," && (this.ws[index + 1] === "and" || this.ws[index + 1] === "or") && VERBS.has(this.ws[index + 2] ?? "")) index += 3;
      else if ((joiner === "and" || joiner === "or" || joiner === ",") && VERBS.has(this.ws[index + 1] ?? "")) index += 2;
      else break;
    }
    return index;
  }
  verbStatement(at2, verb2) {
    const ws = this.ws;
    const previous = ws[at2 - 1] ?? "";
    const limit = this.clauseEnd(at2);
    if ((verb2.form === "base" || verb2.form === "third") && (DETERMINERS.has(previous) || previous === "by")) return void 0;
    if (verb2.kind === "learn") {
      if (ML_PREFIXES.has(previous)) return void 0;
      const subject = this.subjectOf(at2);
      return subject && (namesModel(ws, subject, true, this.sentenceHasModel) || holdsModel(ws, subject)) ? { start: subject.start, end: at2, anchor: at2, nominal: false } : void 0;
    }
    if (verb2.form === "past") {
      let chain = at2;
      let passive = false;
      let perfect = false;
      while (chain - 1 >= this.clauseStart(at2) && at2 - chain < REACH && (AUXILIARIES.has(ws[chain - 1]) || isAdverb(ws[chain - 1]) || ws[chain - 1] === "not" || ws[chain - 1] === "never")) {
        chain -= 1;
        if (BE_FORMS.has(ws[chain])) passive = true;
        if (HAVE_FORMS.has(ws[chain])) perfect = true;
      }
      if (passive) return verb2.passive ? this.passiveStatement(at2, chain, verb2) : void 0;
      if (!perfect) {
        const next = ws[at2 + 1];
        const nextIsNoun = next !== void 0 && !DETERMINERS.has(next) && !isAdverb(next) && !PERSONAL_PRONOUNS.has(next) && phraseAfter(ws, at2 + 1, limit)?.start === at2 + 1;
        if (nextIsNoun && (at2 === this.clauseStart(at2) || DETERMINERS.has(previous) || INSTRUMENTS.has(previous) || ATTRIBUTIVE_BEFORE.has(previous) || isAdverb(previous))) return void 0;
        const relative2 = phraseBefore(ws, at2, this.clauseStart(at2));
        if (relative2 && !relative2.pronoun && !nextIsNoun && namesModel(ws, relative2, true, this.sentenceHasModel)) {
          return verb2.before || this.usedThrough(relative2) ? void 0 : { start: relative2.start, end: at2, anchor: at2, nominal: false };
        }
      }
    }
    if (verb2.form === "ing" && DETERMINERS.has(previous)) return void 0;
    return this.activeStatement(at2, verb2, limit);
  }
  passiveStatement(at2, chain, verb2) {
    const ws = this.ws;
    const subject = phraseBefore(ws, chain, this.clauseStart(at2));
    if (subject && !subject.pronoun) {
      if (namesPeople(ws, subject)) return void 0;
      if (namesModel(ws, subject, verb2.kind === "train", this.sentenceHasModel)) {
        if (afterRelativePronoun(ws, chain) && this.usedThrough(subject)) return void 0;
        return { start: subject.start, end: at2, anchor: at2, nominal: false };
      }
    }
    if (subject?.pronoun && (ws[subject.head] === "it" || ws[subject.head] === "they") && verb2.kind === "train" && this.sentenceHasModel()) {
      return { start: subject.start, end: at2, anchor: at2, nominal: false };
    }
    const into = ws[at2 + 1];
    if (verb2.kind === "train" && (into === "into" || into === "in" || into === "for")) {
      const target = phraseAfter(ws, at2 + 2, this.clauseEnd(at2));
      if (target && namesModel(ws, target, true, this.sentenceHasModel)) return { start: at2, end: phraseEnd(target), anchor: at2, nominal: false };
    }
    return void 0;
  }
  activeStatement(at2, verb2, limit) {
    const ws = this.ws;
    const trainable = verb2.kind === "train";
    const from = this.objectStart(at2);
    const object = phraseAfter(ws, from, limit);
    if (object) {
      const denied = object.determiner === "no" || object.determiner === "none";
      if (namesModel(ws, object, trainable, this.sentenceHasModel) || trainable && holdsModel(ws, object)) return { start: at2, end: phraseEnd(object), anchor: at2, nominal: false, denied };
      if (object.pronoun || namesPeople(ws, object)) return void 0;
      let next = object.head + 1;
      for (let conjuncts = 0; conjuncts < 3 && (ws[next] === "and" || ws[next] === "or" || ws[next] === ","); conjuncts += 1) {
        const conjunct = phraseAfter(ws, next + (ws[next] === "," && (ws[next + 1] === "and" || ws[next + 1] === "or") ? 2 : 1), limit);
        if (!conjunct || conjunct.pronoun) break;
        if (namesModel(ws, conjunct, trainable, this.sentenceHasModel)) return { start: at2, end: phraseEnd(conjunct), anchor: at2, nominal: false, denied };
        next = conjunct.head + 1;
      }
      return void 0;
    }
    if (SUBJECT_PRONOUNS.has(ws[at2 - 1] ?? "")) {
      const gap = phraseBefore(ws, at2 - 1, 0);
      if (gap && !gap.pronoun && namesModel(ws, gap, trainable, this.sentenceHasModel)) return { start: gap.start, end: at2, anchor: at2, nominal: false };
    }
    if (verb2.kind !== "train" || ws[at2] === "teach" || ws[at2] === "teaches" || ws[at2] === "taught" || ws[at2] === "teaching") return void 0;
    const preposition = ws[from];
    if (preposition !== "on" && preposition !== "with" && preposition !== "from" && preposition !== "using") return void 0;
    const data = phraseAfter(ws, from + 1, limit);
    if (!namesData(ws, data)) return void 0;
    const subject = this.subjectOf(at2);
    if (subject && (namesPeople(ws, subject) || subject.pronoun && ws[subject.head] === "you")) return void 0;
    if (subject && !subject.pronoun && PEOPLE_TRAINING_BEFORE.has(ws[subject.head])) return void 0;
    return { start: at2, end: data.head, anchor: at2, nominal: false };
  }
  nominalStatement(at2, kind) {
    const ws = this.ws;
    const previous = ws[at2 - 1] ?? "";
    const limit = this.clauseEnd(at2);
    if (at2 - 1 >= this.clauseStart(at2) && modelNounAt(ws, at2 - 1)) {
      const start = previous === "learning" || previous === "network" || previous === "networks" ? at2 - 2 : at2 - 1;
      return { start, end: at2, anchor: at2, nominal: true };
    }
    if (kind === "train" && (PEOPLE.has(previous) || PEOPLE_TRAINING_BEFORE.has(previous))) return void 0;
    const next = ws[at2 + 1];
    if (next === "of" || next === "for" || next === "to") {
      const target = phraseAfter(ws, at2 + 2, limit);
      if (target && namesModel(ws, target, kind === "train", this.sentenceHasModel)) return { start: at2, end: phraseEnd(target), anchor: at2, nominal: true };
      return void 0;
    }
    if (kind !== "train") return void 0;
    if (next === "on" && ws[at2] !== "tuning") {
      const data = phraseAfter(ws, at2 + 2, limit);
      return namesData(ws, data) ? { start: at2, end: data.head, anchor: at2, nominal: true } : void 0;
    }
    if (next !== void 0 && TRAINING_SET_NOUNS.has(next) && (ws[at2] === "training" || ws[at2] === "finetuning")) {
      if (ws[at2 + 2] === "for") {
        const audience = phraseAfter(ws, at2 + 3, limit);
        if (audience && namesPeople(ws, audience)) return void 0;
      }
      return { start: at2, end: at2 + 1, anchor: at2, nominal: true };
    }
    return void 0;
  }
  /** "for machine learning", "machine learning on voice samples": not "we use machine learning to …". */
  machineLearningStatement(at2) {
    const ws = this.ws;
    const start = at2 - 1;
    const next = ws[at2 + 1];
    if (next !== void 0 && (ML_PURPOSES.has(next) || NOMINALS.has(next))) return NOMINALS.has(next) ? void 0 : { start, end: at2 + 1, anchor: at2, nominal: true };
    if (next === "on" && namesData(ws, phraseAfter(ws, at2 + 2, this.clauseEnd(at2)))) return { start, end: at2, anchor: at2, nominal: true };
    const floor = this.clauseStart(at2);
    for (let index = start - 1, steps = 0; index >= floor && steps < 24; index -= 1, steps += 1) {
      const word = ws[index];
      if (ML_GIVEN_BY.has(word) || word === "as" && ws[index - 1] === "such") return { start, end: at2, anchor: at2, nominal: true };
      if (word === "," || word === "and" || word === "or" || DETERMINERS.has(word) || !PERSONAL_PRONOUNS.has(word) && phraseBefore(ws, index + 1, floor)?.head === index) continue;
      return void 0;
    }
    return void 0;
  }
  /** "to make our assistant smarter", "our AI gets smarter with every correction". */
  smarterStatement(at2) {
    const ws = this.ws;
    const floor = Math.max(this.clauseStart(at2), at2 - 7);
    let model = -1;
    for (let index = at2 - 1; index >= floor; index -= 1) {
      const word = ws[index];
      if (model < 0 && (modelNounAt(ws, index) || TRAINABLE_NOUNS.has(word))) model = index;
      if (MAKE.has(word)) {
        if (model > index) return { start: index, end: at2 + (ws[at2] === "more" ? 1 : 0), anchor: at2, nominal: false };
        for (let before = index - 1; before >= Math.max(this.clauseStart(at2), index - 4); before -= 1) {
          if (modelNounAt(ws, before) || TRAINABLE_NOUNS.has(ws[before])) return { start: before, end: at2 + (ws[at2] === "more" ? 1 : 0), anchor: at2, nominal: false };
        }
        return void 0;
      }
    }
    return void 0;
  }
  /** Every training statement of the sentence, in order, before its clause decides. */
  statements() {
    const ws = this.ws;
    const found = [];
    for (let at2 = 0; at2 < ws.length; at2 += 1) {
      const word = ws[at2];
      let statement;
      const verb2 = VERBS.get(word);
      const nominal = NOMINALS.get(word);
      if (nominal && (!verb2 || verb2.form === "ing")) statement = this.nominalStatement(at2, nominal);
      if (!statement && verb2) statement = this.verbStatement(at2, verb2);
      if (!statement && nominal && verb2 && verb2.form !== "ing") statement = this.nominalStatement(at2, nominal);
      if (!statement && word === "learning" && ML_PREFIXES.has(ws[at2 - 1] ?? "")) statement = this.machineLearningStatement(at2);
      if (!statement && (SMARTER.has(word) || word === "more" && MORE_SMART.has(ws[at2 + 1] ?? ""))) statement = this.smarterStatement(at2);
      if (statement) found.push(statement);
    }
    return found;
  }
};
function afterRelativePronoun(ws, chain) {
  const before = ws[chain - 1];
  return before === "that" || before === "which";
}
var findTraining = (view) => new SentenceReader(view).statements();
var TRIGGERS = /* @__PURE__ */ new Set([...VERBS.keys(), ...NOMINALS.keys(), ...SMARTER, "more"]);
var OPTIONS = { questions: "yes-answer", triggers: TRIGGERS };
function trainingStatements(text) {
  return [...readStatements(text, findTraining, OPTIONS)];
}
function trainingPhrase(text) {
  for (const statement of readStatements(text, findTraining, OPTIONS)) if (statement.polarity === "stated") return statement.phrase;
  return void 0;
}

// src/language/withdrawal-statement.ts
var words2 = (list) => new Set(list.trim().split(/\s+/));
var WITHDRAW = words2("withdraw withdraws withdrew withdrawn withdrawing");
var WITHDRAWAL_NOUNS = words2("withdrawal withdrawals objection objections optout optouts unsubscription");
var OPT = words2("opt opts opted opting");
var OBJECT = words2("object objects objected objecting");
var OBJECT_VERB_BEFORE = words2("to may can might could also will shall you we they and or always");
var REVOKE = words2("revoke revokes revoked revoking revocation retract retracts retracted retracting");
var CONSENT = words2("consent consents permission permissions authorisation authorization agreement");
var UNSUBSCRIBE = words2("unsubscribe unsubscribes unsubscribed unsubscribing");
var TURN = words2("turn turns turned turning switch switches switched switching toggle toggles toggled toggling");
var NEAR = 4;
function statementsIn(view) {
  const ws = view.words;
  const found = [];
  const withObject = (at2) => {
    const object = phraseAfter(ws, at2 + 1, Math.min(ws.length, at2 + 1 + NEAR));
    return { start: at2, end: object && !object.pronoun && object.start === at2 + 1 ? object.head : at2, anchor: at2, nominal: true };
  };
  for (let at2 = 0; at2 < ws.length; at2 += 1) {
    const word = ws[at2];
    const previous = ws[at2 - 1] ?? "";
    if (WITHDRAW.has(word)) found.push(withObject(at2));
    else if (WITHDRAWAL_NOUNS.has(word)) found.push({ start: at2, end: at2, anchor: at2, nominal: true });
    else if (OPT.has(word) && ws[at2 + 1] === "out") found.push({ start: at2, end: at2 + 1, anchor: at2, nominal: true });
    else if (OBJECT.has(word) && !DETERMINERS.has(previous) && (ws[at2 + 1] === "to" || OBJECT_VERB_BEFORE.has(previous))) found.push({ start: at2, end: at2, anchor: at2, nominal: true });
    else if (REVOKE.has(word)) {
      for (let near = Math.max(0, at2 - NEAR); near <= Math.min(ws.length - 1, at2 + NEAR); near += 1) {
        if (CONSENT.has(ws[near])) {
          found.push({ start: Math.min(at2, near), end: Math.max(at2, near), anchor: at2, nominal: true });
          break;
        }
      }
    } else if (UNSUBSCRIBE.has(word)) found.push({ start: at2, end: at2, anchor: at2, nominal: true });
    else if (TURN.has(word)) {
      for (let near = at2 + 1; near <= Math.min(ws.length - 1, at2 + NEAR); near += 1) {
        if (ws[near] === "off") {
          found.push({ start: at2, end: near, anchor: at2, nominal: true });
          break;
        }
      }
    }
  }
  return found;
}
var TRIGGERS2 = /* @__PURE__ */ new Set([...WITHDRAW, ...WITHDRAWAL_NOUNS, ...OPT, ...OBJECT, ...REVOKE, ...UNSUBSCRIBE, ...TURN]);
var OPTIONS2 = { questions: "unless-no", suppositionsState: true, triggers: TRIGGERS2 };
function withdrawalPhrase(text) {
  for (const statement of readStatements(text, statementsIn, OPTIONS2)) if (statement.polarity === "stated") return statement.phrase;
  return void 0;
}

// src/core/notice.ts
function noticeEntries(root) {
  if (!isRecord(root)) return [];
  const notice = root.notice;
  if (typeof notice === "string") return notice.trim() === "" ? [] : [{ path: notice, pointer: "/notice" }];
  if (!Array.isArray(notice)) return [];
  const entries = [];
  notice.forEach((item, index) => {
    if (typeof item === "string" && item.trim() !== "") entries.push({ path: item, pointer: joinPointer("/notice", index) });
  });
  return entries;
}
function noticeLookup(provider, inventory) {
  const cache = /* @__PURE__ */ new Map();
  return (noticePath) => {
    const cached = cache.get(noticePath);
    if (cached) return cached;
    const input = typeof provider === "function" ? provider(noticePath, inventory) : provider.get(noticePath) ?? { problem: "missing" };
    const file = "text" in input ? { notice: parseNotice(input.text) } : input;
    cache.set(noticePath, file);
    return file;
  };
}
function wordsOf(text) {
  return text.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "").map(stem);
}
function stem(word) {
  let w2 = word;
  if (w2.length > 4 && w2.endsWith("ies")) w2 = `${w2.slice(0, -3)}y`;
  else if (w2.length > 5 && w2.endsWith("ing")) w2 = w2.slice(0, -3);
  else if (w2.length > 4 && w2.endsWith("ed")) w2 = w2.slice(0, -2);
  else if (w2.length > 3 && w2.endsWith("s") && !/(ss|us|is)$/.test(w2)) w2 = w2.slice(0, -1);
  if (w2.length > 3 && w2.endsWith("e")) w2 = w2.slice(0, -1);
  if (w2.length > 3 && w2.at(-1) === w2.at(-2) && !/[aeiou]/.test(w2.at(-1))) w2 = w2.slice(0, -1);
  return w2;
}
var stems = (list) => new Set(list.split(" ").map(stem));
var TRAINING_WORDS = stems(
  "train trains trained training retrain retraining pretrain pretrained teach teaches taught finetune finetuned tune tuned tuning improve improving develop developing build building refine refining evaluate evaluating create creating model models algorithm algorithms ai llm llms ml classifier classifiers network networks"
);
function containsPhrase(words3, phrase, from = 0) {
  outer: for (let index = from; index + phrase.length <= words3.length; index += 1) {
    for (let offset = 0; offset < phrase.length; offset += 1) if (words3[index + offset] !== phrase[offset]) continue outer;
    return index;
  }
  return -1;
}
var STOPWORDS = stems(
  "a an the and or but nor of on in into onto for to from by with without at as is are be been being was were it its this that these those their our your we us you they them he she his her my which who whom whose what when where while how than then so such not no any all each every some more most other own same can could may might must shall should will would do does did done has have had also only both via per about after before over under up out if once use used uses using new e g i"
);
var GENERIC = /* @__PURE__ */ new Set([
  ...TRAINING_WORDS,
  ...stems("machine learning deep data personal information purpose purposes process processing feed feeds based past future")
]);
function significantWords(description) {
  return [...new Set(wordsOf(description).filter((word) => !STOPWORDS.has(word) && !GENERIC.has(word) && !/^\d+$/.test(word)))];
}
function namesPurpose(words3, purpose) {
  const idWords = wordsOf(purpose.id);
  if (idWords.some((word) => !STOPWORDS.has(word) && !GENERIC.has(word)) && containsPhrase(words3, idWords) >= 0) return true;
  if (typeof purpose.description !== "string") return false;
  const significant = significantWords(purpose.description);
  if (significant.length === 0) return false;
  const needed = significant.length <= 2 ? significant.length : Math.max(2, Math.ceil(significant.length / 2));
  const present = new Set(words3);
  return significant.filter((word) => present.has(word)).length >= needed;
}
function githubSlug(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "").replace(/ /g, "-");
}
var ANCHOR_ATTRIBUTE = /<a\s(?:[^<>]{0,1000}?\s)?(?:id|name)\s*=\s*["']?([^"'\s<>]{1,200})/gi;
var HREF_FRAGMENT = /<a\s(?:[^<>]{0,1000}?\s)?href\s*=\s*["']?#([^"'\s<>]{1,200})/gi;
var ROPA_ID = /(?:^|\s)ropa:\s*([a-z0-9][a-z0-9_-]*)/gi;
var TAG = /<[^<>]*>/g;
var CUSTOM_ID = /\{#([^}\s]+)\}\s*$/;
function readHtml(html, anchors) {
  for (const match of html.matchAll(ANCHOR_ATTRIBUTE)) anchors.add(match[1].toLowerCase());
  for (const match of html.matchAll(HREF_FRAGMENT)) anchors.add(match[1].toLowerCase());
  let text = "";
  let from = 0;
  for (let open = html.indexOf("<!--"); open !== -1; open = html.indexOf("<!--", from)) {
    const close = html.indexOf("-->", open + 4);
    const comment = html.slice(open + 4, close === -1 ? html.length : close);
    for (const id of comment.matchAll(ROPA_ID)) anchors.add(id[1].toLowerCase());
    text += `${html.slice(from, open)} `;
    from = close === -1 ? html.length : close + 3;
  }
  text += html.slice(from);
  return text.replace(TAG, " ");
}
function linkTarget(href) {
  if (!href.startsWith("#") || href.length < 2 || href.length > 201) return void 0;
  try {
    return decodeURIComponent(href.slice(1)).toLowerCase();
  } catch {
    return href.slice(1).toLowerCase();
  }
}
function inlineText(tokens, anchors) {
  let text = "";
  for (const token of tokens ?? []) {
    if (token.type === "html") text += readHtml(token.text, anchors);
    else if (token.type === "image" || token.type === "br") text += " ";
    else {
      if (token.type === "link") {
        const target = linkTarget(token.href);
        if (target !== void 0) anchors.add(target);
      }
      if ("tokens" in token && Array.isArray(token.tokens)) text += inlineText(token.tokens, anchors);
      else if ("text" in token && typeof token.text === "string") text += token.text;
    }
  }
  return text.replace(/\n/g, " ");
}
function blockText(token, anchors) {
  switch (token.type) {
    case "paragraph":
    case "heading":
    // a heading inside a quote or a list item: text of the section it sits in
    case "text":
      return "tokens" in token && Array.isArray(token.tokens) ? inlineText(token.tokens, anchors) : String(token.text);
    case "html":
      return readHtml(token.text, anchors);
    case "blockquote":
      return token.tokens.map((child) => blockText(child, anchors)).join("\n");
    case "list":
      return token.items.map((item) => item.tokens.map((child) => blockText(child, anchors)).join("\n")).join("\n");
    case "table": {
      const table = token;
      return [table.header, ...table.rows].map((row) => row.map((cell) => inlineText(cell.tokens, anchors)).join(" | ")).join("\n");
    }
    default:
      return "";
  }
}
function statesTraining(section) {
  if (trainingPhrase(section.text) !== void 0) return true;
  if (section.heading === "" || trainingPhrase(section.heading) === void 0) return false;
  return !trainingStatements(section.text).some((statement) => statement.polarity === "denied");
}
function newSection(depth, heading, parent) {
  return { depth, heading, words: [], anchors: /* @__PURE__ */ new Set(), parent, children: [], text: "", training: false, trainingWithin: false, withdrawal: false };
}
function parseNotice(markdown) {
  const anchors = /* @__PURE__ */ new Set();
  const slugCounts = /* @__PURE__ */ new Map();
  const preamble = newSection(0, "", null);
  const sections = [preamble];
  const ownText = /* @__PURE__ */ new Map([[preamble, []]]);
  const stack = [];
  let current = preamble;
  let pending = [];
  let allWords = 0;
  let withdrawal = false;
  const tie = (section, ids) => {
    for (const id of ids) {
      section.anchors.add(id);
      anchors.add(id);
    }
  };
  for (const token of x.lexer(markdown, { gfm: true })) {
    if (token.type === "space") continue;
    const found = /* @__PURE__ */ new Set();
    if (token.type === "heading") {
      const heading = token;
      let text2 = inlineText(heading.tokens, found).trim();
      const custom = CUSTOM_ID.exec(text2);
      if (custom) {
        found.add(custom[1].toLowerCase());
        text2 = text2.slice(0, custom.index).trimEnd();
      }
      const base = githubSlug(text2);
      const seen = slugCounts.get(base) ?? 0;
      slugCounts.set(base, seen + 1);
      found.add(seen === 0 ? base : `${base}-${seen}`);
      while (stack.length > 0 && stack.at(-1).depth >= heading.depth) stack.pop();
      const parent = stack.at(-1) ?? null;
      const section = newSection(heading.depth, text2, parent);
      parent?.children.push(section);
      stack.push(section);
      sections.push(section);
      ownText.set(section, []);
      tie(section, [...pending, ...found]);
      pending = [];
      current = section;
      continue;
    }
    const text = blockText(token, found);
    tie(current, pending);
    pending = [];
    if (found.size > 0 && text.trim() === "") pending = [...found];
    else {
      tie(current, found);
      ownText.get(current).push(text);
    }
  }
  tie(current, pending);
  for (const section of sections) {
    section.text = ownText.get(section).join("\n");
    section.words = wordsOf(`${section.heading}
${section.text}`);
    section.training = statesTraining(section);
    section.withdrawal = withdrawalPhrase(`${section.heading}
${section.text}`) !== void 0;
    allWords += section.words.length;
    withdrawal ||= section.withdrawal;
  }
  for (const section of [...sections].reverse()) {
    section.trainingWithin = section.training || section.children.some((child) => child.trainingWithin);
  }
  const headed = sections.filter((section) => section.depth > 0);
  const first = headed[0];
  const title = first && headed.every((section) => section === first || section.depth > first.depth) ? first : null;
  return { sections: sections.filter((section) => section.depth > 0 || section.words.length > 0 || section.anchors.size > 0), title, anchors, withdrawal, empty: allWords === 0 };
}
function tiedTo(section, purpose, tied) {
  let own = tied.get(section);
  if (own === void 0) {
    own = purpose.id !== "" && section.anchors.has(purpose.id.toLowerCase()) || namesPurpose(section.words, purpose);
    tied.set(section, own);
  }
  return own;
}
function tiedWithin(section, purpose, tied) {
  return tiedTo(section, purpose, tied) || section.children.some((child) => tiedWithin(child, purpose, tied));
}
function discloses(notice, purpose) {
  const tied = /* @__PURE__ */ new Map();
  return notice.sections.some((section) => {
    if (section.depth === 0 || section === notice.title) return section.training && tiedTo(section, purpose, tied);
    return tiedTo(section, purpose, tied) && section.trainingWithin || section.training && tiedWithin(section, purpose, tied);
  });
}

// src/core/rule.ts
var DOCS_BASE_URL = "https://github.com/ropa-lint/ropa-lint/blob/main/docs/rules/";
function defineRule(rule) {
  return { meta: { ...rule.meta, docsUrl: `${DOCS_BASE_URL}${rule.meta.id}.md` }, check: rule.check };
}
var compiledTemplates = /* @__PURE__ */ new Map();
function fillTemplate(template2, data = {}) {
  let parts = compiledTemplates.get(template2);
  if (!parts) compiledTemplates.set(template2, parts = template2.split(/\{(\w+)\}/));
  let text = parts[0];
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index];
    text += (Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : `{${name}}`) + parts[index + 1];
  }
  return text;
}

// src/core/suppressions.ts
var IGNORE_KEY = "x-ropa-lint-ignore";
var INVALID_IGNORE = "invalid-ignore";
function placesOf(model) {
  const places = [{ value: model.root, pointer: "" }, ...model.subjects, ...model.categories, ...model.activities, ...model.purposes];
  return places;
}
function elementOf(root, scope) {
  if (scope === "") return { where: "at the top of the file", element: "the inventory" };
  const element = describeLocation(root, scope);
  return { where: `on ${element}`, element };
}
function readIgnores(model, knownRuleIds, today) {
  const read = { directives: [], problems: [] };
  for (const place of placesOf(model)) {
    const entries = place.value[IGNORE_KEY];
    if (!Array.isArray(entries)) continue;
    const named = elementOf(model.root, place.pointer);
    entries.forEach((entry, index) => {
      if (!isRecord(entry)) return;
      const { rule, reason, until } = entry;
      const directive = {
        rule: typeof rule === "string" ? rule : "",
        reason: typeof reason === "string" ? reason.trim() : "",
        until: typeof until === "string" ? until : null,
        scope: place.pointer,
        pointer: joinPointer(joinPointer(place.pointer, IGNORE_KEY), index),
        ...named
      };
      const problem = directive.rule === "" ? "noRule" : !knownRuleIds.has(directive.rule) ? "unknownRule" : directive.rule === INVALID_IGNORE ? "notIgnorable" : directive.reason === "" ? "noReason" : directive.until !== null && directive.until < today ? "expired" : void 0;
      if (problem) read.problems.push({ directive, problem });
      else read.directives.push(directive);
    });
  }
  return read;
}
function misplacedIgnores(model) {
  const root = model.root;
  const placePointers = new Set(placesOf(model).map((place) => place.pointer));
  const found = [];
  const stack = [{ node: root, pointer: "", path: "", owner: "" }];
  while (stack.length > 0) {
    const item = stack.pop();
    const isPlace = placePointers.has(item.pointer);
    const here = isPlace ? { ...item, path: "", owner: item.pointer } : item;
    if (Array.isArray(here.node)) {
      for (let index = here.node.length - 1; index >= 0; index--) {
        stack.push({ node: here.node[index], pointer: joinPointer(here.pointer, index), path: `${here.path}[${index}]`, owner: here.owner });
      }
    } else if (isRecord(here.node)) {
      if (!isPlace && Object.prototype.hasOwnProperty.call(here.node, IGNORE_KEY)) found.push({ pointer: joinPointer(here.pointer, IGNORE_KEY), path: here.path, owner: { scope: here.owner, element: elementOf(root, here.owner).element } });
      const keys = Object.keys(here.node).filter((key) => !key.startsWith("x-"));
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index];
        stack.push({ node: here.node[key], pointer: joinPointer(here.pointer, key), path: here.path === "" ? key : `${here.path}.${key}`, owner: here.owner });
      }
    }
  }
  return found;
}
function within(pointer, scope) {
  return pointer === scope || pointer.startsWith(`${scope}/`);
}
function coverageOf(directives, pointer, causes = []) {
  const direct = directives.filter((directive) => within(pointer, directive.scope));
  const perCause = causes.map((cause) => directives.filter((directive) => within(cause, directive.scope)));
  const causing = perCause.flat();
  if (direct.length > 0) {
    const inner = innermost(direct);
    return { suppressed: true, reason: inner.reason, until: inner.until, credited: [...direct, ...causing] };
  }
  if (causes.length > 0 && perCause.every((covering) => covering.length > 0)) {
    const shown2 = perCause.map(innermost);
    const reasons = [...new Set(shown2.map((directive) => directive.reason))];
    const untils = shown2.map((directive) => directive.until).filter((until) => until !== null);
    return { suppressed: true, reason: reasons.join("; "), until: untils.length > 0 ? untils.sort()[0] : null, credited: causing };
  }
  return { suppressed: false, partial: causing, uncovered: causes.filter((_2, index) => perCause[index].length === 0) };
}
function innermost(directives) {
  return directives.reduce((best, directive) => directive.scope.length > best.scope.length ? directive : best);
}
function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

// lazy:complete-reader
var reader;
function parseYamlDocument(text, limits) {
  reader ??= __require("./chunks/yaml-document.cjs");
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
  const w2 = layout.presenterOptions.lineWidth;
  if (w2 === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w2, 40), w2 - layout.shiftOfContent);
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

// src/core/yaml-locations.ts
var MAP = 0;
var SEQ = 1;
var SCALAR = 2;
var ALIAS = 3;
var KINDS = ["map", "seq", "scalar", "alias"];
var LARGE_MAP = 32;
var NodeTable = class {
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
  /** The key of each mapping value, as its pointer segment is made from (`<<` for merges). */
  name = [];
  constructor(capacity) {
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
  forEach(callback2, thisArg) {
    this.#fill();
    super.forEach(callback2, thisArg);
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
      const segment = slash === -1 ? pointer.slice(start) : pointer.slice(start, slash);
      const kind = table.kind[node];
      let child;
      if (kind === SEQ) {
        child = this.#item(node, segment);
      } else if (kind === MAP) {
        const matches = this.#entries(node, segment);
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
  /** The item of a sequence at a pointer segment (a decimal index written without leading zeros). */
  #item(id, segment) {
    const length = segment.length;
    if (length === 0 || length > 9 || length > 1 && segment.charCodeAt(0) === 48) return -1;
    let index = 0;
    for (let i = 0; i < length; i += 1) {
      const digit = segment.charCodeAt(i) - 48;
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
  /** The value (or, rarely, the values) of a mapping at a pointer segment; -1 for none. */
  #entries(id, segment) {
    const table = this.table;
    const name = segment.includes("~") ? unescapeSegment(segment) : segment;
    if (name === null) return -1;
    const large = this.#largeMaps.get(id);
    if (large !== void 0) return large.get(name) ?? -1;
    let found = -1;
    let count = 0;
    for (let child = id + 1; child < table.next[id]; child = table.next[child]) {
      count += 1;
      if (table.name[child] !== name) continue;
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

// src/core/yaml-types.ts
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
  for (const source of merged.flat()) {
    if (source === null || typeof source !== "object" || Array.isArray(source)) continue;
    for (const [name, mergedValue] of Object.entries(source)) {
      if (!Object.prototype.hasOwnProperty.call(object, name)) setOwn(object, name, mergedValue);
    }
  }
}

// src/core/yaml-event-source.ts
var DOCUMENT = 1;
var SEQUENCE = 2;
var MAPPING = 3;
var SCALAR2 = 4;
var ALIAS2 = 5;
var POP = 6;
var PLAIN = 1;
var SINGLE_QUOTED = 2;
var DOUBLE_QUOTED = 3;
var FLOW = 2;
var KEEP = 3;
var MAX_KEY_LENGTH = 1e3;
var HandOver = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
var Frame = class {
  constructor(id, isMap, flow, value, depth, anchor, start) {
    this.id = id;
    this.isMap = isMap;
    this.flow = flow;
    this.value = value;
    this.depth = depth;
    this.anchor = anchor;
    this.cursor = flow ? start + 1 : start;
    this.itemEnd = start;
  }
  id;
  isMap;
  flow;
  value;
  depth;
  anchor;
  /** Items so far (for a mapping, values), and the nodes they hold. */
  index = 0;
  size = 1;
  /** Offset just past the last thing read inside the collection. */
  cursor;
  /** For a block collection: where its last item ends, trailing comment and line break included. */
  itemEnd;
  /** Mapping only: the pending key (null while a key is expected), its span, and whether it is a merge key (`<<`). */
  key = null;
  keyStart = -1;
  keyEnd = -1;
  isMerge = false;
  merged = null;
};
function parseYamlEvents(text, limits, reason) {
  if (text.charCodeAt(0) === 65279) {
    reason?.("byte-order mark");
    return void 0;
  }
  for (let i = text.indexOf("\r"); i !== -1; i = text.indexOf("\r", i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) {
      reason?.("carriage return without a line feed");
      return void 0;
    }
  }
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
    return new Builder(text, limits, events.length).build(events);
  } catch (error) {
    if (error instanceof HandOver) {
      reason?.(error.reason);
      return void 0;
    }
    throw error;
  }
}
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
  stack = [];
  /** The innermost open collection. */
  top = null;
  root = null;
  rootSeen = false;
  written = 0;
  expanded = 0;
  largestAlias = null;
  largestAliasSize = -1;
  build(events) {
    let documents = 0;
    const count = events.length;
    for (let i = 0; i < count; i += 1) {
      const event = events[i];
      switch (event.type) {
        case SCALAR2:
          if (this.top === null) throw new HandOver("scalar document");
          if (this.top.isMap && this.top.key === null) this.readKey(this.top, event);
          else this.readScalar(this.top, event);
          break;
        case POP:
          this.close();
          break;
        case MAPPING:
        case SEQUENCE:
          this.open(event, event.type === MAPPING);
          break;
        case ALIAS2:
          this.readAlias(event);
          break;
        case DOCUMENT:
          documents += 1;
          if (documents > 1) throw new HandOver("several documents");
          if (event.directives.length > 0) throw new HandOver("directive");
          break;
        default:
          throw new HandOver("unknown event");
      }
    }
    if (!this.rootSeen) throw new HandOver("no collection at the root");
    if (this.expanded > aliasBudget(this.written, this.limits) && this.largestAlias !== null) {
      return { value: null, locations: /* @__PURE__ */ new Map(), problems: [aliasExpansionProblem(this.written, this.expanded, this.largestAlias)] };
    }
    return { value: this.root, locations: new LazyLocations(this.table), problems: [] };
  }
  /** Adds a value node under `parent` to the table, with the checks the complete reader's walk makes. */
  addNode(parent, kind, start, end) {
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
    const frame = new Frame(id, isMap, flow, isMap ? {} : [], parent === null ? 0 : parent.depth + 1, anchor, event.start);
    this.stack.push(frame);
    this.top = frame;
  }
  close() {
    const frame = this.stack.pop();
    if (frame === void 0) return;
    this.top = this.stack.length > 0 ? this.stack[this.stack.length - 1] : null;
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
    if (frame.merged !== null) applyMerges(frame.value, frame.merged);
    if (frame.anchor !== null) this.anchors.set(frame.anchor, { value: frame.value, size: frame.size });
    if (this.top === null) this.root = frame.value;
    else this.addToParent(this.top, frame.value, frame.size, end, itemEnd);
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
      value = resolvePlain(event.fast ? text.slice(start, end) : getScalarValue(text, event));
    } else if (style === SINGLE_QUOTED || style === DOUBLE_QUOTED) {
      start = event.valueStart - 1;
      end = event.valueEnd + 1;
      itemEnd = parent.flow ? end : this.lineRest(end);
      value = event.fast ? text.slice(event.valueStart, event.valueEnd) : getScalarValue(text, event);
    } else {
      start = this.blockScalarIndicator(parent, event);
      end = this.blockScalarEnd(event, start);
      itemEnd = end;
      value = getScalarValue(text, event);
    }
    this.addNode(parent, SCALAR, start, end);
    if (event.anchorStart !== -1) this.anchors.set(this.anchorName(event.anchorStart, event.anchorEnd), { value, size: 1 });
    this.addToParent(parent, value, 1, end, itemEnd);
  }
  readAlias(event) {
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
      const source = event.fast ? text.slice(start, end) : getScalarValue(text, event);
      if (source === "<<") {
        parent.isMerge = true;
        parent.key = "<<";
        parent.keyStart = start;
        parent.keyEnd = end;
        parent.cursor = end;
        return;
      }
      const resolved = resolvePlain(source);
      name = resolved === null ? "" : String(resolved);
    } else if (style === SINGLE_QUOTED || style === DOUBLE_QUOTED) {
      start = event.valueStart - 1;
      end = event.valueEnd + 1;
      name = event.fast ? text.slice(event.valueStart, event.valueEnd) : getScalarValue(text, event);
    } else {
      throw new HandOver("block scalar as a key");
    }
    if (end - start > MAX_KEY_LENGTH) throw new HandOver("long key");
    const newline = text.indexOf("\n", start);
    if (newline !== -1 && newline < end) throw new HandOver("multi-line key");
    if (Object.prototype.hasOwnProperty.call(parent.value, name)) throw new HandOver("duplicate key");
    parent.isMerge = false;
    parent.key = name;
    parent.keyStart = start;
    parent.keyEnd = end;
    parent.cursor = end;
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
        setOwn(parent.value, parent.key, value);
      }
      parent.key = null;
      parent.isMerge = false;
    } else {
      parent.value.push(value);
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
var INT = /^[-+]?[0-9]+$/;
var OCT = /^0o[0-7]+$/;
var HEX = /^0x[0-9a-fA-F]+$/;
var SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var EXP_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
function resolvePlain(source) {
  const first = source.charCodeAt(0);
  if (Number.isNaN(first)) return null;
  if (first >= 97 && first <= 122 ? first !== 116 && first !== 102 && first !== 110 : first >= 65 && first <= 90 && first !== 84 && first !== 70 && first !== 78) return source;
  switch (source) {
    case "~":
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
  }
  if (OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (HEX.test(source)) return parseInt(source.substring(2), 16);
  if (SPECIAL_FLOAT.test(source)) return source.slice(-3).toLowerCase() === "nan" ? Number.NaN : source[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (EXP_FLOAT.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

// src/core/yaml-source.ts
function stripByteOrderMark(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function parseYaml(text, limits = defaultParseLimits) {
  return parseYamlEvents(text, limits) ?? parseYamlDocument(text, limits);
}

// src/core/engine.ts
function parseSource(text, file) {
  const source = stripByteOrderMark(text);
  const document = parseYaml(source);
  return {
    file,
    source,
    document,
    model: new InventoryModel(document.value),
    locator: new Locator(document.locations, new LineIndex(source)),
    unparsable: document.problems.some((problem) => problem.fatal)
  };
}
function lintParsed(parsed, options) {
  const { file, source, document, model, locator, unparsable } = parsed;
  const activeRules = options.rules;
  const ruleIds = /* @__PURE__ */ new Set([...options.knownRuleIds ?? [], ...activeRules.map((rule) => rule.meta.id)]);
  const today = options.today ?? isoDay(/* @__PURE__ */ new Date());
  const context = { file, document, model, ruleIds, today };
  if (options.notices) context.notices = noticeLookup(options.notices, file);
  if (options.documents) context.documents = documentLookup(options.documents, file);
  if (options.comparison) context.comparison = options.comparison;
  const settings = options.settings ?? {};
  const enabled = activeRules.filter(
    (rule) => settings[rule.meta.id] !== "off" && (rule.meta.comparison ? options.comparison !== void 0 : true) && (!unparsable || rule.meta.id === "schema")
  );
  const findings = [];
  const causesOf = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const rule of enabled) {
    const setting = settings[rule.meta.id];
    let reports;
    try {
      reports = [...rule.check(context)];
    } catch (error) {
      throw new RuleCrashError(rule.meta.id, file, error);
    }
    for (const report2 of reports) {
      const finding = toFinding(rule, report2, setting, file, locator, document.value);
      const key = `${finding.ruleId}\0${finding.pointer}\0${finding.line}:${finding.column}\0${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
      if (report2.causes && report2.causes.length > 0) causesOf.set(finding, report2.causes);
    }
  }
  if (unparsable) return { file, source, findings: findings.sort(compareFindings), suppressed: [] };
  const byRule = /* @__PURE__ */ new Map();
  for (const directive of readIgnores(model, ruleIds, today).directives) byRule.set(directive.rule, [...byRule.get(directive.rule) ?? [], directive]);
  const used = /* @__PURE__ */ new Set();
  const partial = /* @__PURE__ */ new Map();
  const suppressed = [];
  const reported = findings.filter((finding) => {
    const candidates = byRule.get(finding.ruleId);
    if (!candidates || finding.ruleId === INVALID_IGNORE) return true;
    const coverage = coverageOf(candidates, finding.pointer, causesOf.get(finding));
    if (!coverage.suppressed) {
      for (const directive of coverage.partial) if (!partial.has(directive)) partial.set(directive, { finding, uncovered: coverage.uncovered });
      return true;
    }
    for (const directive of coverage.credited) used.add(directive);
    suppressed.push({ ...finding, reason: coverage.reason, until: coverage.until });
    return false;
  });
  const invalidIgnore = enabled.find((rule) => rule.meta.id === INVALID_IGNORE);
  if (invalidIgnore) {
    const enabledIds = new Set(enabled.map((rule) => rule.meta.id));
    for (const directives of byRule.values()) {
      for (const directive of directives) {
        if (used.has(directive) || !enabledIds.has(directive.rule)) continue;
        const data = { where: directive.where, element: directive.element, rule: directive.rule };
        const half = partial.get(directive);
        const report2 = half ? {
          messageId: "partial",
          pointer: `${directive.pointer}/rule`,
          data: { ...data, finding: elementOf(model.root, half.finding.pointer).element, others: half.uncovered.map((cause) => elementOf(model.root, cause).element).join(", ") }
        } : { messageId: "unused", pointer: `${directive.pointer}/rule`, data };
        reported.push(toFinding(invalidIgnore, report2, settings[INVALID_IGNORE], file, locator, document.value));
      }
    }
  }
  return { file, source, findings: reported.sort(compareFindings), suppressed: suppressed.sort(compareFindings) };
}
function toFinding(rule, report2, setting, file, locator, root) {
  const template2 = rule.meta.messages[report2.messageId];
  if (!template2) throw new RuleCrashError(rule.meta.id, file, new Error(`unknown message id ${report2.messageId}`));
  const range = report2.span ? locator.toRange(report2.span) : locator.locate(report2.pointer, report2.target);
  const data = report2.related === void 0 ? report2.data : { ...report2.data, relatedLine: locator.locate(report2.related).line };
  return {
    ruleId: rule.meta.id,
    severity: setting && setting !== "off" ? setting : report2.severity ?? rule.meta.severity,
    message: fillTemplate(template2.message, data),
    reference: rule.meta.reference,
    help: fillTemplate(template2.help, data),
    file,
    ...range,
    pointer: report2.pointer,
    stablePath: stablePathOf(root, report2.pointer),
    docsUrl: rule.meta.docsUrl
  };
}
function compareFindings(a, b) {
  return a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
}

// src/core/compare.ts
function lintRun(head, options) {
  const characters = [...head, ...options.base ?? []].reduce((sum, input) => sum + input.text.length, 0);
  options.parsing?.before(characters);
  const headFiles = head.map((input) => parseSource(input.text, input.file));
  const baseFiles = options.base?.map((input) => parseSource(input.text, input.file));
  options.parsing?.after(characters);
  if (baseFiles === void 0) return headFiles.map((parsed) => lintParsed(parsed, options));
  const known = new Set(baseFiles.flatMap((parsed) => lintParsed(parsed, options).findings.map(findingKey)));
  const basePurposes = purposesOf(baseFiles.filter((file) => !file.unparsable));
  const headPurposes = purposesOf(headFiles.filter((file) => !file.unparsable));
  const pairs = pairPurposes(basePurposes, headPurposes);
  return headFiles.map((parsed) => {
    const comparison = { base: basePurposes, head: headPurposes, pairs: pairs.filter((pair) => pair.file === parsed.file).map((pair) => pair.pair) };
    const report2 = lintParsed(parsed, { ...options, comparison });
    return { ...report2, findings: report2.findings.map((finding) => ({ ...finding, isNew: !known.has(findingKey(finding)) })) };
  });
}
function findingKey(finding) {
  return `${finding.ruleId}\0${finding.file}\0${finding.stablePath}`;
}
function purposesOf(files) {
  return files.flatMap((file) => file.model.purposes.map((purpose) => ({ file: file.file, purpose })));
}
function idsOf(purpose) {
  const activity = purpose.activity.value.id;
  const id = purpose.value.id;
  return typeof activity === "string" && typeof id === "string" ? { activity, purpose: id } : void 0;
}
function descriptionOf(purpose) {
  const text = purpose.value.description;
  if (typeof text !== "string") return void 0;
  const normalised = text.trim().replace(/\s+/g, " ");
  return normalised === "" ? void 0 : normalised;
}
function pairPurposes(base, head) {
  const headIds = head.map((entry) => idsOf(entry.purpose));
  const baseIds = base.map((entry) => idsOf(entry.purpose));
  const claimed = /* @__PURE__ */ new Set();
  const matches = /* @__PURE__ */ new Map();
  const byKey = /* @__PURE__ */ new Map();
  baseIds.forEach((ids, index) => {
    if (!ids) return;
    const key = `${ids.activity}\0${ids.purpose}`;
    byKey.set(key, [...byKey.get(key) ?? [], index]);
  });
  const claim = (headIndex, candidates, by) => {
    const found = candidates.find((candidate) => !claimed.has(candidate));
    if (found === void 0) return;
    claimed.add(found);
    matches.set(headIndex, { base: found, by });
  };
  for (const sameFile of [true, false]) {
    headIds.forEach((ids, index) => {
      if (!ids || matches.has(index)) return;
      const candidates = (byKey.get(`${ids.activity}\0${ids.purpose}`) ?? []).filter((candidate) => base[candidate].file === head[index].file === sameFile);
      claim(index, candidates, "id");
    });
  }
  const signature = (purpose) => {
    const description = descriptionOf(purpose);
    return description === void 0 ? void 0 : `${String(purpose.value.id)}\0${description}`;
  };
  const groups = /* @__PURE__ */ new Map();
  const group = (key) => groups.get(key) ?? groups.set(key, { heads: [], bases: [] }).get(key);
  headIds.forEach((ids, index) => {
    const key = ids && !matches.has(index) ? signature(head[index].purpose) : void 0;
    if (key !== void 0) group(key).heads.push(index);
  });
  baseIds.forEach((ids, index) => {
    const key = ids && !claimed.has(index) ? signature(base[index].purpose) : void 0;
    if (key !== void 0) group(key).bases.push(index);
  });
  for (const { heads, bases } of groups.values()) {
    if (heads.length === 1 && bases.length === 1) claim(heads[0], bases, "description");
  }
  const pairs = [];
  head.forEach((entry, index) => {
    if (!headIds[index]) return;
    const match = matches.get(index);
    const baseEntry = match === void 0 ? void 0 : base[match.base];
    pairs.push({ file: entry.file, pair: { head: entry.purpose, base: baseEntry?.purpose, baseFile: baseEntry?.file, matchedBy: match?.by } });
  });
  return pairs;
}

// src/core/suggest.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function suggestClosest(input, candidates) {
  if (candidates.length === 0 || input.length === 0) return void 0;
  const best = (0, import_fastest_levenshtein.closest)(input, candidates);
  const limit = Math.max(2, Math.floor(best.length / 3));
  return (0, import_fastest_levenshtein.distance)(input.toLowerCase(), best.toLowerCase()) <= limit ? best : void 0;
}

// src/formatters/text.ts
var UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function stripControlCharacters(text) {
  return text.replace(UNSAFE, "");
}
function displayLine(text) {
  return text.replace(/\t/g, " ").replace(UNSAFE, " ");
}
function oneLine(text) {
  return stripControlCharacters(text.replace(/\r\n|\r|\n/g, " "));
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

// src/formatters/github.ts
var COMMAND = { error: "error", warning: "warning", notice: "notice" };
function escapeData(text) {
  return stripControlCharacters(text.replace(/\r/g, "\n")).replace(/%/g, "%25").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var formatGithub = (report2) => {
  const lines = [];
  for (const file of report2.files) {
    for (const finding of file.findings) {
      const properties = [`file=${escapeProperty(finding.file)}`, `line=${finding.line}`, `endLine=${finding.endLine}`];
      if (finding.line === finding.endLine) properties.push(`col=${finding.column}`, `endColumn=${finding.endColumn}`);
      properties.push(`title=${escapeProperty(`ropa-lint ${finding.ruleId}`)}`);
      const reference = finding.reference ? `
Why: ${finding.reference}` : "";
      const message = `${finding.message}${reference}
Help: ${finding.help}
Docs: ${finding.docsUrl}`;
      lines.push(`::${COMMAND[finding.severity]} ${properties.join(",")}::${escapeData(message)}`);
    }
  }
  for (const file of report2.files) {
    for (const finding of file.suppressed) {
      const until = finding.until ? `, until ${finding.until}` : "";
      lines.push(oneLine(`ropa-lint: suppressed ${finding.ruleId} at ${finding.file}:${finding.line}:${finding.column} (reason: ${finding.reason}${until})`));
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
};

// src/formatters/html.ts
import { createHash } from "node:crypto";

// src/formatters/code-frame.ts
function codeFrame(lines, range, context = 0) {
  const text = displayLine(lines.lineText(range.line));
  const caretStart = Math.min(range.column - 1, text.length);
  const end = range.endLine === range.line ? Math.min(range.endColumn - 1, text.length) : text.length;
  const around = (from, to) => {
    const result = [];
    for (let number = Math.max(1, from); number <= Math.min(lines.lineCount, to); number += 1) result.push({ number, text: displayLine(lines.lineText(number)) });
    return result;
  };
  return {
    line: { number: range.line, text },
    caretStart,
    caretLength: Math.max(1, end - caretStart),
    before: context > 0 ? around(range.line - context, range.line - 1) : [],
    after: context > 0 ? around(range.line + 1, range.line + context) : []
  };
}

// src/formatters/rich-text.ts
function segments(message) {
  const parts = message.split(/(?<!`)`(?!`)/);
  const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  const result = [];
  parts.forEach((text, index) => {
    const code2 = index % 2 === 1 && index < closed;
    const piece = !code2 && index % 2 === 1 ? `\`${text}` : text;
    if (piece !== "") result.push({ code: code2, text: piece });
  });
  return result;
}
function truncate(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}

// src/formatters/html.ts
var SEVERITIES = ["error", "warning", "notice"];
var FRAME_CONTEXT = 2;
var STYLE = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; --code: #eff2f5;
  --error: #cf222e; --warning: #9a6700; --notice: #0969da; --focus: #fff8c5; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23; --code: #1f2630;
  --error: #ff7b72; --warning: #d29922; --notice: #58a6ff; --focus: #3b2e00; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg); color: var(--fg); }
h1 { font-size: 1.5rem; margin: 0; }
h2 { font-size: 1.1rem; margin: 2rem 0 .75rem; }
h2 code { font-size: 1rem; }
h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
code, pre { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
code { background: var(--code); padding: .1em .3em; border-radius: 4px; overflow-wrap: anywhere; }
.meta { color: var(--muted); margin: .25rem 0 1rem; }
.summary { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
.count { border: 1px solid var(--line); border-radius: 8px; padding: .5rem 1rem; min-width: 7rem; background: var(--panel); }
.count .number { display: block; font-size: 1.6rem; font-weight: 600; }
.count .label { display: block; }
.count.error .number { color: var(--error); } .count.warning .number { color: var(--warning); } .count.notice .number { color: var(--notice); }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; padding: .75rem 1rem; border: 1px solid var(--line); border-radius: 8px; background: var(--panel); }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .75rem; align-items: center; }
.filters legend { float: left; margin-right: .5rem; font-weight: 600; }
.filters select { font: inherit; }
#showing { margin: 0; color: var(--muted); }
ol.findings { list-style: none; padding: 0; margin: 0; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--muted); border-radius: 6px; padding: .75rem 1rem; margin: 0 0 .75rem; }
.finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); } .finding.notice { border-left-color: var(--notice); }
.finding[hidden], section.file[hidden] { display: none; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; padding: 0 .4rem; border-radius: 4px; color: var(--bg); }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.notice { background: var(--notice); }
.badge.new { background: var(--fg); }
.title { font-weight: 600; }
.title a { font-weight: 400; color: var(--muted); }
.location { color: var(--muted); font-size: .85rem; margin: .25rem 0 .5rem; }
pre.frame { margin: .5rem 0; padding: .5rem 0; background: var(--panel); border-radius: 6px; overflow-x: auto; }
pre.frame code { display: block; padding: 0; background: none; border-radius: 0; }
pre.frame .row { display: block; padding: 0 .75rem; white-space: pre; }
pre.frame .at { background: var(--focus); }
pre.frame .gutter { color: var(--muted); user-select: none; }
pre.frame .caret { font-weight: 700; }
.finding.error .caret { color: var(--error); } .finding.warning .caret { color: var(--warning); } .finding.notice .caret { color: var(--notice); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem .75rem; margin: .5rem 0 0; }
dt { color: var(--muted); } dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: .4rem .5rem; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
`;
var SCRIPT = `
(() => {
  const findings = Array.from(document.querySelectorAll('li.finding'));
  const boxes = Array.from(document.querySelectorAll('input[name="severity"]'));
  const rule = document.getElementById('rule-filter');
  const showing = document.getElementById('showing');
  const apply = () => {
    const severities = new Set(boxes.filter((box) => box.checked).map((box) => box.value));
    let shown = 0;
    for (const finding of findings) {
      const visible = severities.has(finding.dataset.severity) && (rule.value === '' || finding.dataset.rule === rule.value);
      finding.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const file of document.querySelectorAll('section.file')) {
      file.hidden = file.querySelector('li.finding') !== null && file.querySelector('li.finding:not([hidden])') === null && file.querySelector('.suppressed') === null;
    }
    showing.textContent = 'Showing ' + shown + ' of ' + findings.length + ' findings';
  };
  for (const box of boxes) box.addEventListener('change', apply);
  rule.addEventListener('change', apply);
  document.getElementById('filters').hidden = false;
  apply();
})();
`;
var hash = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
var CSP = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
function escapeHtml(text) {
  return stripControlCharacters(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
function richHtml(text) {
  return segments(oneLine(text)).map((segment) => segment.code ? `<code>${escapeHtml(segment.text)}</code>` : escapeHtml(segment.text)).join("");
}
function frameHtml(lines, finding) {
  const frame = codeFrame(lines, finding, FRAME_CONTEXT);
  const width = String(frame.after.at(-1)?.number ?? frame.line.number).length;
  const row = (number, text, className = "") => `<span class="row${className ? ` ${className}` : ""}"><span class="gutter">${escapeHtml(number.padStart(width))} | </span>${text}</span>`;
  return [
    '<pre class="frame"><code>',
    ...frame.before.map((line) => row(String(line.number), escapeHtml(line.text))),
    row(String(frame.line.number), escapeHtml(frame.line.text), "at"),
    row("", `${" ".repeat(frame.caretStart)}<span class="caret">${"^".repeat(frame.caretLength)}</span>`, "caret-row"),
    ...frame.after.map((line) => row(String(line.number), escapeHtml(line.text))),
    "</code></pre>"
  ].join("");
}
function findingHtml(finding, lines) {
  const isNew = finding.isNew === true ? ' <span class="badge new">new</span>' : "";
  return [
    `<li class="finding ${finding.severity}" data-severity="${finding.severity}" data-rule="${escapeHtml(finding.ruleId)}">`,
    `<div class="title"><span class="badge ${finding.severity}">${finding.severity}</span>${isNew} <span class="message">${richHtml(finding.message)}</span> <a class="rule" href="${escapeHtml(finding.docsUrl)}" rel="noreferrer">${escapeHtml(finding.ruleId)}</a></div>`,
    `<div class="location">${escapeHtml(oneLine(finding.file))}:${finding.line}:${finding.column}</div>`,
    frameHtml(lines, finding),
    "<dl>",
    finding.reference ? `<dt>Why</dt><dd>${richHtml(finding.reference)}</dd>` : "",
    `<dt>Help</dt><dd>${richHtml(finding.help)}</dd>`,
    "</dl>",
    "</li>"
  ].join("");
}
function suppressedHtml(suppressed) {
  const rows = suppressed.map(
    (finding) => `<tr><td><a href="${escapeHtml(finding.docsUrl)}" rel="noreferrer">${escapeHtml(finding.ruleId)}</a></td><td>${finding.line}:${finding.column}</td><td>${richHtml(finding.message)}</td><td>${richHtml(finding.reason)}</td><td>${finding.until ? escapeHtml(finding.until) : "\u2014"}</td></tr>`
  );
  return `<div class="suppressed"><h3>Suppressed in place (${suppressed.length})</h3><table><thead><tr><th>Rule</th><th>Line</th><th>Finding</th><th>Reason</th><th>Until</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}
var formatHtml = (report2, context) => {
  const all2 = report2.files.flatMap((file) => file.findings);
  const { errors, warnings, notices, files } = report2.summary;
  const suppressedCount = report2.files.reduce((sum, file) => sum + file.suppressed.length, 0);
  const counts = { error: errors, warning: warnings, notice: notices };
  const byRule = /* @__PURE__ */ new Map();
  for (const finding of all2) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
  const newCount = all2.filter((finding) => finding.isNew === true).length;
  const summary2 = [
    ...SEVERITIES.map((severity) => `<div class="count ${severity}" data-count="${severity}"><span class="number">${counts[severity]}</span><span class="label">${severity}${counts[severity] === 1 ? "" : "s"}</span></div>`),
    `<div class="count" data-count="files"><span class="number">${files}</span><span class="label">file${files === 1 ? "" : "s"}</span></div>`,
    `<div class="count" data-count="suppressed"><span class="number">${suppressedCount}</span><span class="label">suppressed</span></div>`,
    ...report2.base === void 0 ? [] : [`<div class="count" data-count="new"><span class="number">${newCount}</span><span class="label">new since <code>${escapeHtml(oneLine(report2.base))}</code></span></div>`]
  ].join("");
  const filters = [
    '<section id="filters" class="filters" aria-label="Filters" hidden>',
    "<fieldset><legend>Severity</legend>",
    ...SEVERITIES.map((severity) => `<label><input type="checkbox" name="severity" value="${severity}" checked> ${severity}s (${counts[severity]})</label>`),
    "</fieldset>",
    '<label>Rule <select id="rule-filter"><option value="">all rules</option>',
    ...[...byRule.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([rule, count]) => `<option value="${escapeHtml(rule)}">${escapeHtml(rule)} (${count})</option>`),
    "</select></label>",
    `<p id="showing" aria-live="polite">Showing ${all2.length} of ${all2.length} findings</p>`,
    "</section>"
  ].join("");
  const sections = report2.files.filter((file) => file.findings.length > 0 || file.suppressed.length > 0).map((file) => {
    const lines = new LineIndex(file.source);
    const findings = file.findings.length > 0 ? `<ol class="findings">${file.findings.map((finding) => findingHtml(finding, lines)).join("")}</ol>` : "";
    const suppressed = file.suppressed.length > 0 ? suppressedHtml(file.suppressed) : "";
    return `<section class="file"><h2><code>${escapeHtml(oneLine(file.file))}</code></h2>${findings}${suppressed}</section>`;
  });
  const total = errors + warnings + notices;
  const verdict = total === 0 ? `No problems in ${plural(files, "file")}.` : `${plural(total, "problem")} in ${plural(files, "file")}.`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ropa-lint report</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>ropa-lint report</h1><p class="meta">${escapeHtml(verdict)} ropa-lint ${escapeHtml(context.version)}</p></header>
<section class="summary" aria-label="Summary">${summary2}</section>
${filters}
<main>${sections.join("\n")}</main>
<footer>Each finding links to its rule's documentation. This page runs no code but its own filter script and loads nothing from the network.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
};

// src/formatters/json-chunks.ts
var LazyArray = class {
  constructor(items) {
    this.items = items;
  }
  items;
};
var PIECE = 64 * 1024;
var BATCH = 64;
function itemLines(items, depth) {
  let nested = items;
  for (let level = 0; level < depth; level += 1) nested = [nested];
  const text = JSON.stringify(nested, null, 2);
  let start = 0;
  for (let level = 0; level <= depth; level += 1) start = text.indexOf("\n", start) + 1;
  let end = text.length;
  for (let level = 0; level <= depth; level += 1) end = text.lastIndexOf("\n", end - 1);
  return text.slice(start, end);
}
function* jsonPieces(value) {
  const lazy = [];
  const nonce = `\0lazy-${Math.random().toString(36).slice(2)}-`;
  const skeleton = JSON.stringify(value, (_key, field) => field instanceof LazyArray ? `${nonce}${lazy.push(field) - 1}` : field, 2);
  const escapedNonce = JSON.stringify(nonce).slice(1, -1);
  const marker = new RegExp(`"${escapedNonce.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}(\\d+)"`, "g");
  let pending = "";
  let last = 0;
  for (let match = marker.exec(skeleton); match !== null; match = marker.exec(skeleton)) {
    pending += skeleton.slice(last, match.index);
    last = match.index + match[0].length;
    const lineStart = skeleton.lastIndexOf("\n", match.index) + 1;
    const indent = /^ */.exec(skeleton.slice(lineStart, match.index))[0];
    let batch = [];
    let written = false;
    const flush = () => {
      pending += `${written ? ",\n" : "[\n"}${itemLines(batch, indent.length / 2)}`;
      written = true;
      batch = [];
    };
    for (const item of lazy[Number(match[1])].items) {
      batch.push(item);
      if (batch.length === BATCH) flush();
      if (pending.length >= PIECE) {
        yield pending;
        pending = "";
      }
    }
    if (batch.length > 0) flush();
    pending += written ? `
${indent}]` : "[]";
  }
  pending += `${skeleton.slice(last)}
`;
  yield pending;
}

// src/formatters/json.ts
function* findingsOf(report2) {
  for (const file of report2.files) for (const finding of file.findings) yield toJsonFinding(finding);
}
function* suppressedOf(report2) {
  for (const file of report2.files) for (const finding of file.suppressed) yield toJsonSuppressed(finding);
}
function toJsonFinding(finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    reference: finding.reference,
    help: finding.help,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    pointer: finding.pointer,
    ...finding.isNew === void 0 ? {} : { isNew: finding.isNew }
  };
}
function toJsonSuppressed(finding) {
  return {
    ruleId: finding.ruleId,
    message: finding.message,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    pointer: finding.pointer,
    reason: finding.reason,
    until: finding.until
  };
}
var formatJsonPieces = (report2) => jsonPieces({
  findings: new LazyArray(findingsOf(report2)),
  summary: report2.summary,
  suppressed: new LazyArray(suppressedOf(report2)),
  ...report2.base === void 0 ? {} : { base: report2.base }
});
var formatJson = (report2, context) => [...formatJsonPieces(report2, context)].join("");

// src/formatters/markdown.ts
var MARKDOWN_LIMIT = 65536;
var MAX_TEXT = 1e3;
var ZERO_WIDTH_SPACE = "\u200B";
var SEVERITY_LABEL = { error: "\u274C error", warning: "\u26A0\uFE0F warning", notice: "\u2139\uFE0F notice" };
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function escapeMarkdown(text) {
  return oneLine(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~]/g, "\\$&").replace(/@/g, `@${ZERO_WIDTH_SPACE}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/(w)(ww\.)/gi, `$1${ZERO_WIDTH_SPACE}$2`).replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`);
}
function inlineCode(text) {
  const content = oneLine(text);
  const longestRun = Math.max(0, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longestRun + 1);
  const padded = content.startsWith("`") || content.endsWith("`") || content.startsWith(" ") || content.endsWith(" ") || content === "" ? ` ${content} ` : content;
  return `${fence}${padded}${fence}`;
}
function richText(text) {
  return segments(truncate(oneLine(text), MAX_TEXT)).map((segment) => segment.code ? inlineCode(segment.text) : escapeMarkdown(segment.text)).join("");
}
function encodePath(file) {
  return file.split("/").map((part) => encodeURIComponent(part).replace(/[()'*!]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function lineLink(file, line, linkBase) {
  const target = `${encodePath(file)}#L${line}`;
  const url = linkBase ? `${linkBase.replace(/\/+$/, "")}/${target.replace(/^\/+/, "")}` : target;
  return `[line ${line}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}
function findingBlock(finding, linkBase) {
  const isNew = finding.isNew === true ? " \xB7 **new**" : "";
  const head = `- ${SEVERITY_LABEL[finding.severity]} [\`${finding.ruleId}\`](<${finding.docsUrl}>) \xB7 ${lineLink(finding.file, finding.line, linkBase)}${isNew}: ${richText(finding.message)}`;
  const why = finding.reference ? `  
  Why: ${richText(finding.reference)}` : "";
  return `${head}${why}  
  Help: ${richText(finding.help)}
`;
}
function suppressedBlock(finding, linkBase) {
  const until = finding.until ? ` (until ${escapeMarkdown(finding.until)})` : "";
  return `- \`${finding.ruleId}\` \xB7 ${lineLink(finding.file, finding.line, linkBase)}: ${richText(finding.message)}  
  Reason: ${richText(finding.reason)}${until}
`;
}
var formatMarkdown = (report2, context) => {
  const { errors, warnings, notices, files } = report2.summary;
  const total = errors + warnings + notices;
  const suppressedCount = report2.files.reduce((sum, file) => sum + file.suppressed.length, 0);
  const newCount = report2.files.reduce((sum, file) => sum + file.findings.filter((finding) => finding.isNew === true).length, 0);
  const head = ["## ropa-lint report", ""];
  const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notices, "notice")}`;
  const extras = [
    ...report2.base === void 0 ? [] : [`${newCount} new since ${inlineCode(report2.base)}`],
    ...suppressedCount > 0 ? [`${suppressedCount} suppressed in place`] : []
  ];
  head.push(total === 0 ? `\u2705 **No problems** in ${plural(files, "file")}${extras.length > 0 ? ` \xB7 ${extras.join(" \xB7 ")}` : ""}` : `**${counts}** in ${plural(files, "file")}${extras.length > 0 ? ` \xB7 ${extras.join(" \xB7 ")}` : ""}`, "");
  const byRule = /* @__PURE__ */ new Map();
  for (const finding of report2.files.flatMap((file) => file.findings)) {
    const key = `${finding.ruleId}\0${finding.severity}`;
    byRule.set(key, { severity: finding.severity, count: (byRule.get(key)?.count ?? 0) + 1 });
  }
  if (byRule.size > 0) {
    head.push("| Rule | Severity | Findings |", "|---|---|--:|");
    const rows = [...byRule.entries()].sort(([a, left], [b, right]) => SEVERITY_ORDER[left.severity] - SEVERITY_ORDER[right.severity] || right.count - left.count || compareStrings(a, b));
    for (const [key, { severity, count }] of rows) head.push(`| \`${key.split("\0")[0]}\` | ${SEVERITY_LABEL[severity]} | ${count} |`);
    head.push("");
  }
  let output = `${head.join("\n")}
`;
  const footer = (findingsLeft2, suppressedLeft2) => {
    const parts = [...findingsLeft2 > 0 ? [plural(findingsLeft2, "more finding")] : [], ...suppressedLeft2 > 0 ? [plural(suppressedLeft2, "more suppression")] : []];
    return `
---
**${parts.join(" and ")} not shown**: the report is cut to fit GitHub's limit of 65,536 characters. Run \`npx ropa-lint\` or read the job log for all of them.
`;
  };
  const budget = MARKDOWN_LIMIT - footer(999999, 999999).length - 64;
  let findingsLeft = report2.files.reduce((sum, file) => sum + file.findings.length, 0);
  let suppressedLeft = suppressedCount;
  let cut = false;
  const add = (block) => {
    if (cut || output.length + block.length > budget) {
      cut = true;
      return false;
    }
    output += block;
    return true;
  };
  for (const file of report2.files) {
    if (file.findings.length === 0 && file.suppressed.length === 0) continue;
    if (!add(`### ${inlineCode(truncate(file.file, 300))}

`)) break;
    for (const finding of file.findings) {
      if (!add(findingBlock(finding, context.linkBase))) break;
      findingsLeft -= 1;
    }
    if (file.suppressed.length > 0 && add(`
**Suppressed in place** (${file.suppressed.length}):

`)) {
      for (const finding of file.suppressed) {
        if (!add(suppressedBlock(finding, context.linkBase))) break;
        suppressedLeft -= 1;
      }
    }
    add("\n");
  }
  if (findingsLeft > 0 || suppressedLeft > 0) output += footer(findingsLeft, suppressedLeft);
  return output;
};

// src/formatters/names.ts
var FORMAT_NAMES = ["github", "html", "json", "markdown", "sarif", "stylish"];

// src/formatters/sarif.ts
import { createHash as createHash2 } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function toUriReference(file) {
  return file.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function fingerprint(finding) {
  return createHash2("sha256").update(`${finding.ruleId}\0${finding.file}\0${finding.stablePath}\0${finding.message}`).digest("hex").slice(0, 32);
}
function toResult(finding, ruleIndex, suppression) {
  const result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: stripControlCharacters(`${finding.message}. ${finding.help}`) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUriReference(finding.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
        }
      }
    ],
    partialFingerprints: { "ropaLintFinding/v1": fingerprint(finding) },
    properties: { pointer: finding.pointer, ...finding.reference ? { reference: finding.reference } : {} }
  };
  if (finding.isNew !== void 0) result.baselineState = finding.isNew ? "new" : "unchanged";
  if (suppression) result.suppressions = [{ kind: "inSource", justification: stripControlCharacters(suppression.reason) }];
  return result;
}
function* resultsOf(report2, index) {
  for (const file of report2.files) {
    for (const finding of file.findings) yield toResult(finding, index.get(finding.ruleId) ?? -1);
    for (const finding of file.suppressed) yield toResult(finding, index.get(finding.ruleId) ?? -1, finding);
  }
}
var formatSarifPieces = (report2, context) => {
  const reportedRules = new Set(report2.files.flatMap((file) => [...file.findings, ...file.suppressed].map((finding) => finding.ruleId)));
  const rules3 = [...context.rules].filter((rule) => !rule.comparison || reportedRules.has(rule.id));
  const index = new Map(rules3.map((rule, position) => [rule.id, position]));
  const results = new LazyArray(resultsOf(report2, index));
  const log2 = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ropa-lint",
            version: context.version,
            semanticVersion: context.version,
            informationUri: "https://github.com/ropa-lint/ropa-lint",
            rules: rules3.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z0-9])/g, (_whole, _dash, letter) => letter.toUpperCase()),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.reference ? `${rule.description} (${rule.reference})` : rule.description },
              help: {
                text: `${rule.description}${rule.reference ? ` Legal reference: ${rule.reference}.` : ""} See ${rule.docsUrl}`,
                markdown: `${rule.description}${rule.reference ? `

**Legal reference:** ${rule.reference}` : ""}

[Documentation](${rule.docsUrl})`
              },
              helpUri: rule.docsUrl,
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { tags: ["privacy", "gdpr", ...rule.aiOnly ? ["ai-training"] : []], precision: "very-high" }
            }))
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The folder ropa-lint ran in (the repository root in CI)." } } },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return jsonPieces(log2);
};
var formatSarif = (report2, context) => [...formatSarifPieces(report2, context)].join("");

// src/formatters/stylish.ts
var ansi = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
var plain = (text) => text;
function palette(color) {
  if (!color) {
    return { severity: { error: plain, warning: plain, notice: plain }, bold: plain, dim: plain, caret: { error: plain, warning: plain, notice: plain } };
  }
  const red = ansi(31, 39);
  const yellow = ansi(33, 39);
  const cyan = ansi(36, 39);
  const bold = ansi(1, 22);
  return {
    severity: { error: (text) => bold(red(text)), warning: (text) => bold(yellow(text)), notice: (text) => bold(cyan(text)) },
    bold,
    dim: ansi(2, 22),
    caret: { error: red, warning: yellow, notice: cyan }
  };
}
function frameLines(lines, finding, paint) {
  const frame = codeFrame(lines, finding);
  const pad = " ".repeat(String(finding.line).length);
  return [
    `${pad} ${paint.dim("|")}`,
    `${paint.dim(`${finding.line} |`)} ${frame.line.text}`,
    `${pad} ${paint.dim("|")} ${" ".repeat(frame.caretStart)}${paint.caret[finding.severity]("^".repeat(frame.caretLength))}`
  ];
}
var formatStylish = (report2, context) => {
  const paint = palette(context.color);
  const out = [];
  for (const file of report2.files) {
    if (file.findings.length === 0 && file.suppressed.length === 0) continue;
    const lines = new LineIndex(file.source);
    for (const finding of file.findings) {
      const pad = " ".repeat(String(finding.line).length);
      const isNew = finding.isNew === true ? ` ${paint.caret[finding.severity]("[new]")}` : "";
      out.push(`${paint.severity[finding.severity](`${finding.severity}[${finding.ruleId}]`)}${paint.bold(`: ${oneLine(finding.message)}`)}${isNew}`);
      out.push(`${pad}${paint.dim("-->")} ${oneLine(finding.file)}:${finding.line}:${finding.column}`);
      out.push(...frameLines(lines, finding, paint));
      if (finding.reference) out.push(`${pad} ${paint.dim("=")} why: ${oneLine(finding.reference)}`);
      out.push(`${pad} ${paint.dim("=")} help: ${oneLine(finding.help)}`);
      out.push(`${pad} ${paint.dim("=")} docs: ${finding.docsUrl}`);
      out.push("");
    }
    for (const suppressed of file.suppressed) out.push(suppressedLine(suppressed, paint));
    if (file.suppressed.length > 0) out.push("");
  }
  const { errors, warnings, notices, files } = report2.summary;
  const total = errors + warnings + notices;
  const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notices, "notice")}`;
  const suppressedCount = report2.files.reduce((sum, file) => sum + file.suppressed.length, 0);
  const suppressedNote = suppressedCount > 0 ? `; ${suppressedCount} suppressed in place` : "";
  const newCount = report2.files.reduce((sum, file) => sum + file.findings.filter((finding) => finding.isNew === true).length, 0);
  const newNote = report2.base === void 0 ? "" : `; ${newCount} new since ${oneLine(report2.base)}`;
  if (total === 0) {
    out.push(`${paint.bold("\u2714")} ${plural(files, "file")} checked: no problems${suppressedNote}`);
  } else {
    const worst = errors > 0 ? "error" : warnings > 0 ? "warning" : "notice";
    out.push(paint.severity[worst](`\u2716 ${plural(total, "problem")} (${counts}) in ${plural(files, "file")}${newNote}${suppressedNote}`));
  }
  return `${out.join("\n")}
`;
};
function suppressedLine(finding, paint) {
  const until = finding.until ? `, until ${finding.until}` : "";
  return paint.dim(`suppressed[${finding.ruleId}] ${oneLine(finding.file)}:${finding.line}:${finding.column}: ${oneLine(finding.message)} (reason: ${oneLine(finding.reason)}${until})`);
}

// src/core/types.ts
function summarize(files) {
  const summary2 = { errors: 0, warnings: 0, notices: 0, files: files.length };
  for (const file of files) {
    for (const finding of file.findings) {
      if (finding.severity === "error") summary2.errors += 1;
      else if (finding.severity === "warning") summary2.warnings += 1;
      else summary2.notices += 1;
    }
  }
  return summary2;
}

// src/rules/shared/consent.ts
var COMMUNICATIONS_SOURCES = /* @__PURE__ */ new Set(["communications-content", "communications-metadata"]);
var TERMINAL_SOURCES = /* @__PURE__ */ new Set(["terminal-equipment"]);
function categoriesFrom(purpose, sources) {
  return purpose.activity.categories.filter((category) => typeof category.value.source === "string" && sources.has(category.value.source));
}
function isAiTraining(purpose) {
  return purpose.value.ai_training === true;
}
function usesCommunications(purpose) {
  return categoriesFrom(purpose, COMMUNICATIONS_SOURCES).length > 0;
}
function needsCommunicationsConsent(purpose) {
  return isAiTraining(purpose) && usesCommunications(purpose);
}
function needsTerminalConsent(purpose) {
  return isAiTraining(purpose) && categoriesFrom(purpose, TERMINAL_SOURCES).length > 0;
}
function namesExplicitConsent(purpose) {
  return purpose.value.special_category_condition === "explicit-consent";
}
function consentRequired(purpose) {
  return purpose.value.lawful_basis === "consent" || namesExplicitConsent(purpose) || needsCommunicationsConsent(purpose) || needsTerminalConsent(purpose);
}
function consentBlock(purpose) {
  return isRecord(purpose.value.consent) ? purpose.value.consent : void 0;
}
function hasSpecialCategoryData(purpose) {
  return purpose.activity.categories.some((category) => Array.isArray(category.value.special) && category.value.special.length > 0);
}
function involvesChildren(purpose) {
  return purpose.activity.subjects.some((subject) => subject.value.children === true);
}
var OTHER_ART9_CONDITIONS = /* @__PURE__ */ new Set(["employment", "vital-interests", "not-for-profit", "made-public", "legal-claims", "substantial-public-interest", "health-care", "public-health", "archiving-research"]);
function needsExplicitConsent(purpose) {
  const condition = purpose.value.special_category_condition;
  return hasSpecialCategoryData(purpose) && !(typeof condition === "string" && OTHER_ART9_CONDITIONS.has(condition));
}
var NOT_OPT_IN = /* @__PURE__ */ new Set(["opt-out", "pre-ticked", "implied", "terms-acceptance"]);
var HARDER_THAN_GIVING = /* @__PURE__ */ new Set(["none", "email", "support-request"]);
var consentDefects = {
  "consent-not-opt-in": (consent) => typeof consent.collection === "string" && NOT_OPT_IN.has(consent.collection),
  "consent-bundled": (consent) => consent.required_for_service === true,
  "consent-not-granular": (consent) => consent.granular === false,
  "consent-not-explicit": (consent, purpose) => needsExplicitConsent(purpose) && consent.explicit !== true,
  "consent-withdrawal": (consent) => consent.withdrawal === void 0 || typeof consent.withdrawal === "string" && HARDER_THAN_GIVING.has(consent.withdrawal),
  // An administrator consents for others anywhere; one participant consents for the others on communications (ePrivacy Art. 5(1)).
  "consent-given-by-third-party": (consent, purpose) => consent.given_by === "account-admin" || consent.given_by === "data-subject" && usesCommunications(purpose),
  "children-consent": (consent, purpose) => involvesChildren(purpose) && !isStated(consent.age_verification)
};
function recordsKept(records) {
  if (!isStated(records)) return false;
  if (Array.isArray(records)) return records.length > 0;
  if (isRecord(records)) return Object.keys(records).length > 0;
  return true;
}
function rejectedBy(purpose) {
  const consent = consentBlock(purpose);
  if (!consent) return [];
  return Object.keys(consentDefects).filter((id) => consentDefects[id](consent, purpose));
}
function* rejectedBlocks(purposes, ruleId) {
  const defective = consentDefects[ruleId];
  for (const purpose of purposes) {
    const consent = consentBlock(purpose);
    if (consent && defective(consent, purpose)) yield { purpose, consent };
  }
}

// src/rules/ai-training-contract-basis.ts
var ai_training_contract_basis_default = defineRule({
  meta: {
    id: "ai-training-contract-basis",
    severity: "error",
    reference: "Art. 6(1)(b); EDPB Guidelines 2/2019",
    aiOnly: true,
    description: "Training a model is not necessary to perform a contract with the user, so contract is not a lawful basis for it.",
    messages: {
      contract: {
        message: "{purpose} relies on contract for AI training, but training a model is not necessary to perform the contract with the user",
        help: "choose `lawful_basis: consent` (with an opt-in `consent` block) or `lawful_basis: legitimate-interests` (with an `assessment` and an objection offered before training under `legitimate_interests`)"
      }
    }
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      if (!isAiTraining(purpose) || purpose.value.lawful_basis !== "contract") continue;
      yield { messageId: "contract", pointer: joinPointer(purpose.pointer, "lawful_basis"), data: { purpose: describeLocation(model.root, purpose.pointer) } };
    }
  }
});

// src/rules/ai-training-undeclared.ts
function ownPhrase(purpose) {
  const { id, description } = purpose.value;
  const said = typeof description === "string" && isStated(description) ? trainingPhrase(description) : void 0;
  if (said !== void 0) return { phrase: said, field: "description" };
  const named = typeof id === "string" ? trainingPhrase(id) : void 0;
  return named === void 0 ? void 0 : { phrase: named, field: "id" };
}
function pointerOf2(purpose, field) {
  if (Object.prototype.hasOwnProperty.call(purpose.value, "ai_training")) return joinPointer(purpose.pointer, "ai_training");
  return field === void 0 ? purpose.pointer : joinPointer(purpose.pointer, field);
}
var ai_training_undeclared_default = defineRule({
  meta: {
    id: "ai-training-undeclared",
    severity: "warning",
    reference: "Art. 5(1)(a)",
    aiOnly: false,
    description: "A purpose whose text says its data trains, fine-tunes, improves or evaluates a model is marked ai_training: true.",
    messages: {
      undeclared: {
        message: '{purpose} says "{phrase}" but is not marked `ai_training: true`, so the AI-training checks skip it',
        help: 'set `ai_training: true` if this purpose trains, fine-tunes or evaluates a model; if it only uses a model, or trains people, reword the description to say so (e.g. "answer questions with the existing model")'
      },
      undeclaredByActivity: {
        message: '{purpose} is not marked `ai_training: true`, but its {activity} says "{phrase}" and no purpose of it is marked as training',
        help: "mark the purpose that trains the model with `ai_training: true` (add one if the training is a purpose of its own); if no data of this activity trains a model, reword the activity's description"
      }
    }
  },
  *check({ model }) {
    for (const activity of model.activities) {
      const { description } = activity.value;
      const activityPhrase = activity.purposes.some((purpose) => purpose.value.ai_training === true) || typeof description !== "string" || !isStated(description) ? void 0 : trainingPhrase(description);
      for (const purpose of activity.purposes) {
        if (purpose.value.ai_training === true) continue;
        const subject = describeLocation(model.root, purpose.pointer);
        const own = ownPhrase(purpose);
        if (own !== void 0) {
          yield { messageId: "undeclared", pointer: pointerOf2(purpose, own.field), data: { purpose: subject, phrase: own.phrase } };
        } else if (activityPhrase !== void 0) {
          yield { messageId: "undeclaredByActivity", pointer: pointerOf2(purpose, void 0), data: { purpose: subject, activity: describeLocation(model.root, activity.pointer), phrase: activityPhrase } };
        }
      }
    }
  }
});

// src/rules/anonymisation-claim.ts
var anonymisation_claim_default = defineRule({
  meta: {
    id: "anonymisation-claim",
    severity: "warning",
    reference: "Recital 26; EDPB Opinion 28/2024",
    aiOnly: false,
    description: "A data category claimed to be anonymised links the assessment that backs the claim.",
    messages: {
      unsupported: {
        message: "{category} is claimed anonymised without an anonymisation assessment",
        help: "link the assessment showing that no one can reasonably be identified, e.g. `anonymisation_assessment: docs/anonymisation/{file}.md`, or set `anonymised: false` and treat the data as personal data"
      }
    }
  },
  *check({ model }) {
    for (const category of model.categories) {
      if (category.value.anonymised !== true) continue;
      if (isStated(category.value.anonymisation_assessment)) continue;
      const id = category.value.id;
      yield {
        messageId: "unsupported",
        pointer: joinPointer(category.pointer, "anonymised"),
        data: { category: describeLocation(model.root, category.pointer), file: typeof id === "string" && id !== "" ? id : "category" }
      };
    }
  }
});

// src/rules/automated-decision.ts
var ALLOWED_BASES = /* @__PURE__ */ new Set(["contract", "legal-obligation", "public-task"]);
function shortfall(purpose) {
  const basis = purpose.value.lawful_basis;
  if (typeof basis === "string" && ALLOWED_BASES.has(basis)) return void 0;
  if (basis === "consent") {
    const consent = consentBlock(purpose);
    return consent === void 0 || consent.explicit === true ? void 0 : "consent that is not explicit";
  }
  if (typeof basis === "string" && isStated(basis)) return `\`${basis}\``;
  return "an unstated lawful basis";
}
var automated_decision_default = defineRule({
  meta: {
    id: "automated-decision",
    severity: "warning",
    reference: "Art. 22",
    aiOnly: false,
    description: "Solely automated decisions rest on a contract, a law that authorises them, or explicit consent.",
    messages: {
      basis: {
        message: "{activity} takes solely automated decisions, but {purpose} rests on {basis} instead of a contract, a law or explicit consent",
        help: "rest the decisions on a contract (`lawful_basis: contract`), a law that authorises them (`lawful_basis: legal-obligation` or `public-task`), or explicit consent (`lawful_basis: consent` with `explicit: true`); otherwise have a person review each decision and set `automated_decision_making: false`"
      }
    }
  },
  *check({ model }) {
    for (const activity of model.activities) {
      if (activity.value.automated_decision_making !== true) continue;
      for (const purpose of activity.purposes) {
        const basis = shortfall(purpose);
        if (basis === void 0) continue;
        const pointer = purpose.value.lawful_basis === "consent" ? joinPointer(joinPointer(purpose.pointer, "consent"), "explicit") : joinPointer(purpose.pointer, "lawful_basis");
        yield {
          messageId: "basis",
          pointer,
          data: { purpose: describeLocation(model.root, purpose.pointer), activity: describeLocation(model.root, activity.pointer), basis }
        };
      }
    }
  }
});

// src/rules/children-consent.ts
var children_consent_default = defineRule({
  meta: {
    id: "children-consent",
    severity: "error",
    reference: "Art. 8",
    aiOnly: false,
    description: "Consent that may come from children says how age and parental consent are verified.",
    messages: {
      noAgeVerification: {
        message: "{purpose} relies on consent from data subjects who may be children ({subjects}) without checking age or parental consent",
        help: "verify age and, below the age of digital consent, obtain and verify the consent of a parent; name the method, e.g. `age_verification: parental-consent-check`"
      }
    }
  },
  *check({ model }) {
    for (const { purpose, consent } of rejectedBlocks(model.purposes, "children-consent")) {
      const subjects = purpose.activity.subjects.filter((subject) => subject.value.children === true).map((subject) => typeof subject.value.id === "string" ? `\`${subject.value.id}\`` : "a data subject").join(", ");
      yield {
        messageId: "noAgeVerification",
        pointer: `${purpose.pointer}${pointerOf("consent", "age_verification")}`,
        data: { purpose: describeLocation(model.root, purpose.pointer), subjects }
      };
    }
  }
});

// src/rules/consent-bundled.ts
var consent_bundled_default = defineRule({
  meta: {
    id: "consent-bundled",
    severity: "error",
    reference: "Art. 7(4), Recital 43",
    aiOnly: false,
    description: "The service is not refused to people who decline consent: consent that is a condition of the service is not freely given.",
    messages: {
      bundled: {
        message: "{purpose} makes the service conditional on consent (required_for_service: true), so the consent is not freely given",
        help: 'let people keep using the service when they decline (a real "No" beside the "Yes") and set `required_for_service: false`'
      }
    }
  },
  *check({ model }) {
    for (const { purpose, consent } of rejectedBlocks(model.purposes, "consent-bundled")) {
      yield {
        messageId: "bundled",
        pointer: `${purpose.pointer}${pointerOf("consent", "required_for_service")}`,
        data: { purpose: describeLocation(model.root, purpose.pointer) }
      };
    }
  }
});

// src/rules/consent-details-missing.ts
function idsOf2(categories) {
  return categories.map((category) => typeof category.value.id === "string" ? `\`${category.value.id}\`` : "a data category").join(", ");
}
function suggestedBlock(purpose) {
  const explicit = namesExplicitConsent(purpose) || needsExplicitConsent(purpose) || purpose.activity.value.automated_decision_making === true;
  const fields = [
    "collection: opt-in",
    ...explicit ? ["explicit: true"] : [],
    "granular: true",
    "required_for_service: false",
    `given_by: ${usesCommunications(purpose) ? "all-participants" : "data-subject"}`,
    "withdrawal: in-product",
    "records: <where proof is kept>",
    ...involvesChildren(purpose) ? ["age_verification: <how age and parental consent are checked>"] : []
  ];
  return fields.join(", ");
}
var consent_details_missing_default = defineRule({
  meta: {
    id: "consent-details-missing",
    severity: "error",
    reference: "Art. 7(1)",
    aiOnly: false,
    description: "A purpose that needs consent (basis consent, explicit consent as its Art. 9(2) condition, or ePrivacy Art. 5(1) / 5(3) for training) has a consent block that describes how it is obtained.",
    messages: {
      basisConsent: {
        message: "{purpose} has lawful_basis: consent but no `consent` block saying how consent is obtained, withdrawn and recorded",
        help: "add a `consent` block to the purpose: {block}"
      },
      explicitCondition: {
        message: "{purpose} names explicit consent as its Art. 9(2) condition (special_category_condition: explicit-consent) but has no `consent` block saying how that consent is obtained, withdrawn and recorded",
        help: "add a `consent` block to the purpose: {block}; if the purpose rests on another Art. 9(2) condition, name that one instead"
      },
      communicationsConsent: {
        message: "{purpose} trains on communications data ({categories}), which needs the consent of the users concerned under ePrivacy Art. 5(1), but has no `consent` block",
        help: "ask every participant before training and add a `consent` block to the purpose: {block}"
      },
      terminalConsent: {
        message: "{purpose} trains on data read from users' devices ({categories}), which needs consent under ePrivacy Art. 5(3), but has no `consent` block",
        help: "ask before reading the data for training and add a `consent` block to the purpose: {block}"
      }
    }
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      if (consentBlock(purpose) || !consentRequired(purpose)) continue;
      const pointer = `${purpose.pointer}${pointerOf("consent")}`;
      const data = { purpose: describeLocation(model.root, purpose.pointer), block: suggestedBlock(purpose) };
      let report2;
      if (purpose.value.lawful_basis === "consent") {
        report2 = { messageId: "basisConsent", pointer, data };
      } else if (namesExplicitConsent(purpose)) {
        report2 = { messageId: "explicitCondition", pointer, data };
      } else if (needsCommunicationsConsent(purpose)) {
        report2 = { messageId: "communicationsConsent", pointer, data: { ...data, categories: idsOf2(categoriesFrom(purpose, COMMUNICATIONS_SOURCES)) } };
      } else {
        report2 = { messageId: "terminalConsent", pointer, data: { ...data, categories: idsOf2(categoriesFrom(purpose, TERMINAL_SOURCES)) } };
      }
      yield report2;
    }
  }
});

// src/rules/consent-given-by-third-party.ts
var consent_given_by_third_party_default = defineRule({
  meta: {
    id: "consent-given-by-third-party",
    severity: "error",
    reference: "Art. 4(11); ePrivacy Art. 5(1)",
    aiOnly: false,
    description: "Consent comes from the people whose data it is: not from an account administrator or customer on their behalf, and on communications from every participant, not one.",
    messages: {
      accountAdmin: {
        message: "{purpose} takes consent from an account administrator (given_by: account-admin), who cannot consent for the people whose data it is",
        help: "ask each person whose data is used (`given_by: data-subject`, or `given_by: all-participants` for communications), or rely on another lawful basis"
      },
      oneParticipant: {
        message: "{purpose} uses communications ({categories}) with consent from one participant (given_by: data-subject), who cannot consent for the others in the conversation",
        help: "ask everyone taking part, senders and recipients alike, before their communications are used and set `given_by: all-participants`, or keep communications out of this purpose"
      }
    }
  },
  *check({ model }) {
    for (const { purpose, consent } of rejectedBlocks(model.purposes, "consent-given-by-third-party")) {
      const pointer = `${purpose.pointer}${pointerOf("consent", "given_by")}`;
      const name = describeLocation(model.root, purpose.pointer);
      if (consent.given_by === "account-admin") {
        yield { messageId: "accountAdmin", pointer, data: { purpose: name } };
        continue;
      }
      const categories = categoriesFrom(purpose, COMMUNICATIONS_SOURCES).map((category) => typeof category.value.id === "string" ? `\`${category.value.id}\`` : "a data category").join(", ");
      yield { messageId: "oneParticipant", pointer, data: { purpose: name, categories } };
    }
  }
});

// src/rules/consent-not-explicit.ts
var consent_not_explicit_default = defineRule({
  meta: {
    id: "consent-not-explicit",
    severity: "error",
    reference: "Art. 9(2)(a)",
    aiOnly: false,
    description: "Special-category data processed under consent needs explicit consent: an express statement, not just an affirmative act.",
    messages: {
      notExplicit: {
        message: "{purpose} processes special-category data ({categories}) under consent that is not explicit",
        help: "ask for an express statement that names the data (a separate confirmation) and set `explicit: true`, or name another Art. 9(2) condition in `special_category_condition`"
      },
      explicitMissing: {
        message: "{purpose} processes special-category data ({categories}) under consent but does not say that the consent is explicit",
        help: "ask for an express statement that names the data (a separate confirmation) and add `explicit: true` to the consent block"
      }
    }
  },
  *check({ model }) {
    for (const { purpose, consent } of rejectedBlocks(model.purposes, "consent-not-explicit")) {
      const categories = purpose.activity.categories.filter((category) => Array.isArray(category.value.special) && category.value.special.length > 0).map((category) => {
        const kinds = category.value.special.filter((kind) => typeof kind === "string").join(", ");
        const id = typeof category.value.id === "string" ? `\`${category.value.id}\`` : "a data category";
        return kinds === "" ? id : `${id}: ${kinds}`;
      }).join("; ");
      yield {
        messageId: consent.explicit === void 0 || consent.explicit === null ? "explicitMissing" : "notExplicit",
        pointer: `${purpose.pointer}${pointerOf("consent", "explicit")}`,
        data: { purpose: describeLocation(model.root, purpose.pointer), categories }
      };
    }
  }
});

// src/rules/consent-not-granular.ts
var consent_not_granular_default = defineRule({
  meta: {
    id: "consent-not-granular",
    severity: "error",
    reference: "Recitals 32, 43",
    aiOnly: false,
    description: "Consent is asked separately for each purpose, not once for a bundle of purposes.",
    messages: {
      notGranular: {
        message: "{purpose} asks for consent together with other purposes (granular: false) instead of on its own",
        help: "ask for this purpose with its own choice, which people can accept or refuse separately, and set `granular: true`"
      }
    }
  },
  *check({ model }) {
    for (const { purpose, consent } of rejectedBlocks(model.purposes, "consent-not-granular")) {
      yield {
        messageId: "notGranular",
        pointer: `${purpose.pointer}${pointerOf("consent", "granular")}`,
        data: { purpose: describeLocation(model.root, purpose.pointer) }
      };
    }
  }
});

// src/rules/consent-not-opt-in.ts
var TAKEN_AS_CONSENT = {
  "opt-out": "not opting out",
  "pre-ticked": "a pre-ticked box",
  implied: "continued use of the service",
  "terms-acceptance": "acceptance of the terms of service"
};
var consent_not_opt_in_default = defineRule({
  meta: {
    id: "consent-not-opt-in",
    severity: "error",
    reference: "Art. 4(11), Recital 32; CJEU C-673/17 Planet49",
    aiOnly: false,
    description: "Consent is collected by a clear affirmative act (opt-in), not by silence, a pre-ticked box, continued use or accepting the terms.",
    messages: {
      notOptIn: {
        message: "{purpose} takes {taken} as consent (collection: {collection}), which is not a clear affirmative act",
        help: "ask before processing with an unticked choice the person must actively make and set `collection: opt-in`, or rely on another lawful basis"
      }
    }
  },
  *check({ model }) {
    for (const { purpose, consent } of rejectedBlocks(model.purposes, "consent-not-opt-in")) {
      const collection = String(consent.collection);
      yield {
        messageId: "notOptIn",
        pointer: `${purpose.pointer}${pointerOf("consent", "collection")}`,
        data: { purpose: describeLocation(model.root, purpose.pointer), taken: TAKEN_AS_CONSENT[collection] ?? collection, collection }
      };
    }
  }
});

// src/rules/consent-records.ts
var consent_records_default = defineRule({
  meta: {
    id: "consent-records",
    severity: "warning",
    reference: "Art. 7(1)",
    aiOnly: false,
    description: "A consent block says where proof of consent is kept, so the controller can demonstrate who consented, when and to what.",
    messages: {
      noRecords: {
        message: "{purpose} keeps no record of who consented, when and to what",
        help: "store each consent (who, when, which wording, what was chosen) and name where, e.g. `records: consent-service`"
      }
    }
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      const consent = consentBlock(purpose);
      if (!consent || recordsKept(consent.records)) continue;
      yield {
        messageId: "noRecords",
        pointer: `${purpose.pointer}${pointerOf("consent", "records")}`,
        data: { purpose: describeLocation(model.root, purpose.pointer) }
      };
    }
  }
});

// src/rules/shared/comparison.ts
function shown(value) {
  if (value === void 0 || value === null || value === "") return "not set";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
function atBase(pair, headFile) {
  const places = [];
  if (pair.baseFile !== void 0 && pair.baseFile !== headFile) places.push(`in ${pair.baseFile}`);
  const before = pair.base?.activity.value.id;
  if (before !== void 0 && before !== pair.head.activity.value.id) places.push(`under activity \`${shown(before)}\``);
  return places.length === 0 ? "at base" : `at base (${places.join(", ")})`;
}

// src/rules/consent-weakened.ts
function scale(ranks) {
  const table = new Map(Object.entries(ranks));
  return (value) => typeof value === "string" ? table.get(value) : void 0;
}
var rank = {
  collection: scale({ "opt-in": 1, "opt-out": 0, "pre-ticked": 0, implied: 0, "terms-acceptance": 0 }),
  // Absent is not explicit (SPEC §1: explicit is "an express statement").
  explicit: (value) => value === true ? 1 : value === false || value === void 0 || value === null ? 0 : void 0,
  granular: (value) => value === true ? 1 : value === false ? 0 : void 0,
  required_for_service: (value) => value === false ? 1 : value === true ? 0 : void 0,
  withdrawal: scale({ "in-product": 3, email: 2, "support-request": 1, none: 0 }),
  given_by: scale({ "data-subject": 1, "all-participants": 1, "parent-or-guardian": 1, "account-admin": 0 }),
  // SPEC §1: records "omitted = none"; a placeholder such as `TODO` is none too (§2.1 "Not written").
  records: (value) => recordsKept(value) ? 1 : 0
};
var FIELDS = Object.keys(rank);
var template = (help) => ({ message: "{purpose} weakens its consent: {field} was {was} {atBase}, is {now} now", help });
var consent_weakened_default = defineRule({
  meta: {
    id: "consent-weakened",
    severity: "error",
    reference: "Art. 4(11), 7",
    aiOnly: false,
    comparison: true,
    description: "A change moves a consent field of an existing purpose to a weaker value (opt-in to opt-out, explicit to not, easier withdrawal to harder, and so on), or removes the consent block while the purpose still relies on consent.",
    messages: {
      collection: template("keep `collection: {was}`: consent is a clear affirmative act, and silence, a pre-ticked box, continued use or accepting the terms are not one"),
      explicit: template("keep `explicit: true`: an express statement is what special-category data and automated decisions need"),
      granular: template("keep `granular: true`: ask for this purpose separately rather than in one consent for several"),
      required_for_service: template("keep `required_for_service: false`: consent the service is refused without is not freely given"),
      withdrawal: template("keep `withdrawal: {was}`: withdrawing must stay as easy as giving consent, and people were promised this route"),
      given_by: template("keep `given_by: {was}`: an administrator or customer cannot consent for the people whose data it is"),
      records: template("keep `records: {was}`: without records you cannot show that each person consented"),
      removed: {
        message: "{purpose} still relies on consent but no longer describes it: it had a `consent` block {atBase} ({was}), has none now",
        help: "put the `consent` block back as it was {atBase}, updated to what the product does now: it says how consent is asked, withdrawn and recorded, and without it the consent cannot be demonstrated (Art. 7(1))"
      }
    }
  },
  *check({ comparison, model, file }) {
    for (const pair of comparison?.pairs ?? []) {
      if (pair.base === void 0) continue;
      const before = consentBlock(pair.base);
      const after = consentBlock(pair.head);
      const purpose = describeLocation(model.root, pair.head.pointer);
      if (before !== void 0 && after === void 0) {
        if (pair.base.value.lawful_basis === "consent" && pair.head.value.lawful_basis === "consent") {
          yield { messageId: "removed", pointer: joinPointer(pair.head.pointer, "consent"), data: { purpose, was: summary(before), atBase: atBase(pair, file) } };
        }
        continue;
      }
      if (before === void 0 || after === void 0) continue;
      for (const field of FIELDS) {
        const was = before[field];
        const now = after[field];
        const wasRank = rank[field](was);
        const nowRank = rank[field](now);
        if (wasRank === void 0 || nowRank === void 0 || nowRank >= wasRank) continue;
        yield {
          messageId: field,
          pointer: joinPointer(joinPointer(pair.head.pointer, "consent"), field),
          data: { purpose, field, was: shown(was), now: shown(now), atBase: atBase(pair, file) }
        };
      }
    }
  }
});
function summary(consent) {
  const fields = FIELDS.filter((field) => consent[field] !== void 0).map((field) => `${field}: ${shown(consent[field])}`);
  return fields.length === 0 ? "with no fields" : fields.join(", ");
}

// src/rules/consent-withdrawal.ts
var ROUTE_NAMES = { email: "sending an e-mail", "support-request": "filing a support request" };
var consent_withdrawal_default = defineRule({
  meta: {
    id: "consent-withdrawal",
    severity: "error",
    reference: "Art. 7(3)",
    aiOnly: false,
    description: "Consent can be withdrawn in the product, as easily as it was given.",
    messages: {
      noWithdrawal: {
        message: "{purpose} offers no way to withdraw consent (withdrawal: none)",
        help: "let people withdraw where they gave consent, e.g. a switch in the product settings, and set `withdrawal: in-product`"
      },
      harderThanGiving: {
        message: "{purpose} lets people withdraw consent only by {route} (withdrawal: {withdrawal}), which is harder than giving it in the product",
        help: "let people withdraw where they gave consent, e.g. a switch in the product settings, and set `withdrawal: in-product`"
      },
      notStated: {
        message: "{purpose} does not say how consent is withdrawn",
        help: "offer withdrawal where consent is given, e.g. a switch in the product settings, and add `withdrawal: in-product` to the consent block"
      }
    }
  },
  *check({ model }) {
    for (const { purpose, consent } of rejectedBlocks(model.purposes, "consent-withdrawal")) {
      const withdrawal = consent.withdrawal;
      const data = { purpose: describeLocation(model.root, purpose.pointer) };
      const pointer = `${purpose.pointer}${pointerOf("consent", "withdrawal")}`;
      if (withdrawal === void 0) yield { messageId: "notStated", pointer, data };
      else if (withdrawal === "none") yield { messageId: "noWithdrawal", pointer, data };
      else yield { messageId: "harderThanGiving", pointer, data: { ...data, withdrawal, route: ROUTE_NAMES[withdrawal] ?? withdrawal } };
    }
  }
});

// src/rules/criminal-data-condition.ts
var criminal_data_condition_default = defineRule({
  meta: {
    id: "criminal-data-condition",
    severity: "error",
    reference: "Art. 10",
    aiOnly: false,
    description: "Data on criminal convictions and offences names the official authority or the law that authorises processing it.",
    messages: {
      missing: {
        message: "{category} holds data on criminal convictions or offences but does not name the official authority or the law that authorises processing it",
        help: 'name the Union or Member State law (with its safeguards) or the official authority under whose control the data is processed, e.g. `criminal_condition: "SGB VIII \xA7 72a (certificates of conduct for staff working with children)"`; without one, do not process the data'
      }
    }
  },
  *check({ model }) {
    for (const category of model.categories) {
      if (category.value.criminal !== true) continue;
      if (isStated(category.value.criminal_condition)) continue;
      yield { messageId: "missing", pointer: joinPointer(category.pointer, "criminal_condition"), data: { category: describeLocation(model.root, category.pointer) } };
    }
  }
});

// src/rules/document-missing.ts
function slug(text, fallback) {
  const made = typeof text === "string" ? text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") : "";
  return made === "" ? fallback : made;
}
function* documentFields({ model }) {
  const root = model.root;
  const controller = root.controller;
  if (isRecord(controller)) {
    for (const joint of recordsOf(controller.joint_controllers, "/controller/joint_controllers")) {
      const name = typeof joint.value.name === "string" && joint.value.name.trim() !== "" ? `joint controller \`${joint.value.name}\`` : `joint controller #${Number(joint.pointer.split("/").at(-1)) + 1}`;
      yield {
        pointer: joinPointer(joint.pointer, "arrangement"),
        value: joint.value.arrangement,
        field: "arrangement",
        key: "arrangement",
        what: "Art. 26 arrangement",
        owner: name,
        example: `docs/contracts/${slug(joint.value.name, "joint-controller")}-arrangement.md`
      };
    }
  }
  for (const category of model.categories) {
    yield {
      pointer: joinPointer(category.pointer, "anonymisation_assessment"),
      value: category.value.anonymisation_assessment,
      field: "anonymisation_assessment",
      key: "anonymisation_assessment",
      what: "anonymisation assessment",
      owner: describeLocation(root, category.pointer),
      example: `docs/anonymisation/${slug(category.value.id, "category")}.md`
    };
  }
  for (const activity of model.activities) {
    const owner = describeLocation(root, activity.pointer);
    const activitySlug = slug(activity.value.id, "activity");
    for (const purpose of activity.purposes) {
      const purposeOwner = describeLocation(root, purpose.pointer);
      const purposeSlug = slug(purpose.value.id, "purpose");
      const interests = purpose.value.legitimate_interests;
      if (isRecord(interests)) {
        yield {
          pointer: joinPointer(joinPointer(purpose.pointer, "legitimate_interests"), "assessment"),
          value: interests.assessment,
          field: "legitimate_interests.assessment",
          key: "assessment",
          what: "legitimate-interests assessment",
          owner: purposeOwner,
          example: `docs/lia/${purposeSlug}.md`
        };
      }
      yield {
        pointer: joinPointer(purpose.pointer, "compatibility_assessment"),
        value: purpose.value.compatibility_assessment,
        field: "compatibility_assessment",
        key: "compatibility_assessment",
        what: "compatibility assessment",
        owner: purposeOwner,
        example: `docs/compatibility/${purposeSlug}.md`
      };
    }
    const dpia = activity.value.dpia;
    if (isRecord(dpia)) {
      yield { pointer: joinPointer(joinPointer(activity.pointer, "dpia"), "reference"), value: dpia.reference, field: "dpia.reference", key: "reference", what: "DPIA", owner, example: `docs/dpia/${activitySlug}.md` };
    }
    for (const processor of recordsOf(activity.value.processors, joinPointer(activity.pointer, "processors"))) {
      yield {
        pointer: joinPointer(processor.pointer, "dpa_reference"),
        value: processor.value.dpa_reference,
        field: "dpa_reference",
        key: "dpa_reference",
        what: "data processing agreement",
        owner: `${describeLocation(root, processor.pointer)} of ${owner}`,
        example: `docs/contracts/${slug(processor.value.name, "processor")}-dpa.md`
      };
    }
    for (const transfer of recordsOf(activity.value.transfers, joinPointer(activity.pointer, "transfers"))) {
      yield {
        pointer: joinPointer(transfer.pointer, "safeguard_reference"),
        value: transfer.value.safeguard_reference,
        field: "safeguard_reference",
        key: "safeguard_reference",
        what: "transfer-safeguards document",
        owner: `${transferName(transfer)} of ${owner}`,
        example: `docs/transfers/${slug(transfer.value.country, "transfer")}-${slug(transfer.value.mechanism, "safeguards")}.md`
      };
    }
  }
}
function transferName(transfer) {
  const country = transfer.value.country;
  return typeof country === "string" && country.trim() !== "" ? `the transfer to \`${country}\`` : `transfer #${Number(transfer.pointer.split("/").at(-1)) + 1}`;
}
function folderOf(file) {
  const slash = file.replace(/\\/g, "/").lastIndexOf("/");
  return slash < 0 ? "./" : file.slice(0, slash + 1);
}
function locationOf(folder, documentPath) {
  const parts = [];
  const absolute = folder.startsWith("/");
  for (const part of `${folder}${documentPath.replace(/\\/g, "/")}`.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts.at(-1) !== "..") parts.pop();
    else parts.push(part);
  }
  return (absolute ? "/" : "") + parts.join("/");
}
function outsideDetail(state) {
  const boundary = state.boundary ?? "the repository";
  if (state.reason === "absolute") return "it is an absolute path";
  return state.reason === "link" ? `a symbolic link on the way leads out of ${boundary}` : `the path leads out of ${boundary}`;
}
var document_missing_default = defineRule({
  meta: {
    id: "document-missing",
    severity: "warning",
    reference: "Art. 5(2)",
    aiOnly: false,
    description: "The documents the record points to by a relative path (assessments, DPIAs, arrangements, contracts) exist in the repository.",
    messages: {
      missing: {
        message: "the {what} `{path}` that {owner} names in `{field}` does not exist (looked up from `{folder}`, the folder of this inventory)",
        help: "add the {what} at `{location}`, or correct `{key}` to the path of the existing document relative to `{folder}` (or to its URL when it is kept outside the repository)"
      },
      outside: {
        message: "the {what} `{path}` that {owner} names in `{field}` was not looked at: {detail}",
        help: "keep the {what} in the repository and name it by a path relative to this inventory that stays inside it, e.g. `{key}: {example}`, or give its URL when it is published elsewhere"
      },
      link: {
        message: "the {what} `{path}` that {owner} names in `{field}` was not looked at: {detail}",
        help: "put the {what} itself in the repository in place of the symbolic link (a link that leads out is never followed), or give its URL when it is kept elsewhere"
      },
      unchecked: {
        message: "the {what} `{path}` that {owner} names in `{field}` could not be looked up ({detail})",
        help: "let the user that runs ropa-lint (in CI, the job) read the folders on the way to `{location}`, or correct `{key}`"
      }
    }
  },
  *check(context) {
    const lookup = context.documents;
    if (!lookup) return;
    const folder = folderOf(context.file);
    for (const field of documentFields(context)) {
      if (typeof field.value !== "string" || !isStated(field.value)) continue;
      const value = classifyDocumentValue(field.value);
      if (value.kind === "other") continue;
      const written = field.value.trim();
      const state = lookup(written);
      if (state.status === "present") continue;
      const data = { what: field.what, path: written, owner: field.owner, field: field.field, key: field.key, folder };
      if (state.status === "missing") yield { messageId: "missing", pointer: field.pointer, data: { ...data, location: locationOf(folder, written) } };
      else if (state.status === "unchecked") yield { messageId: "unchecked", pointer: field.pointer, data: { ...data, detail: state.detail, location: locationOf(folder, written) } };
      else yield { messageId: state.reason === "link" ? "link" : "outside", pointer: field.pointer, data: { ...data, detail: outsideDetail(state), example: field.example } };
    }
  }
});

// src/rules/dpia-required.ts
var UNDER_WAY = /* @__PURE__ */ new Set(["completed", "in-progress"]);
var WP248_CRITERIA = [
  "evaluation-scoring",
  "automated-decision",
  "systematic-monitoring",
  "sensitive-data",
  "large-scale",
  "matching-datasets",
  "vulnerable-subjects",
  "innovative-technology",
  "prevents-rights"
];
var KNOWN_CRITERIA = new Set(WP248_CRITERIA);
function code(text) {
  return `\`${text}\``;
}
function idOf(value, fallback) {
  return typeof value.id === "string" ? code(value.id) : fallback;
}
function criteriaOf(activity, root) {
  const met = { sources: /* @__PURE__ */ new Map(), withoutTraining: /* @__PURE__ */ new Set() };
  const add = (criterion, source, fromTraining = false) => {
    const sources = met.sources.get(criterion) ?? [];
    if (!sources.includes(source)) sources.push(source);
    met.sources.set(criterion, sources);
    if (!fromTraining) met.withoutTraining.add(criterion);
  };
  const dpia = activity.value.dpia;
  for (const listed2 of stringsOf(isRecord(dpia) ? dpia.criteria : void 0)) {
    if (KNOWN_CRITERIA.has(listed2)) add(listed2, code("dpia.criteria"));
  }
  for (const category of activity.categories) {
    const name = idOf(category.value, describeLocation(root, category.pointer));
    if (stringsOf(category.value.special).length > 0) add("sensitive-data", `special-category data in ${name}`);
    if (category.value.criminal === true) add("sensitive-data", `criminal-offence data in ${name}`);
    if (category.value.source === "public") add("large-scale", `publicly available data in ${name}`);
  }
  for (const subject of activity.subjects) {
    if (subject.value.children === true) add("vulnerable-subjects", `children among ${idOf(subject.value, describeLocation(root, subject.pointer))}`);
  }
  if (activity.value.automated_decision_making === true) add("automated-decision", code("automated_decision_making: true"));
  for (const purpose of activity.purposes.filter(isAiTraining)) {
    add("innovative-technology", `AI-training purpose ${idOf(purpose.value, describeLocation(root, purpose.pointer))}`, true);
  }
  return met;
}
function criteriaInWords(met) {
  return WP248_CRITERIA.filter((criterion) => met.sources.has(criterion)).map((criterion) => `${criterion} (${met.sources.get(criterion).join("; ")})`).join(", ");
}
var dpia_required_default = defineRule({
  meta: {
    id: "dpia-required",
    severity: "error",
    reference: "Art. 35(1), 35(3); WP248",
    aiOnly: false,
    description: "An activity that trains models, or that meets two or more WP248 criteria, has a completed or in-progress DPIA.",
    messages: {
      missing: {
        message: "{activity} trains models ({purposes}) but records no data protection impact assessment; WP248 criteria met: {criteria}",
        help: "carry out a DPIA before training and record it on the activity, e.g. `dpia: {status: in-progress, reference: docs/dpia/{file}.md}`, then set `status: completed` once it is signed off"
      },
      notDone: {
        message: "{activity} trains models ({purposes}) but its DPIA status is `{status}`; WP248 criteria met: {criteria}",
        help: "training a model on personal data is an innovative use of technology, which several supervisory authorities' Art. 35(4) lists name as needing a DPIA: carry it out, set `status: in-progress` (then `completed`) and point `reference:` at it"
      },
      criteriaMissing: {
        message: "{activity} meets {count} WP248 criteria, {criteria}, but records no data protection impact assessment",
        help: "processing that meets two WP248 criteria is likely to be high-risk: carry out a DPIA and record it, e.g. `dpia: {status: in-progress, reference: docs/dpia/{file}.md}`; if you conclude it is not high-risk, keep that reasoning and record it with `x-ropa-lint-ignore` and a reason"
      },
      criteriaNotDone: {
        message: "{activity} meets {count} WP248 criteria, {criteria}, but its DPIA status is `{status}`",
        help: "processing that meets two WP248 criteria is likely to be high-risk: carry out the DPIA, set `status: in-progress` (then `completed`) and point `reference:` at it; if you concluded it is not high-risk, record that reasoning with `x-ropa-lint-ignore` and a reason"
      }
    }
  },
  *check({ model }) {
    for (const activity of model.activities) {
      const dpia = activity.value.dpia;
      const status = isRecord(dpia) ? dpia.status : void 0;
      if (typeof status === "string" && UNDER_WAY.has(status)) continue;
      const training = activity.purposes.filter(isAiTraining);
      const met = criteriaOf(activity, model.root);
      if (training.length === 0 && (met.sources.size < 2 || activity.value.role === "processor")) continue;
      const pointer = joinPointer(joinPointer(activity.pointer, "dpia"), "status");
      const written = isStated(status) ? { status: String(status) } : void 0;
      const data = {
        activity: describeLocation(model.root, activity.pointer),
        file: typeof activity.value.id === "string" ? activity.value.id : "activity",
        criteria: criteriaInWords(met)
      };
      if (training.length === 0) {
        const count = met.sources.size;
        if (written) yield { messageId: "criteriaNotDone", pointer, severity: "warning", data: { ...data, ...written, count } };
        else yield { messageId: "criteriaMissing", pointer, severity: "warning", data: { ...data, count } };
        continue;
      }
      const purposes = training.map((purpose) => idOf(purpose.value, describeLocation(model.root, purpose.pointer))).join(", ");
      const causes = met.withoutTraining.size >= 2 ? {} : { causes: training.map((purpose) => purpose.pointer) };
      if (written) yield { messageId: "notDone", pointer, data: { ...data, ...written, purposes }, ...causes };
      else yield { messageId: "missing", pointer, data: { ...data, purposes }, ...causes };
    }
  }
});

// src/rules/duplicate-id.ts
function freeId(id, activityId, taken) {
  if (typeof activityId === "string" && activityId !== "" && !taken.has(`${id}-${activityId}`)) return `${id}-${activityId}`;
  let number = 2;
  while (taken.has(`${id}-${number}`)) number += 1;
  return `${id}-${number}`;
}
var duplicate_id_default = defineRule({
  meta: {
    id: "duplicate-id",
    severity: "error",
    reference: null,
    aiOnly: false,
    description: "Every purpose id is defined once in the file, and every other id once in its list, so that references and reviews are unambiguous.",
    messages: {
      duplicate: {
        message: "{kind} id `{id}` is defined twice in the same list (first at line {relatedLine})",
        help: "give this {kind} its own id, or merge the two entries into one"
      },
      duplicatePurpose: {
        message: "purpose id `{id}` is already defined in {firstActivity} (line {relatedLine}); purpose ids are unique in the whole file",
        help: "give this purpose its own id, e.g. `{suggestion}`: `collected_for`, notices and ignores name a purpose by its id alone"
      }
    }
  },
  *check({ model }) {
    const lists = [
      { kind: "data subject", items: model.subjects },
      { kind: "data category", items: model.categories },
      { kind: "activity", items: model.activities }
    ];
    for (const { kind, items } of lists) {
      const first = /* @__PURE__ */ new Map();
      for (const item of items) {
        const id = item.value.id;
        if (typeof id !== "string") continue;
        const pointer = joinPointer(item.pointer, "id");
        const earlier = first.get(id);
        if (earlier === void 0) first.set(id, pointer);
        else yield { messageId: "duplicate", pointer, related: earlier, data: { kind, id } };
      }
    }
    const taken = new Set(model.purposes.map((purpose) => purpose.value.id).filter((id) => typeof id === "string"));
    const firstPurpose = /* @__PURE__ */ new Map();
    for (const purpose of model.purposes) {
      const id = purpose.value.id;
      if (typeof id !== "string") continue;
      const pointer = joinPointer(purpose.pointer, "id");
      const earlier = firstPurpose.get(id);
      if (earlier === void 0) {
        firstPurpose.set(id, { pointer, activity: purpose.activity });
        continue;
      }
      const firstActivity = earlier.activity === purpose.activity ? "the same activity" : describeLocation(model.root, earlier.activity.pointer);
      const suggestion = freeId(id, purpose.activity.value.id, taken);
      taken.add(suggestion);
      yield { messageId: "duplicatePurpose", pointer, related: earlier.pointer, data: { id, firstActivity, suggestion } };
    }
  }
});

// src/rules/eprivacy-communications-consent.ts
var GIVEN_BY_DEFECT = "consent-given-by-third-party";
var eprivacy_communications_consent_default = defineRule({
  meta: {
    id: "eprivacy-communications-consent",
    severity: "error",
    reference: "ePrivacy Art. 5(1), 6",
    aiOnly: true,
    description: "Training on communications content or metadata needs valid consent given by everyone taking part, whatever the lawful basis.",
    messages: {
      noConsent: {
        message: "{purpose} trains on communications data ({categories}) without the consent of the people communicating",
        help: "add a `consent` block to the purpose: collection: opt-in, granular: true, required_for_service: false, given_by: all-participants, withdrawal: in-product, records: <where proof is kept>; legitimate interests or a contract do not replace this consent"
      },
      rejected: {
        message: "{purpose} trains on communications data ({categories}) under consent that is not valid (rejected by {rules})",
        help: "fix the findings of {rules} on this consent block so that every participant gives free, specific opt-in consent (`given_by: all-participants`)"
      },
      givenBy: {
        message: "{purpose} trains on communications data ({categories}) with consent given by {givenBy} instead of all participants",
        help: "ask every sender and recipient and set `given_by: all-participants`: an admin, host or account owner cannot agree for the others in the conversation"
      }
    }
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      if (!needsCommunicationsConsent(purpose)) continue;
      const data = {
        purpose: describeLocation(model.root, purpose.pointer),
        categories: categoriesFrom(purpose, COMMUNICATIONS_SOURCES).map((category) => `\`${String(category.value.id)}\``).join(", ")
      };
      const consentPointer = joinPointer(purpose.pointer, "consent");
      const consent = consentBlock(purpose);
      if (!consent) {
        yield { messageId: "noConsent", pointer: consentPointer, data };
        continue;
      }
      const rejecting = rejectedBy(purpose);
      const otherDefects = rejecting.filter((id) => id !== GIVEN_BY_DEFECT);
      if (otherDefects.length > 0) {
        yield { messageId: "rejected", pointer: consentPointer, target: "key", data: { ...data, rules: rejecting.map((id) => `\`${id}\``).join(", ") } };
      } else if (consent.given_by !== "all-participants") {
        const givenBy = typeof consent.given_by === "string" ? `\`${consent.given_by}\`` : "nobody named";
        yield { messageId: "givenBy", pointer: joinPointer(consentPointer, "given_by"), data: { ...data, givenBy } };
      }
    }
  }
});

// src/rules/eprivacy-terminal-consent.ts
var eprivacy_terminal_consent_default = defineRule({
  meta: {
    id: "eprivacy-terminal-consent",
    severity: "error",
    reference: "ePrivacy Art. 5(3)",
    aiOnly: true,
    description: "Training on data read from users' devices (cookies, identifiers, telemetry) needs valid consent: it is never strictly necessary for the service.",
    messages: {
      noConsent: {
        message: "{purpose} trains on data read from users' devices ({categories}) without their consent",
        help: "add a `consent` block to the purpose: collection: opt-in, granular: true, required_for_service: false, withdrawal: in-product, records: <where proof is kept>; training is never strictly necessary for the service the user asked for, so no `lawful_basis` replaces this consent"
      },
      rejected: {
        message: "{purpose} trains on data read from users' devices ({categories}) under consent that is not valid (rejected by {rules})",
        help: "fix the findings of {rules} on this consent block so that users give free, specific opt-in consent before their device data is used for training"
      }
    }
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      if (!needsTerminalConsent(purpose)) continue;
      const data = {
        purpose: describeLocation(model.root, purpose.pointer),
        categories: categoriesFrom(purpose, TERMINAL_SOURCES).map((category) => `\`${String(category.value.id)}\``).join(", ")
      };
      const consentPointer = joinPointer(purpose.pointer, "consent");
      if (!consentBlock(purpose)) {
        yield { messageId: "noConsent", pointer: consentPointer, data };
        continue;
      }
      const rejecting = rejectedBy(purpose);
      if (rejecting.length > 0) {
        yield { messageId: "rejected", pointer: consentPointer, target: "key", data: { ...data, rules: rejecting.map((id) => `\`${id}\``).join(", ") } };
      }
    }
  }
});

// src/rules/invalid-ignore.ts
var invalid_ignore_default = defineRule({
  meta: {
    id: "invalid-ignore",
    severity: "warning",
    reference: null,
    aiOnly: false,
    description: "Every x-ropa-lint-ignore entry names a rule, gives a reason, is not past its until date and suppresses something.",
    messages: {
      noRule: {
        message: "an ignore entry {where} names no rule, so it suppresses nothing",
        help: "add the id of the rule to exempt from, e.g. `rule: consent-records` (ropa-lint --list-rules lists them), or remove the entry"
      },
      unknownRule: { message: "an ignore entry {where} names the unknown rule `{rule}`, so it suppresses nothing", help: "{fix}" },
      notIgnorable: {
        message: "the ignore of `invalid-ignore` {where} has no effect: entries that do not work are always reported",
        help: "remove this entry and fix the entries invalid-ignore reports; to stop these reports altogether, set `invalid-ignore: off` under `rules:` in .ropa-lint.yaml"
      },
      noReason: {
        message: "the ignore of `{rule}` {where} has no reason, so the finding is still reported",
        help: 'add `reason: "..."`: why the exemption is justified, shown in every report, e.g. `reason: "proof of consent is kept by the app store (PRIV-42)"`'
      },
      expired: {
        message: "the ignore of `{rule}` {where} expired on {until}, so the finding is reported again",
        help: "fix the finding, or renew the exemption with a later `until` and a reason that still holds"
      },
      unused: {
        message: "the ignore of `{rule}` {where} suppresses nothing: `{rule}` reports nothing about {element}",
        help: "remove the stale entry; if it was meant for a finding elsewhere, put it on the element that finding is about (a finding on an activity is covered by an ignore on the activity)"
      },
      partial: {
        message: "the ignore of `{rule}` {where} does not suppress the finding on {finding}: {others} causes it too, with no ignore of `{rule}`",
        help: "give {others} the same ignore if the reason holds for it too, or put one ignore on {finding} instead"
      },
      misplaced: {
        message: "the `x-ropa-lint-ignore` under `{path}` of {owner} is not read, so it suppresses nothing",
        help: "move its entries to {target}: ignores stand on a purpose, an activity, a data category, a data subject or at the top of the file, and cover everything inside that element"
      }
    }
  },
  *check({ model, ruleIds, today }) {
    for (const { directive, problem } of readIgnores(model, ruleIds, today).problems) {
      const data = { where: directive.where, rule: directive.rule, until: directive.until ?? "" };
      if (problem === "unknownRule") {
        const suggestion = suggestClosest(directive.rule, [...ruleIds]);
        yield { messageId: problem, pointer: `${directive.pointer}/rule`, data: { ...data, fix: suggestion ? `did you mean \`${suggestion}\`?` : "use a rule id from ropa-lint --list-rules, e.g. `rule: consent-records`" } };
      } else {
        const field = problem === "noReason" ? "reason" : problem === "expired" ? "until" : "rule";
        yield { messageId: problem, pointer: `${directive.pointer}/${field}`, data };
      }
    }
    for (const misplaced of misplacedIgnores(model)) {
      const data = { path: misplaced.path, owner: misplaced.owner.element, target: misplaced.owner.scope === "" ? "the top of the file" : misplaced.owner.element };
      yield { messageId: "misplaced", pointer: misplaced.pointer, target: "key", data };
    }
  }
});

// src/rules/lawful-basis-missing.ts
var lawful_basis_missing_default = defineRule({
  meta: {
    id: "lawful-basis-missing",
    severity: "error",
    reference: "Art. 6(1)",
    aiOnly: false,
    description: "Every purpose names the Art. 6(1) lawful basis it relies on.",
    messages: {
      missing: {
        message: "{purpose} has no lawful basis",
        help: "add `lawful_basis:` with one of consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests (Art. 6(1)(a)\u2013(f)), e.g. `lawful_basis: consent`"
      }
    }
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      if (isStated(purpose.value.lawful_basis)) continue;
      yield { messageId: "missing", pointer: joinPointer(purpose.pointer, "lawful_basis"), data: { purpose: describeLocation(model.root, purpose.pointer) } };
    }
  }
});

// src/rules/lawful-basis-changed.ts
var lawful_basis_changed_default = defineRule({
  meta: {
    id: "lawful-basis-changed",
    severity: "error",
    reference: "Art. 6(1), 13(1)(c); EDPB Guidelines 05/2020 \xA7121\u2013123",
    aiOnly: false,
    comparison: true,
    description: "A change swaps the lawful basis of an existing purpose, above all away from consent, which cannot be swapped after the fact.",
    messages: {
      fromConsent: {
        message: "{purpose} swaps its lawful basis away from consent: it was consent {atBase}, is {now} now",
        help: "keep `lawful_basis: consent` for the data collected under consent; to rely on {now} from now on, add a new purpose with its own id, tell people before collecting for it, and stop the consented processing for anyone who withdraws"
      },
      changed: {
        message: "{purpose} changes its lawful basis: it was {was} {atBase}, is {now} now",
        help: "people were told the basis when their data was collected: keep `lawful_basis: {was}` for that data, or add the new basis as a new purpose and update the privacy notice before relying on it"
      }
    }
  },
  *check({ comparison, model, file }) {
    for (const pair of comparison?.pairs ?? []) {
      const was = pair.base?.value.lawful_basis;
      const now = pair.head.value.lawful_basis;
      if (pair.base === void 0 || typeof was !== "string" || typeof now !== "string" || !isStated(was) || !isStated(now) || was === now) continue;
      yield {
        messageId: was === "consent" ? "fromConsent" : "changed",
        pointer: joinPointer(pair.head.pointer, "lawful_basis"),
        data: { purpose: describeLocation(model.root, pair.head.pointer), was, now, atBase: atBase(pair, file) }
      };
    }
  }
});

// src/rules/legitimate-interests-assessment.ts
var legitimate_interests_assessment_default = defineRule({
  meta: {
    id: "legitimate-interests-assessment",
    severity: "error",
    reference: "Art. 6(1)(f); EDPB Opinion 28/2024",
    aiOnly: false,
    description: "A purpose based on legitimate interests links the documented balancing test behind it.",
    messages: {
      missing: {
        message: "{purpose} relies on legitimate interests without a documented assessment",
        help: "write down the three-step test (legitimate interest, necessity, balancing against the people's rights) and link it under `legitimate_interests`, e.g. `assessment: docs/lia/{file}.md`"
      }
    }
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      if (purpose.value.lawful_basis !== "legitimate-interests") continue;
      const interests = purpose.value.legitimate_interests;
      if (isRecord(interests) && isStated(interests.assessment)) continue;
      const id = purpose.value.id;
      yield {
        messageId: "missing",
        pointer: joinPointer(joinPointer(purpose.pointer, "legitimate_interests"), "assessment"),
        data: { purpose: describeLocation(model.root, purpose.pointer), file: typeof id === "string" && id !== "" ? id : "purpose" }
      };
    }
  }
});

// src/rules/new-ai-training-purpose.ts
var new_ai_training_purpose_default = defineRule({
  meta: {
    id: "new-ai-training-purpose",
    severity: "notice",
    reference: "Art. 25(1), 35(1)",
    aiOnly: true,
    comparison: true,
    description: "A change adds an AI-training purpose, or makes an existing purpose train models: it asks for a privacy review before it ships.",
    messages: {
      added: {
        message: "{purpose} is a new AI-training purpose: it was not in the record at base",
        help: "have the privacy team review it before merging (the DPIA in `dpia:`, the lawful basis and consent, the privacy notice); if the purpose does not train, fine-tune or evaluate a model, set `ai_training: false`"
      },
      becameAiTraining: {
        message: "{purpose} now trains AI models: ai_training was {was} {atBase}, is true now",
        help: "have the privacy team review the new use before merging: the data was collected for something else, so check the lawful basis, consent or `compatibility_assessment`, the DPIA in `dpia:` and the privacy notice"
      }
    }
  },
  *check({ comparison, model, file }) {
    for (const pair of comparison?.pairs ?? []) {
      const purpose = pair.head;
      if (!isAiTraining(purpose)) continue;
      const data = { purpose: describeLocation(model.root, purpose.pointer) };
      if (pair.base === void 0) {
        yield { messageId: "added", pointer: joinPointer(purpose.pointer, "id"), data };
        continue;
      }
      if (isAiTraining(pair.base)) continue;
      yield { messageId: "becameAiTraining", pointer: joinPointer(purpose.pointer, "ai_training"), data: { ...data, was: shown(pair.base.value.ai_training), atBase: atBase(pair, file) } };
    }
  }
});

// src/rules/shared/notice.ts
function readNotices(context) {
  const lookup = context.notices;
  if (!lookup) return void 0;
  return noticeEntries(context.model.root).map((entry) => ({ entry, file: lookup(entry.path) }));
}
function readable(notices) {
  return notices.flatMap(({ entry, file }) => "notice" in file ? [{ entry, notice: file.notice }] : []);
}
function listPaths(paths) {
  const quoted = [...new Set(paths)].map((path7) => `\`${path7}\``);
  return quoted.length <= 1 ? quoted[0] ?? "" : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}

// src/rules/notice-missing.ts
var notice_missing_default = defineRule({
  meta: {
    id: "notice-missing",
    severity: "warning",
    reference: "Art. 13, 14",
    aiOnly: false,
    description: "The inventory links the Markdown privacy notice that tells people about its purposes, and the file is there to read.",
    messages: {
      none: {
        message: "the inventory links no privacy notice, so nothing shows what people are told about its purposes",
        help: "add the path of the Markdown privacy notice, relative to this file, e.g. `notice: docs/privacy-notice.md`"
      },
      missing: {
        message: "the privacy notice `{path}` does not exist (the path is relative to this inventory)",
        help: "correct the path under `notice`, or add the notice file at that path"
      },
      outside: {
        message: "the privacy notice `{path}` was not read: {detail}",
        help: "keep the notice in the repository and link it with a relative path that stays inside it, e.g. `notice: docs/privacy-notice.md`"
      },
      absolute: {
        message: "the privacy notice `{path}` is an absolute path or a URL, so it was not read",
        help: "link the notice with a path relative to this inventory, e.g. `notice: docs/privacy-notice.md`"
      },
      unreadable: {
        message: "the privacy notice `{path}` cannot be read ({detail})",
        help: "make the notice a readable UTF-8 Markdown file, or correct the path under `notice`"
      }
    }
  },
  *check(context) {
    if (noticeEntries(context.model.root).length === 0) {
      yield { messageId: "none", pointer: "/notice" };
      return;
    }
    for (const { entry, file } of readNotices(context) ?? []) {
      if ("notice" in file) continue;
      const detail = file.detail ?? (file.problem === "outside" ? "the path leads out of the repository" : "unknown reason");
      yield { messageId: file.problem, pointer: entry.pointer, data: { path: entry.path, detail } };
    }
  }
});

// src/rules/notice-undisclosed-purpose.ts
var notice_undisclosed_purpose_default = defineRule({
  meta: {
    id: "notice-undisclosed-purpose",
    severity: "error",
    reference: "Art. 13(1)(c), 14(1)(c)",
    aiOnly: true,
    description: "The privacy notice discloses each AI-training purpose: a section about the purpose says in visible words that the data trains a model.",
    messages: {
      undisclosed: {
        message: "{purpose} trains a model, but {notices} never says so in a section about it",
        help: 'in the notice, in a section that names this purpose (or carries `<!-- ropa:{id} -->` or the heading anchor `#{id}`), say in plain words that the data trains a model, e.g. "we use your conversations to train the model that suggests replies"; an anchor or a comment alone tells the reader nothing'
      }
    }
  },
  *check(context) {
    const { model } = context;
    const training = model.purposes.filter(isAiTraining);
    if (training.length === 0) return;
    const read = readable(readNotices(context) ?? []);
    if (read.length === 0) return;
    const paths = read.map(({ entry }) => entry.path);
    const notices = `${new Set(paths).size === 1 ? "the privacy notice" : "the privacy notices"} ${listPaths(paths)}`;
    for (const purpose of training) {
      const id = typeof purpose.value.id === "string" ? purpose.value.id : "";
      const description = typeof purpose.value.description === "string" && isStated(purpose.value.description) ? purpose.value.description : void 0;
      if (read.some(({ notice }) => discloses(notice, { id, description }))) continue;
      yield { messageId: "undisclosed", pointer: joinPointer(purpose.pointer, "id"), data: { purpose: describeLocation(model.root, purpose.pointer), id: id || "purpose-id", notices } };
    }
  }
});

// src/rules/notice-withdrawal.ts
var notice_withdrawal_default = defineRule({
  meta: {
    id: "notice-withdrawal",
    severity: "warning",
    reference: "Art. 13(2)(b)\u2013(c)",
    aiOnly: false,
    description: "When a purpose relies on consent or legitimate interests, the privacy notice says how to withdraw consent, opt out or object.",
    messages: {
      silent: {
        message: "nothing in {notices} says how to withdraw consent, opt out or object, though {purpose} {basis}",
        help: 'add a section to the notice that says how to withdraw consent and how to object, e.g. "You can withdraw your consent at any time under Settings \u2192 Privacy"'
      }
    }
  },
  *check(context) {
    const notices = readNotices(context);
    if (notices === void 0) return;
    const read = readable(notices);
    if (read.length === 0 || read.some(({ notice: notice2 }) => notice2.withdrawal)) return;
    const { model } = context;
    const relying = model.purposes.find((purpose) => purpose.value.lawful_basis === "consent") ?? model.purposes.find((purpose) => purpose.value.lawful_basis === "legitimate-interests") ?? model.purposes.find((purpose) => consentRequired(purpose));
    if (!relying) return;
    const basis = relying.value.lawful_basis === "consent" ? "relies on consent" : relying.value.lawful_basis === "legitimate-interests" ? "relies on legitimate interests" : "needs consent under the ePrivacy Directive";
    const paths = read.map(({ entry }) => entry.path);
    const notice = `${new Set(paths).size === 1 ? "the privacy notice" : "the privacy notices"} ${listPaths(paths)}`;
    yield { messageId: "silent", pointer: "/notice", data: { notices: notice, purpose: describeLocation(model.root, relying.pointer), basis } };
  }
});

// src/rules/processor-dpa.ts
var processor_dpa_default = defineRule({
  meta: {
    id: "processor-dpa",
    severity: "error",
    reference: "Art. 28(3)",
    aiOnly: false,
    description: "Every processor works under an Art. 28(3) data processing agreement.",
    messages: {
      missing: {
        message: "{processor} of {activity} has no data processing agreement",
        help: "sign an Art. 28(3) contract with {name} that binds it to your instructions, then set `dpa: true`"
      },
      unconfirmed: {
        message: "{processor} of {activity} points to a contract (`dpa_reference`) but does not record that it is a data processing agreement",
        help: "check that the contract covers every point of Art. 28(3) (instructions, confidentiality, security, sub-processors, deletion, audits), then set `dpa: true`"
      }
    }
  },
  *check({ model }) {
    for (const activity of model.activities) {
      for (const processor of recordsOf(activity.value.processors, joinPointer(activity.pointer, "processors"))) {
        if (processor.value.dpa === true) continue;
        const name = processor.value.name;
        const named = typeof name === "string" && isStated(name);
        yield {
          messageId: isStated(processor.value.dpa_reference) ? "unconfirmed" : "missing",
          // Missing `dpa` falls back to the processor, which the locator shows by its name.
          pointer: joinPointer(processor.pointer, "dpa"),
          data: {
            processor: describeLocation(model.root, processor.pointer),
            activity: describeLocation(model.root, activity.pointer),
            name: named ? name : "the processor"
          }
        };
      }
    }
  }
});

// src/rules/processor-own-purpose.ts
var processor_own_purpose_default = defineRule({
  meta: {
    id: "processor-own-purpose",
    severity: "error",
    reference: "Art. 28(10)",
    aiOnly: true,
    description: "A processor that trains models on its customers' data for its own purposes becomes a controller of that processing.",
    messages: {
      ownPurpose: {
        message: "{purpose} trains models in {activity}, where the organisation is a processor: training for its own ends makes it a controller of that processing",
        help: "move this purpose to an activity with `role: controller` and its own `lawful_basis`, or train only for the customer on the customer's documented instructions (Art. 28(3)(a)) and record that with `x-ropa-lint-ignore` and a reason"
      }
    }
  },
  *check({ model }) {
    for (const activity of model.activities) {
      if (activity.value.role !== "processor") continue;
      for (const purpose of activity.purposes) {
        if (!isAiTraining(purpose)) continue;
        yield {
          messageId: "ownPurpose",
          pointer: joinPointer(purpose.pointer, "ai_training"),
          data: { purpose: describeLocation(model.root, purpose.pointer), activity: describeLocation(model.root, activity.pointer) }
        };
      }
    }
  }
});

// src/rules/purpose-compatibility.ts
var purpose_compatibility_default = defineRule({
  meta: {
    id: "purpose-compatibility",
    severity: "error",
    reference: "Art. 5(1)(b), 6(4)",
    aiOnly: true,
    description: "Training on data collected for other purposes needs consent or a documented Art. 6(4) compatibility assessment.",
    messages: {
      reuse: {
        message: "{purpose} trains on data collected for other purposes ({reuse}) without consent or a compatibility assessment",
        help: "document the Art. 6(4) test (link between the purposes, context of collection, nature of the data, consequences, safeguards) and link it, e.g. `compatibility_assessment: docs/compatibility/{file}.md`, or ask for consent (`lawful_basis: consent`)"
      }
    }
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      if (!isAiTraining(purpose) || purpose.value.lawful_basis === "consent" || isStated(purpose.value.compatibility_assessment)) continue;
      const id = purpose.value.id;
      const reused = purpose.activity.categories.flatMap((category) => {
        const collectedFor = stringsOf(category.value.collected_for);
        if (collectedFor.length === 0 || typeof id === "string" && collectedFor.includes(id)) return [];
        return [`\`${String(category.value.id)}\` collected for ${collectedFor.map((other) => `\`${other}\``).join(", ")}`];
      });
      if (reused.length === 0) continue;
      yield {
        messageId: "reuse",
        pointer: joinPointer(purpose.pointer, "compatibility_assessment"),
        data: { purpose: describeLocation(model.root, purpose.pointer), reuse: reused.join("; "), file: typeof id === "string" ? id : "purpose" }
      };
    }
  }
});

// src/rules/purpose-scope-expanded.ts
function idsOf3(purpose, key) {
  return [...new Set(stringsOf(purpose.activity.value[key]))];
}
function listed(ids) {
  return ids.map((id) => `\`${id}\``).join(", ");
}
var purpose_scope_expanded_default = defineRule({
  meta: {
    id: "purpose-scope-expanded",
    severity: "warning",
    reference: "Art. 6(4), 7",
    aiOnly: true,
    comparison: true,
    description: "A change makes an existing AI-training purpose reach data categories or data subjects it did not reach before: what it rests on does not cover them.",
    messages: {
      categories: {
        message: "{purpose} now also trains on data categories {categories}, which it did not {atBase}",
        help: "consent given before, or the compatibility assessment, does not cover the new data: ask for consent that names it (or record a new `compatibility_assessment`), or keep the new data in a purpose of its own"
      },
      subjects: {
        message: "{purpose} now also trains on the data of data subjects {subjects}, which it did not {atBase}",
        help: "nobody asked these people yet: ask them for consent (or record a `compatibility_assessment` that covers them) before their data is used, or keep them in a purpose of its own"
      },
      both: {
        message: "{purpose} now also trains on data categories {categories} and data subjects {subjects}, which it did not {atBase}",
        help: "consent given before, or the compatibility assessment, covers neither the new data nor the new people: ask for consent that names them (or record a new `compatibility_assessment`), or keep them in a purpose of its own"
      }
    }
  },
  *check({ comparison, model, file }) {
    for (const pair of comparison?.pairs ?? []) {
      if (pair.base === void 0 || !isAiTraining(pair.base) || !isAiTraining(pair.head)) continue;
      const gained = (key2) => {
        const before = new Set(idsOf3(pair.base, key2));
        return idsOf3(pair.head, key2).filter((id) => !before.has(id));
      };
      const categories = gained("data_categories");
      const subjects = gained("data_subjects");
      if (categories.length === 0 && subjects.length === 0) continue;
      const key = categories.length > 0 ? "data_categories" : "data_subjects";
      const first = categories[0] ?? subjects[0];
      const list = pair.head.activity.value[key];
      const index = Array.isArray(list) ? list.indexOf(first) : -1;
      yield {
        messageId: categories.length > 0 && subjects.length > 0 ? "both" : categories.length > 0 ? "categories" : "subjects",
        pointer: joinPointer(joinPointer(pair.head.activity.pointer, key), index),
        data: { purpose: describeLocation(model.root, pair.head.pointer), categories: listed(categories), subjects: listed(subjects), atBase: atBase(pair, file) }
      };
    }
  }
});

// src/rules/record-incomplete.ts
var REQUIRED_FIELDS = [
  { field: "data_subjects", emptyMeansNone: false, controllerOnly: false, example: "`data_subjects: [customers]`" },
  { field: "data_categories", emptyMeansNone: false, controllerOnly: false, example: "`data_categories: [contact-details]`" },
  { field: "recipients", emptyMeansNone: true, controllerOnly: true, example: "`recipients: [Payment provider]` (or `recipients: []` when there are none)" },
  { field: "transfers", emptyMeansNone: true, controllerOnly: false, example: "`transfers: [{country: US, mechanism: scc}]` (or `transfers: []` when there are none)" },
  { field: "security_measures", emptyMeansNone: false, controllerOnly: false, example: "`security_measures: [encryption-at-rest, access-control]`" }
];
function gapOf(value, emptyMeansNone) {
  if (value === void 0 || value === null) return "absent";
  if (typeof value === "string") return isStated(value) ? void 0 : "placeholder";
  if (!Array.isArray(value)) return void 0;
  if (value.length === 0) return emptyMeansNone ? void 0 : "absent";
  return value.every((item) => typeof item === "string" && !isStated(item)) ? "placeholder" : void 0;
}
function namedParties(list, pointer) {
  return recordsOf(list, pointer).filter((party) => isStated(party.value.name));
}
function listInWords(items) {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
var record_incomplete_default = defineRule({
  meta: {
    id: "record-incomplete",
    severity: "warning",
    reference: "Art. 30(1)(a)\u2013(g), 30(2)",
    aiOnly: false,
    description: "The record names the controller contact, the joint controllers or the controllers a processor acts for, and for each activity its data subjects, data categories, recipients, transfers and security measures.",
    messages: {
      controllerContact: {
        message: "the record of processing activities gives no contact details for the controller",
        help: "add a contact under `controller`, e.g. `contact: privacy@example.com` (Art. 30(1)(a))"
      },
      activityFields: {
        message: "{activity} does not record {fields}",
        help: "add {examples} to the activity"
      },
      jointControllers: {
        message: "{activity} is run with joint controllers (`role: joint-controller`), but `controller.joint_controllers` names none",
        help: "name each joint controller under `controller` with its contact details and the Art. 26 arrangement, e.g. `joint_controllers: [{name: Partner Analytics SA, contact: privacy@partner.example, arrangement: docs/contracts/joint-controller.md}]`"
      },
      onBehalfOf: {
        message: "{activity} is carried out as a processor (`role: processor`), but does not name the controllers it acts for",
        help: "add each controller with its contact details, e.g. `on_behalf_of: [{name: Customer Ltd, contact: privacy@customer.example}]` (Art. 30(2)(a))"
      },
      partyContact: {
        message: "{party} has no contact details in the record",
        help: "add how to reach its data protection contact, e.g. `contact: privacy@partner.example` ({article})"
      }
    }
  },
  *check({ document, model }) {
    if (!isRecord(document.value)) return;
    const controller = model.root.controller;
    if (!isRecord(controller) || !isStated(controller.contact)) {
      yield { messageId: "controllerContact", pointer: pointerOf("controller", "contact") };
    }
    const jointPointer = pointerOf("controller", "joint_controllers");
    const jointControllers = isRecord(controller) ? namedParties(controller.joint_controllers, jointPointer) : [];
    for (const party of jointControllers) {
      if (isStated(party.value.contact)) continue;
      yield { messageId: "partyContact", pointer: joinPointer(party.pointer, "contact"), data: { party: `joint controller \`${party.value.name}\``, article: "Art. 30(1)(a)" } };
    }
    for (const activity of model.activities) {
      const name = describeLocation(model.root, activity.pointer);
      const role = activity.value.role;
      const rolePointer = joinPointer(activity.pointer, "role");
      if (role === "joint-controller" && jointControllers.length === 0) {
        yield { messageId: "jointControllers", pointer: rolePointer, data: { activity: name } };
      }
      const actingFor = namedParties(activity.value.on_behalf_of, joinPointer(activity.pointer, "on_behalf_of"));
      if (role === "processor" && actingFor.length === 0) {
        yield { messageId: "onBehalfOf", pointer: rolePointer, data: { activity: name } };
      }
      for (const party of actingFor) {
        if (isStated(party.value.contact)) continue;
        yield { messageId: "partyContact", pointer: joinPointer(party.pointer, "contact"), data: { party: `controller \`${party.value.name}\` that ${name} acts for`, article: "Art. 30(2)(a)" } };
      }
      const gaps = REQUIRED_FIELDS.flatMap(({ field, emptyMeansNone, controllerOnly, example }) => {
        if (controllerOnly && role === "processor") return [];
        const gap = gapOf(activity.value[field], emptyMeansNone);
        return gap === void 0 ? [] : [{ field, gap, example }];
      });
      if (gaps.length === 0) continue;
      yield {
        messageId: "activityFields",
        pointer: activity.pointer,
        target: "key",
        data: {
          activity: name,
          fields: listInWords(gaps.map(({ field, gap }) => gap === "placeholder" ? `\`${field}\` (only a placeholder)` : `\`${field}\``)),
          examples: listInWords(gaps.map(({ example }) => example))
        }
      };
    }
  }
});

// src/rules/retention-missing.ts
var retention_missing_default = defineRule({
  meta: {
    id: "retention-missing",
    severity: "warning",
    reference: "Art. 5(1)(e)",
    aiOnly: false,
    description: "Every activity says how long its data is kept, itself or through the retention of every data category it uses.",
    messages: {
      missing: {
        message: "{activity} does not say how long its data is kept",
        help: "add `retention:` to the activity with an ISO 8601 duration (`retention: P90D`) or a sentence naming what ends it (`retention: until the account is deleted`), or give every data category it uses its own `retention:`"
      },
      partly: {
        message: "{activity} does not say how long all of its data is kept: it has no `retention`, and none is given on its data {categories}",
        help: "add `retention:` to the activity (`retention: P90D`, or a sentence naming what ends it), or give each of those data categories its own `retention:`"
      }
    }
  },
  *check({ model }) {
    for (const activity of model.activities) {
      if (isStated(activity.value.retention)) continue;
      const named = [...new Set(stringsOf(activity.value.data_categories))];
      const without = named.filter((id) => !isStated(model.categoryById.get(id)?.value.retention));
      if (named.length > 0 && without.length === 0) continue;
      const pointer = joinPointer(activity.pointer, "retention");
      const data = { activity: describeLocation(model.root, activity.pointer) };
      if (without.length < named.length) {
        const categories = `${without.length === 1 ? "category" : "categories"} ${without.map((id) => `\`${id}\``).join(", ")}`;
        yield { messageId: "partly", pointer, data: { ...data, categories } };
      } else {
        yield { messageId: "missing", pointer, data };
      }
    }
  }
});

// src/rules/right-to-object.ts
var right_to_object_default = defineRule({
  meta: {
    id: "right-to-object",
    severity: "error",
    reference: "Art. 21",
    aiOnly: false,
    description: "A purpose based on legitimate interests offers a way to object; for AI training, before the training starts.",
    messages: {
      noBlock: {
        message: "{purpose} relies on legitimate interests but has no `legitimate_interests` block saying how people can object",
        help: "let people object where they use the service, honour each objection, and describe it in a `legitimate_interests` block on the purpose, e.g. `objection: in-product`{beforeProcessing}, with the `assessment` of the balancing test"
      },
      noObjection: {
        message: "{purpose} relies on legitimate interests but offers no way to object",
        help: "let people object where they use the service, honour each objection, and say so under `legitimate_interests`, e.g. `objection: in-product`"
      },
      objectionTooLate: {
        message: "{purpose} trains a model on legitimate interests but does not let people object before the training",
        help: "offer the objection before their data goes into a model, and record it with `objection_before_processing: true`"
      }
    }
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      if (purpose.value.lawful_basis !== "legitimate-interests") continue;
      const block = joinPointer(purpose.pointer, "legitimate_interests");
      const data = { purpose: describeLocation(model.root, purpose.pointer) };
      const interests = purpose.value.legitimate_interests;
      if (!isRecord(interests)) {
        yield { messageId: "noBlock", pointer: block, data: { ...data, beforeProcessing: purpose.value.ai_training === true ? " and `objection_before_processing: true`" : "" } };
        continue;
      }
      const objection = interests.objection;
      if (!isStated(objection) || objection === "none") {
        yield { messageId: "noObjection", pointer: joinPointer(block, "objection"), data };
      } else if (purpose.value.ai_training === true && interests.objection_before_processing !== true) {
        yield { messageId: "objectionTooLate", pointer: joinPointer(block, "objection_before_processing"), data, severity: "warning" };
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
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/ropa-lint/ropa-lint/main/schemas/inventory.schema.json", "title": "ropa-lint inventory (record of processing activities, GDPR Art. 30)", "description": "One record of processing activities kept as YAML. Keys are snake_case, ids kebab-case; keys starting with x- are user extensions. Reference: docs/inventory-format.md.", "type": "object", "required": ["version", "controller", "data_subjects", "data_categories", "processing_activities"], "properties": { "version": { "title": "Format version", "description": "The version of the inventory format. Always 1.", "const": 1 }, "controller": { "title": "Controller", "description": "The controller responsible for the processing: its name and contact details, and those of its joint controllers, representative and data protection officer (Art. 30(1)(a)). Drives: `record-incomplete`.", "type": "object", "required": ["name"], "properties": { "name": { "title": "Name", "description": "Legal name of the controller (Art. 30(1)(a)).", "type": "string", "minLength": 1, "examples": ["Acme Chat Ltd"] }, "contact": { "title": "Contact", "description": "How to reach the controller about data protection: an address, an e-mail, a web form (Art. 30(1)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["privacy@acme.example"] }, "dpo": { "title": "Data protection officer", "description": "Contact details of the data protection officer, where one is designated (Art. 30(1)(a), 37).", "type": "string", "minLength": 1, "examples": ["dpo@acme.example"] }, "representative": { "title": "Representative", "description": "Name and contact of the representative in the Union of a controller established outside it (Art. 27, 30(1)(a)).", "type": "string", "minLength": 1, "examples": ["EU Rep Services BV, eu-rep@example.eu"] }, "joint_controllers": { "title": "Joint controllers", "description": "The controllers that decide the purposes and means together with this one (Art. 26, 30(1)(a)). Needed when an activity has role joint-controller; an empty list names none. Drives: `record-incomplete`.", "type": "array", "items": { "$ref": "#/$defs/jointController" } } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "notice": { "title": "Privacy notice", "description": "Path(s) of the Markdown privacy notice(s) that inform people of the purposes, relative to this file and inside the repository (Art. 13, 14). Drives: `notice-missing`, `notice-undisclosed-purpose`, `notice-withdrawal`.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 }, "examples": ["docs/privacy-notice.md", ["docs/privacy-notice.md", "docs/employee-notice.md"]] }, "record": { "title": "Record", "description": "The record's own bookkeeping, as regulators' templates ask for it: who keeps it and when it was last reviewed (accountability, Art. 5(2), 24(1)).", "type": "object", "properties": { "owner": { "title": "Owner", "description": "Who keeps this record up to date: a team or a role.", "type": "string", "minLength": 1, "examples": ["Privacy team"] }, "updated": { "title": "Last review", "description": "The date the record was last reviewed, YYYY-MM-DD.", "type": "string", "format": "date", "examples": ["2026-11-30"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "data_subjects": { "title": "Data subjects", "description": "The categories of people whose data is processed (Art. 30(1)(c)).", "type": "array", "items": { "$ref": "#/$defs/dataSubject" } }, "data_categories": { "title": "Data categories", "description": "The categories of personal data processed (Art. 30(1)(c)).", "type": "array", "items": { "$ref": "#/$defs/dataCategory" } }, "processing_activities": { "title": "Processing activities", "description": "The processing activities of the record, each with its purposes (Art. 30(1)(b)).", "type": "array", "items": { "$ref": "#/$defs/activity" } }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of the whole file from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about the whole file and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false, "$defs": { "id": { "title": "Id", "description": "A kebab-case identifier: lowercase letters and digits separated by single hyphens.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "jointController": { "title": "Joint controller", "description": "A controller that decides the purposes and means of processing together with this one (Art. 26).", "type": "object", "properties": { "name": { "title": "Name", "description": "Legal name of the joint controller (Art. 30(1)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["Partner Analytics SA"] }, "contact": { "title": "Contact", "description": "How to reach the joint controller about data protection (Art. 30(1)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["privacy@partner.example"] }, "arrangement": { "title": "Arrangement", "description": "The Art. 26(1) arrangement that sets out each controller's responsibilities: a relative path to the document in the repository, a URL or an identifier. Its essence is made available to the people concerned (Art. 26(2)). Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/contracts/joint-controller.md"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "party": { "title": "Controller acted for", "description": "A controller on whose behalf this processor acts (Art. 30(2)(a)).", "type": "object", "properties": { "name": { "title": "Name", "description": "Legal name of the controller (Art. 30(2)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["Customer Ltd"] }, "contact": { "title": "Contact", "description": "How to reach the controller, or its data protection officer (Art. 30(2)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["privacy@customer.example"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "dataSubject": { "title": "Data subject", "description": "A category of people whose data is processed (Art. 30(1)(c)).", "type": "object", "required": ["id", "name"], "properties": { "id": { "title": "Id", "description": "Unique kebab-case id of this category of data subjects; activities refer to it. Drives: `duplicate-id`, `unknown-reference`.", "$ref": "#/$defs/id", "examples": ["workspace-members"] }, "name": { "title": "Name", "description": "A readable name of the category of people.", "type": "string", "minLength": 1, "examples": ["Members of customer workspaces"] }, "children": { "title": "Children", "description": "true when data of children may be processed: consent for information society services needs a parent below the age of digital consent (Art. 8), and children are vulnerable data subjects (WP248). Drives: `children-consent`, `dpia-required`.", "type": "boolean" }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this data subject from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this data subject and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "dataCategory": { "title": "Data category", "description": "A category of personal data (Art. 30(1)(c)).", "type": "object", "required": ["id", "name", "source"], "properties": { "id": { "title": "Id", "description": "Unique kebab-case id of this data category; activities refer to it. Drives: `duplicate-id`, `unknown-reference`.", "$ref": "#/$defs/id", "examples": ["chat-messages"] }, "name": { "title": "Name", "description": "A readable name of the kind of data.", "type": "string", "minLength": 1, "examples": ["Messages, files and reactions"] }, "source": { "title": "Source", "description": "Where the data comes from. It decides which ePrivacy article applies: communications content and metadata (Art. 5(1), 6) and data read from the user's device (Art. 5(3)) need consent for training. Drives: `consent-details-missing`, `consent-given-by-third-party`, `dpia-required`, `eprivacy-communications-consent`, `eprivacy-terminal-consent`.", "type": "string", "enum": ["communications-content", "communications-metadata", "terminal-equipment", "provided-by-subject", "observed", "inferred", "third-party", "public"], "markdownEnumDescriptions": ["The content of messages, calls, meetings and their attachments. ePrivacy Art. 5(1) protects the confidentiality of communications: listening to, storing or otherwise using them needs the consent of the users concerned, which for AI training means every participant, whatever the GDPR basis. Drives: `consent-details-missing`, `consent-given-by-third-party`, `eprivacy-communications-consent`.", "Traffic and location data of communications: who talked to whom, when, for how long, from where. ePrivacy Art. 6 and 9 allow it beyond transmission and billing only with the users' consent. Drives: `consent-details-missing`, `consent-given-by-third-party`, `eprivacy-communications-consent`.", 'Read from or stored on the user\'s device: cookies, device identifiers, telemetry, diagnostics ("service-generated data"). ePrivacy Art. 5(3) requires consent unless the storing or reading is strictly necessary for the service the user asked for, which training a model never is. Drives: `consent-details-missing`, `eprivacy-terminal-consent`.', "Typed or uploaded by the person outside a communication: a profile, a form, a document. The GDPR alone applies; the person is informed when the data is collected (Art. 13).", "Observed on the controller's side while the service is used: logs of use, clicks in the controller's own systems. The GDPR alone applies.", "Derived by the controller from other data: scores, segments, predictions. Inferences about a person are personal data; the GDPR alone applies.", "Received from another organisation: a partner, a data broker, a customer's upload about others. The people were not asked directly, so they must be informed within a month (Art. 14).", "Publicly available, e.g. scraped from the web. Still personal data under the GDPR, with Art. 14 information duties; ropa-lint counts it as the WP248 criterion large-scale. Drives: `dpia-required`."] }, "special": { "title": "Special categories", "description": "The Art. 9(1) kinds of data in this category, whose processing is forbidden unless an Art. 9(2) condition applies; empty when none. Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "type": "array", "uniqueItems": true, "items": { "type": "string", "enum": ["health", "biometric", "genetic", "racial-ethnic-origin", "political-opinions", "religious-beliefs", "trade-union", "sex-life", "sexual-orientation"], "markdownEnumDescriptions": ["Data concerning health: physical or mental health, including the provision of health care, which reveals information about health status (Art. 4(15), 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Biometric data processed to uniquely identify a person: facial images, fingerprints, voice prints (Art. 4(14), 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Genetic data: inherited or acquired genetic characteristics, e.g. from a DNA sample (Art. 4(13), 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing racial or ethnic origin (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing political opinions (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing religious or philosophical beliefs (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing trade union membership (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data concerning a person's sex life (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data concerning a person's sexual orientation (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`."] }, "examples": [["health"]] }, "criminal": { "title": "Criminal data", "description": "true when the category holds data on criminal convictions and offences or related security measures (Art. 10). Drives: `criminal-data-condition`, `dpia-required`.", "type": "boolean" }, "criminal_condition": { "title": "Criminal data condition", "description": "When criminal is true: the official authority under whose control the data is processed, or the Union or Member State law that authorises it (Art. 10). Drives: `criminal-data-condition`.", "type": ["string", "null"], "examples": ["Background checks under the Rehabilitation of Offenders Act 1974 (Exceptions) Order 1975"] }, "retention": { "title": "Retention", "description": "How long this category is kept, when it differs from its activity's retention: an ISO 8601 duration or a sentence (Art. 5(1)(e), 30(1)(f)). Given on every category an activity uses, it counts as the activity's retention. Drives: `retention-missing`.", "type": ["string", "null"], "examples": ["P30D", "Until the account is deleted"] }, "collected_for": { "title": "Collected for", "description": "Ids of the purposes this data was originally collected for. Using it for another purpose is a further processing that must be compatible with them (Art. 5(1)(b), 6(4)). Drives: `purpose-compatibility`, `unknown-reference`.", "type": "array", "items": { "$ref": "#/$defs/id" }, "examples": [["deliver-messages"]] }, "anonymised": { "title": "Anonymised", "description": "true when the data is claimed to be anonymous and so outside the GDPR (Recital 26): a claim that needs an assessment of the means reasonably likely to be used to identify someone. Drives: `anonymisation-claim`.", "type": "boolean" }, "anonymisation_assessment": { "title": "Anonymisation assessment", "description": "The assessment backing the anonymisation claim (Recital 26; EDPB Opinion 28/2024): a relative path in the repository, a URL or an identifier. Drives: `anonymisation-claim`, `document-missing`.", "type": ["string", "null"], "examples": ["docs/anonymisation/usage-stats.md"] }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this data category from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this data category and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "consent": { "title": "Consent", "description": "How consent is collected and managed (Art. 4(11), 7; ePrivacy Art. 5). Needed when the basis is consent, the Art. 9(2) condition is explicit-consent, or an ePrivacy rule applies to training.", "type": "object", "properties": { "collection": { "title": "Collection", "description": "How consent is asked. Only opt-in is a clear affirmative act (Art. 4(11), Recital 32). Drives: `consent-not-opt-in`, `consent-weakened`.", "type": "string", "enum": ["opt-in", "opt-out", "pre-ticked", "implied", "terms-acceptance"], "markdownEnumDescriptions": ['A clear affirmative act: the person ticks an empty box, presses "Yes", switches a setting on. The only form that is consent (Art. 4(11), Recital 32). Drives: `consent-not-opt-in`.', "Consent assumed unless the person objects. Silence or inactivity is not consent (Recital 32). Drives: `consent-not-opt-in`.", "A box ticked in advance that the person may untick. Not consent (CJEU C-673/17 Planet49, Recital 32). Drives: `consent-not-opt-in`.", "Consent inferred from conduct, such as continuing to use the service. Not an unambiguous indication of wishes (Art. 4(11)). Drives: `consent-not-opt-in`.", "Accepting the terms of service or the privacy policy. Not consent: a request for consent must be clearly distinguishable from other matters (Art. 7(2)), and consent bundled with accepting a contract is presumed not freely given (Art. 7(4), Recital 43). Drives: `consent-not-opt-in`."] }, "explicit": { "title": "Explicit", "description": "true when consent is an express statement, in writing or by a confirming step: needed for special-category data (Art. 9(2)(a)), automated decisions (Art. 22(2)(c)) and transfers (Art. 49(1)(a)). Drives: `automated-decision`, `consent-not-explicit`, `consent-weakened`.", "type": "boolean" }, "granular": { "title": "Granular", "description": "true when consent is asked separately for this purpose, not once for a bundle of purposes (Recitals 32, 43). Drives: `consent-not-granular`, `consent-weakened`.", "type": "boolean" }, "required_for_service": { "title": "Required for service", "description": 'true when the service is refused to people who decline ("Got it / Leave meeting"): such consent is not freely given (Art. 7(4), Recital 43). Drives: `consent-bundled`, `consent-weakened`.', "type": "boolean" }, "given_by": { "title": "Given by", "description": "Who gives the consent. Consent is the data subject's own (Art. 4(11)); on communications every participant's (ePrivacy Art. 5(1)). Drives: `consent-given-by-third-party`, `consent-weakened`, `eprivacy-communications-consent`.", "type": "string", "enum": ["data-subject", "all-participants", "account-admin", "parent-or-guardian"], "markdownEnumDescriptions": ["The person whose data it is. On communications content or metadata this is one participant consenting for the others, which ePrivacy Art. 5(1) does not allow. Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`.", "Every user taking part in the communication, as ePrivacy Art. 5(1) requires for content and metadata. Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`.", "An account or workspace administrator, or the customer organisation, on behalf of its users. Not the data subject's consent (Art. 4(11)). Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`.", "The holder of parental responsibility, for a child below the age of digital consent (Art. 8(1)). Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`."] }, "withdrawal": { "title": "Withdrawal", "description": "How consent is withdrawn. It must be as easy as giving it (Art. 7(3)), and consent is given in the product. Drives: `consent-weakened`, `consent-withdrawal`.", "type": "string", "enum": ["in-product", "email", "support-request", "none"], "markdownEnumDescriptions": ["In the product itself, where people use the service (a setting, a toggle, a link in the interface). As easy as giving consent there. Drives: `consent-withdrawal`.", "By writing an e-mail to the controller. Drives: `consent-withdrawal`.", "By asking customer support (a ticket, a form, a call). Drives: `consent-withdrawal`.", "No way is offered. Consent cannot be withdrawn, so it is not valid (Art. 7(3)). Drives: `consent-withdrawal`."] }, "records": { "title": "Records", "description": "Where proof of consent is kept: who consented, when, to what notice, how (Art. 7(1)). Omitted or null means none. Drives: `consent-records`, `consent-weakened`.", "type": ["string", "null"], "examples": ["consent-service"] }, "age_verification": { "title": "Age verification", "description": "How age, and below the age of digital consent the parent's consent, is verified for children (Art. 8(2)). Drives: `children-consent`.", "type": ["string", "null"], "examples": ["parental-consent-check"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "legitimateInterests": { "title": "Legitimate interests", "description": "The legitimate interest relied on and its balancing test (Art. 6(1)(f)), and how people can object (Art. 21). Drives: `legitimate-interests-assessment`, `right-to-object`.", "type": "object", "properties": { "interest": { "title": "Interest", "description": "The legitimate interest pursued, in plain words.", "type": "string", "minLength": 1, "examples": ["Detect spam and abuse on the platform"] }, "assessment": { "title": "Assessment", "description": "The documented balancing test (legitimate interests assessment, LIA): a relative path in the repository, a URL or an identifier (Art. 6(1)(f); EDPB Opinion 28/2024). Drives: `document-missing`, `legitimate-interests-assessment`.", "type": ["string", "null"], "examples": ["docs/lia/replies.md"] }, "objection": { "title": "Objection", "description": "How people can exercise the right to object (Art. 21(1)). Drives: `right-to-object`.", "type": "string", "enum": ["in-product", "email", "support-request", "none"], "markdownEnumDescriptions": ["In the product itself, where people use the service (a setting, a toggle, a link in the interface). Drives: `right-to-object`.", "By writing an e-mail to the controller. Drives: `right-to-object`.", "By asking customer support (a ticket, a form, a call). Drives: `right-to-object`.", "No way is offered. People cannot object: legitimate interests cannot be relied on (Art. 21). Drives: `right-to-object`."] }, "objection_before_processing": { "title": "Objection before processing", "description": "true when people can object before their data is processed, e.g. before it trains a model (EDPB Opinion 28/2024). Drives: `right-to-object`.", "type": "boolean" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "ignore": { "title": "Ignored rules", "description": "In-place exemptions from rules of ropa-lint, each with a reason that shows in every report.", "type": "array", "items": { "title": "Ignore", "description": "An exemption from one rule. Without a reason, past its until date, naming an unknown rule or suppressing nothing, it does not suppress and is reported by invalid-ignore.", "type": "object", "properties": { "rule": { "title": "Rule", "description": "The id of the rule to exempt from (ropa-lint --list-rules lists them). An unknown id is reported by invalid-ignore with the closest rule id. Drives: `invalid-ignore`.", "type": "string", "anyOf": [{ "enum": ["ai-training-contract-basis", "ai-training-undeclared", "anonymisation-claim", "automated-decision", "children-consent", "consent-bundled", "consent-details-missing", "consent-given-by-third-party", "consent-not-explicit", "consent-not-granular", "consent-not-opt-in", "consent-records", "consent-weakened", "consent-withdrawal", "criminal-data-condition", "document-missing", "dpia-required", "duplicate-id", "eprivacy-communications-consent", "eprivacy-terminal-consent", "invalid-ignore", "lawful-basis-changed", "lawful-basis-missing", "legitimate-interests-assessment", "new-ai-training-purpose", "notice-missing", "notice-undisclosed-purpose", "notice-withdrawal", "processor-dpa", "processor-own-purpose", "purpose-compatibility", "purpose-scope-expanded", "record-incomplete", "retention-missing", "right-to-object", "schema", "special-category-condition", "transfer-mechanism", "unknown-reference"], "markdownEnumDescriptions": ["**error** by default \xB7 Art. 6(1)(b); EDPB Guidelines 2/2019. AI-training purposes only. Training a model is not necessary to perform a contract with the user, so contract is not a lawful basis for it.", "**warning** by default \xB7 Art. 5(1)(a). A purpose whose text says its data trains, fine-tunes, improves or evaluates a model is marked ai_training: true.", "**warning** by default \xB7 Recital 26; EDPB Opinion 28/2024. A data category claimed to be anonymised links the assessment that backs the claim.", "**warning** by default \xB7 Art. 22. Solely automated decisions rest on a contract, a law that authorises them, or explicit consent.", "**error** by default \xB7 Art. 8. Consent that may come from children says how age and parental consent are verified.", "**error** by default \xB7 Art. 7(4), Recital 43. The service is not refused to people who decline consent: consent that is a condition of the service is not freely given.", "**error** by default \xB7 Art. 7(1). A purpose that needs consent (basis consent, explicit consent as its Art. 9(2) condition, or ePrivacy Art. 5(1) / 5(3) for training) has a consent block that describes how it is obtained.", "**error** by default \xB7 Art. 4(11); ePrivacy Art. 5(1). Consent comes from the people whose data it is: not from an account administrator or customer on their behalf, and on communications from every participant, not one.", "**error** by default \xB7 Art. 9(2)(a). Special-category data processed under consent needs explicit consent: an express statement, not just an affirmative act.", "**error** by default \xB7 Recitals 32, 43. Consent is asked separately for each purpose, not once for a bundle of purposes.", "**error** by default \xB7 Art. 4(11), Recital 32; CJEU C-673/17 Planet49. Consent is collected by a clear affirmative act (opt-in), not by silence, a pre-ticked box, continued use or accepting the terms.", "**warning** by default \xB7 Art. 7(1). A consent block says where proof of consent is kept, so the controller can demonstrate who consented, when and to what.", "**error** by default \xB7 Art. 4(11), 7. Runs only when compared with a base (--base). A change moves a consent field of an existing purpose to a weaker value: opt-in to opt-out, explicit to not, easier withdrawal to harder, and so on.", "**error** by default \xB7 Art. 7(3). Consent can be withdrawn in the product, as easily as it was given.", "**error** by default \xB7 Art. 10. Data on criminal convictions and offences names the official authority or the law that authorises processing it.", "**warning** by default \xB7 Art. 5(2). The documents the record points to by a relative path (assessments, DPIAs, arrangements, contracts) exist in the repository.", "**error** by default \xB7 Art. 35(1), 35(3); WP248. An activity that trains models, or that meets two or more WP248 criteria, has a completed or in-progress DPIA.", "**error** by default. Every purpose id is defined once in the file, and every other id once in its list, so that references and reviews are unambiguous.", "**error** by default \xB7 ePrivacy Art. 5(1), 6. AI-training purposes only. Training on communications content or metadata needs valid consent given by everyone taking part, whatever the lawful basis.", "**error** by default \xB7 ePrivacy Art. 5(3). AI-training purposes only. Training on data read from users' devices (cookies, identifiers, telemetry) needs valid consent: it is never strictly necessary for the service.", "**warning** by default. Every x-ropa-lint-ignore entry names a rule, gives a reason, is not past its until date and suppresses something.", "**error** by default \xB7 Art. 6(1), 13(1)(c); EDPB Guidelines 05/2020 \xA7121\u2013123. Runs only when compared with a base (--base). A change swaps the lawful basis of an existing purpose, above all away from consent, which cannot be swapped after the fact.", "**error** by default \xB7 Art. 6(1). Every purpose names the Art. 6(1) lawful basis it relies on.", "**error** by default \xB7 Art. 6(1)(f); EDPB Opinion 28/2024. A purpose based on legitimate interests links the documented balancing test behind it.", "**notice** by default \xB7 Art. 25(1), 35(1). Runs only when compared with a base (--base). A change adds an AI-training purpose, or makes an existing purpose train models: it asks for a privacy review before it ships.", "**warning** by default \xB7 Art. 13, 14. The inventory links the Markdown privacy notice that tells people about its purposes, and the file is there to read.", "**error** by default \xB7 Art. 13(1)(c), 14(1)(c). AI-training purposes only. The privacy notice discloses each AI-training purpose: a section about the purpose says in visible words that the data trains a model.", "**warning** by default \xB7 Art. 13(2)(b)\u2013(c). When a purpose relies on consent or legitimate interests, the privacy notice says how to withdraw consent, opt out or object.", "**error** by default \xB7 Art. 28(3). Every processor works under an Art. 28(3) data processing agreement.", "**error** by default \xB7 Art. 28(10). AI-training purposes only. A processor that trains models on its customers' data for its own purposes becomes a controller of that processing.", "**error** by default \xB7 Art. 5(1)(b), 6(4). AI-training purposes only. Training on data collected for other purposes needs consent or a documented Art. 6(4) compatibility assessment.", "**warning** by default \xB7 Art. 6(4), 7. Runs only when compared with a base (--base). A change makes an existing AI-training purpose reach data categories or data subjects it did not reach before: what it rests on does not cover them.", "**warning** by default \xB7 Art. 30(1)(a)\u2013(g), 30(2). The record names the controller contact, the joint controllers or the controllers a processor acts for, and for each activity its data subjects, data categories, recipients, transfers and security measures.", "**warning** by default \xB7 Art. 5(1)(e). Every activity says how long its data is kept, itself or through the retention of every data category it uses.", "**error** by default \xB7 Art. 21. A purpose based on legitimate interests offers a way to object; for AI training, before the training starts.", "**error** by default. The file is valid YAML and follows the inventory format (schemas/inventory.schema.json).", "**error** by default \xB7 Art. 9(1)\u2013(2). Special-category data needs an Art. 9(2) condition; AI training only fits explicit consent or archiving and research.", "**error** by default \xB7 Art. 44\u201346. Every transfer outside the EEA rests on a transfer mechanism, and every processor outside the EEA has such a transfer recorded for its country.", "**error** by default. Every id an activity or data category refers to is defined: data subjects and data categories in their lists, collected_for purposes in any activity."] }, { "type": "string" }] }, "reason": { "title": "Reason", "description": "Why the exemption is justified; shown in every report. Drives: `invalid-ignore`.", "type": "string", "examples": ["Proof of consent is kept by the app store's consent API (PRIV-42)"] }, "until": { "title": "Until", "description": "The last day the exemption holds (YYYY-MM-DD); after it, the rule applies again. Drives: `invalid-ignore`.", "type": "string", "format": "date", "examples": ["2027-01-31"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false } }, "purpose": { "title": "Purpose", "description": "One purpose of a processing activity (Art. 5(1)(b), 30(1)(b)). It uses every data category and data subject of its activity.", "type": "object", "required": ["id", "description", "ai_training"], "properties": { "id": { "title": "Id", "description": "Kebab-case id of this purpose, unique in the whole file: data categories' collected_for, notices and comparisons with a base refer to it. Drives: `duplicate-id`, `notice-undisclosed-purpose`, `purpose-compatibility`.", "$ref": "#/$defs/id", "examples": ["train-reply-model"] }, "description": { "title": "Description", "description": "What the purpose is, in plain words: what the data is used for. Drives: `ai-training-undeclared`, `notice-undisclosed-purpose`.", "type": "string", "minLength": 1, "examples": ["Train the reply-suggestion model on past conversations."] }, "ai_training": { "title": "AI training", "description": "true when this purpose trains, fine-tunes, retrains or evaluates an AI/ML model with the data. The AI rules look only at these purposes. Drives: `ai-training-contract-basis`, `ai-training-undeclared`, `dpia-required`, `eprivacy-communications-consent`, `eprivacy-terminal-consent`, `new-ai-training-purpose`, `notice-undisclosed-purpose`, `processor-own-purpose`, `purpose-compatibility`, `purpose-scope-expanded`, `right-to-object`, `special-category-condition`.", "type": "boolean" }, "lawful_basis": { "title": "Lawful basis", "description": "The Art. 6(1) basis this purpose relies on. It is chosen before the processing and cannot be swapped afterwards (EDPB Guidelines 05/2020). Drives: `ai-training-contract-basis`, `automated-decision`, `consent-details-missing`, `lawful-basis-changed`, `lawful-basis-missing`, `legitimate-interests-assessment`, `notice-withdrawal`, `purpose-compatibility`, `right-to-object`.", "type": "string", "enum": ["consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"], "markdownEnumDescriptions": ["Art. 6(1)(a): the person consented to this purpose. Needs a valid consent block and can be withdrawn at any time (Art. 7). Drives: `automated-decision`, `consent-details-missing`, `notice-withdrawal`, `purpose-compatibility`.", "Art. 6(1)(b): necessary to perform a contract with the person or to take steps at their request before one. Training a model is not necessary for the contract (EDPB Guidelines 2/2019). Drives: `ai-training-contract-basis`, `automated-decision`.", "Art. 6(1)(c): necessary to comply with a legal obligation of Union or Member State law (Art. 6(3)); name it in legal_basis_reference. Drives: `automated-decision`.", "Art. 6(1)(d): necessary to protect someone's life, where no other basis fits (Recital 46). Drives: `automated-decision`.", "Art. 6(1)(e): necessary for a task in the public interest or in the exercise of official authority laid down by law (Art. 6(3)). Drives: `automated-decision`.", "Art. 6(1)(f): necessary for a legitimate interest that the people's rights do not override, shown by a documented balancing test; people may object (Art. 21). Drives: `automated-decision`, `legitimate-interests-assessment`, `notice-withdrawal`, `right-to-object`."] }, "legal_basis_reference": { "title": "Legal basis reference", "description": "The law (Art. 6(3): for legal-obligation and public-task) or the contract relied on.", "type": ["string", "null"], "examples": ["HGB \xA7257", "Terms of service \xA74"] }, "special_category_condition": { "title": "Special-category condition", "description": "The Art. 9(2) condition that lifts the ban on processing special-category data. For AI training only explicit-consent and archiving-research fit. Drives: `consent-details-missing`, `consent-not-explicit`, `special-category-condition`.", "type": ["string", "null"], "enum": ["explicit-consent", "employment", "vital-interests", "not-for-profit", "made-public", "legal-claims", "substantial-public-interest", "health-care", "public-health", "archiving-research", null], "markdownEnumDescriptions": ["Art. 9(2)(a): explicit consent of the person. Requires a consent block with explicit: true; one of the two conditions that can cover AI training. Drives: `consent-details-missing`, `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(b): obligations and rights in employment and social security law. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(c): vital interests of a person who cannot give consent. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(d): a foundation, association or other not-for-profit body with a political, philosophical, religious or trade-union aim, about its members. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(e): data the person has manifestly made public. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(f): establishing, exercising or defending legal claims, or courts acting in their judicial capacity. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(g): substantial public interest on the basis of Union or Member State law. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(h): preventive or occupational medicine, diagnosis, health or social care, under professional secrecy (Art. 9(3)). Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(i): public interest in public health, on the basis of Union or Member State law. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(j): archiving in the public interest, scientific or historical research or statistics, with the safeguards of Art. 89(1); one of the two conditions that can cover AI training. Drives: `consent-not-explicit`, `special-category-condition`.", "No condition named: for special-category data, a missing condition. Drives: `special-category-condition`."] }, "consent": { "title": "Consent", "description": "How consent is collected and managed; needed when the basis is consent, the Art. 9(2) condition is explicit-consent, or ePrivacy requires consent for training. Drives: `consent-details-missing`, `consent-weakened`.", "$ref": "#/$defs/consent" }, "legitimate_interests": { "title": "Legitimate interests", "description": "The interest, its balancing test and the right to object; needed when the basis is legitimate-interests. Drives: `legitimate-interests-assessment`, `right-to-object`.", "$ref": "#/$defs/legitimateInterests" }, "compatibility_assessment": { "title": "Compatibility assessment", "description": "The Art. 6(4) assessment that reusing data collected for other purposes is compatible with them: a relative path in the repository, a URL or an identifier. Drives: `document-missing`, `purpose-compatibility`.", "type": ["string", "null"], "examples": ["docs/compatibility/replies.md"] }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this purpose from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this purpose and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "processor": { "title": "Processor", "description": "A processor that processes the data on the controller's behalf (Art. 28), named among the recipients of Art. 30(1)(d). Drives: `processor-dpa`, `transfer-mechanism`.", "type": "object", "properties": { "name": { "title": "Name", "description": "The processor's name.", "type": "string", "minLength": 1, "examples": ["GPU Cloud Inc"] }, "dpa": { "title": "Data processing agreement", "description": "true when an Art. 28(3) contract binds the processor. Drives: `processor-dpa`.", "type": "boolean" }, "dpa_reference": { "title": "DPA reference", "description": "Where the Art. 28(3) contract is: a relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/contracts/gpu-cloud-dpa.pdf"] }, "country": { "title": "Country", "description": "ISO 3166-1 alpha-2 code of the country where it processes the data; outside the EEA it needs a transfer mechanism (Art. 44). Drives: `transfer-mechanism`.", "type": "string", "pattern": "^[A-Z]{2}$", "examples": ["US"] }, "mechanism": { "title": "Transfer mechanism", "description": "The Art. 45\u201349 mechanism of a processor outside the EEA, as the format's first version recorded it. The transfer belongs in the activity's transfers, where Art. 30(1)(e) records it: a processor outside the EEA needs a transfer entry for its country with a mechanism. Drives: `transfer-mechanism`.", "type": "string", "enum": ["adequacy", "scc", "bcr", "derogation", "none"], "markdownEnumDescriptions": ["An adequacy decision of the European Commission covers the destination country (Art. 45). Drives: `transfer-mechanism`.", "Standard contractual clauses adopted by the Commission (Art. 46(2)(c)), with a transfer impact assessment where the law of the destination requires one (CJEU C-311/18 Schrems II). Drives: `transfer-mechanism`.", "Binding corporate rules approved by a supervisory authority, for transfers within a corporate group (Art. 46(2)(b), 47). Drives: `transfer-mechanism`.", "A derogation for a specific situation (Art. 49(1)): explicit consent, a contract, important public interest, legal claims, vital interests; for occasional transfers, not a regular flow. Drives: `transfer-mechanism`.", "No transfer mechanism: the transfer has no legal ground (Art. 44). Drives: `transfer-mechanism`."] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "transfer": { "title": "Transfer", "description": "A transfer of personal data to a third country or an international organisation (Art. 30(1)(e), 44\u201349). Drives: `transfer-mechanism`.", "type": "object", "properties": { "country": { "title": "Country", "description": "ISO 3166-1 alpha-2 code of the destination country. Drives: `transfer-mechanism`.", "type": "string", "pattern": "^[A-Z]{2}$", "examples": ["US"] }, "mechanism": { "title": "Mechanism", "description": "The Art. 45\u201349 ground of the transfer. Drives: `transfer-mechanism`.", "type": "string", "enum": ["adequacy", "scc", "bcr", "derogation", "none"], "markdownEnumDescriptions": ["An adequacy decision of the European Commission covers the destination country (Art. 45). Drives: `transfer-mechanism`.", "Standard contractual clauses adopted by the Commission (Art. 46(2)(c)), with a transfer impact assessment where the law of the destination requires one (CJEU C-311/18 Schrems II). Drives: `transfer-mechanism`.", "Binding corporate rules approved by a supervisory authority, for transfers within a corporate group (Art. 46(2)(b), 47). Drives: `transfer-mechanism`.", "A derogation for a specific situation (Art. 49(1)): explicit consent, a contract, important public interest, legal claims, vital interests; for occasional transfers, not a regular flow. Drives: `transfer-mechanism`.", "No transfer mechanism: the transfer has no legal ground (Art. 44). Drives: `transfer-mechanism`."] }, "safeguard_reference": { "title": "Safeguard reference", "description": "Where the safeguards are documented: the signed SCCs, the BCRs, the transfer impact assessment (Art. 30(1)(e), 46). A relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/transfers/us-scc.md"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "dpia": { "title": "DPIA", "description": "The data protection impact assessment of the activity (Art. 35). Drives: `dpia-required`.", "type": "object", "properties": { "status": { "title": "Status", "description": "Where the DPIA stands. Drives: `dpia-required`.", "type": "string", "enum": ["completed", "in-progress", "not-required", "missing"], "markdownEnumDescriptions": ["The DPIA is carried out and signed off (Art. 35(7)). Drives: `dpia-required`.", "The DPIA is under way and will be completed before the processing starts. Drives: `dpia-required`.", "The controller concluded that no DPIA is needed; when the activity meets two or more WP248 criteria, or trains a model, ropa-lint still asks for one. Drives: `dpia-required`.", "No DPIA has been done. Drives: `dpia-required`."] }, "reference": { "title": "Reference", "description": "Where the DPIA is: a relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/dpia/replies.md", "DPIA-2024-17"] }, "criteria": { "title": "WP248 criteria", "description": "The criteria of the WP248 guidelines (endorsed by the EDPB) that this activity meets; two or more make a DPIA likely to be required (Art. 35(1), 35(3)). ropa-lint also derives criteria from the record itself. Drives: `dpia-required`.", "type": "array", "uniqueItems": true, "items": { "type": "string", "enum": ["evaluation-scoring", "automated-decision", "systematic-monitoring", "sensitive-data", "large-scale", "matching-datasets", "vulnerable-subjects", "innovative-technology", "prevents-rights"], "markdownEnumDescriptions": ["WP248 criterion 1: evaluation or scoring, including profiling and predicting (performance at work, economic situation, health, preferences, behaviour, location). Drives: `dpia-required`.", "WP248 criterion 2: automated decision-making with legal or similarly significant effect (Art. 22). ropa-lint derives it from automated_decision_making: true. Drives: `dpia-required`.", "WP248 criterion 3: systematic monitoring of people, including in publicly accessible areas (Art. 35(3)(c)). Drives: `dpia-required`.", "WP248 criterion 4: special-category data (Art. 9), criminal-offence data (Art. 10) or data of a highly personal nature. ropa-lint derives it from special or criminal data categories. Drives: `dpia-required`.", "WP248 criterion 5: data processed on a large scale (number of people, volume, duration, geographical extent). ropa-lint derives it from a public source. Drives: `dpia-required`.", "WP248 criterion 6: matching or combining datasets from different operations or controllers beyond what people would expect. Drives: `dpia-required`.", "WP248 criterion 7: data of vulnerable people: children, employees, patients, the elderly, asylum seekers. ropa-lint derives it from data subjects with children: true. Drives: `dpia-required`.", "WP248 criterion 8: innovative use or new technological or organisational solutions. ropa-lint derives it from an AI-training purpose. Drives: `dpia-required`.", "WP248 criterion 9: the processing itself prevents people from exercising a right or using a service or a contract. Drives: `dpia-required`."] }, "examples": [["evaluation-scoring", "systematic-monitoring"]] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false }, "activity": { "title": "Processing activity", "description": "One processing activity of the record (Art. 30(1); for a processor, Art. 30(2)).", "type": "object", "required": ["id", "name", "role", "data_subjects", "data_categories", "purposes"], "properties": { "id": { "title": "Id", "description": "Unique kebab-case id of this processing activity. Drives: `duplicate-id`.", "$ref": "#/$defs/id", "examples": ["smart-replies"] }, "name": { "title": "Name", "description": "A readable name of the activity.", "type": "string", "minLength": 1, "examples": ["Smart reply suggestions"] }, "description": { "title": "Description", "description": "What the activity does, in plain words. When none of its purposes is marked ai_training, a description that says the data trains a model is reported. Drives: `ai-training-undeclared`.", "type": "string", "minLength": 1, "examples": ["Suggest replies in chat."] }, "role": { "title": "Role", "description": "The organisation's role in this activity (Art. 4(7), 4(8), 26). Drives: `processor-own-purpose`, `record-incomplete`.", "type": "string", "enum": ["controller", "joint-controller", "processor"], "markdownEnumDescriptions": ["The organisation decides alone why and how the data is processed (Art. 4(7)); the record follows Art. 30(1).", "The organisation decides the purposes and means together with others (Art. 26); the joint controllers and their arrangement are named under controller.joint_controllers. Drives: `record-incomplete`.", "The organisation processes the data on behalf of controllers (Art. 4(8), 28); the record follows Art. 30(2) and names them in on_behalf_of. Training models for its own purposes makes a processor a controller (Art. 28(10)). Drives: `processor-own-purpose`, `record-incomplete`."] }, "on_behalf_of": { "title": "On behalf of", "description": "For role processor: the controllers this activity is carried out for, with their contact details (Art. 30(2)(a)). Drives: `record-incomplete`.", "type": "array", "items": { "$ref": "#/$defs/party" } }, "data_subjects": { "title": "Data subjects", "description": "Ids of the data subjects (top-level data_subjects) whose data this activity processes (Art. 30(1)(c)). Drives: `purpose-scope-expanded`, `record-incomplete`, `unknown-reference`.", "type": "array", "items": { "$ref": "#/$defs/id" }, "examples": [["workspace-members"]] }, "data_categories": { "title": "Data categories", "description": "Ids of the data categories (top-level data_categories) this activity processes (Art. 30(1)(c)). Drives: `purpose-scope-expanded`, `record-incomplete`, `unknown-reference`.", "type": "array", "items": { "$ref": "#/$defs/id" }, "examples": [["chat-messages"]] }, "purposes": { "title": "Purposes", "description": "The purposes of this activity, at least one (Art. 30(1)(b)).", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/purpose" }, "examples": [[{ "id": "deliver-messages", "description": "Store and deliver messages", "ai_training": false, "lawful_basis": "contract" }]] }, "recipients": { "title": "Recipients", "description": "The recipients or categories of recipients to whom the data is disclosed, as free-text names, including those in third countries (Art. 30(1)(d)); [] means none. Drives: `record-incomplete`.", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["ML platform team", "Payment providers"]] }, "processors": { "title": "Processors", "description": "The processors that process the data for this activity (Art. 28). Drives: `processor-dpa`, `transfer-mechanism`.", "type": "array", "items": { "$ref": "#/$defs/processor" } }, "transfers": { "title": "Transfers", "description": "Transfers to third countries or international organisations (Art. 30(1)(e)); [] means none. Drives: `record-incomplete`, `transfer-mechanism`.", "type": "array", "items": { "$ref": "#/$defs/transfer" } }, "retention": { "title": "Retention", "description": "The time limit for erasing the data: an ISO 8601 duration or a sentence (Art. 5(1)(e), 30(1)(f)). Drives: `retention-missing`.", "type": "string", "minLength": 1, "examples": ["P90D", "Deleted 30 days after the account is closed"] }, "security_measures": { "title": "Security measures", "description": "The technical and organisational security measures, in general terms (Art. 30(1)(g), 32(1)). Drives: `record-incomplete`.", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["encryption-at-rest", "access-control"]] }, "dpia": { "title": "DPIA", "description": "The data protection impact assessment of the activity (Art. 35). Drives: `dpia-required`.", "$ref": "#/$defs/dpia" }, "automated_decision_making": { "title": "Automated decision-making", "description": "true when the activity takes decisions based solely on automated processing, including profiling, with legal or similarly significant effects (Art. 22). Drives: `automated-decision`, `dpia-required`.", "type": "boolean" }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this activity from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this activity and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false } } };
var schema32 = { "title": "Joint controller", "description": "A controller that decides the purposes and means of processing together with this one (Art. 26).", "type": "object", "properties": { "name": { "title": "Name", "description": "Legal name of the joint controller (Art. 30(1)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["Partner Analytics SA"] }, "contact": { "title": "Contact", "description": "How to reach the joint controller about data protection (Art. 30(1)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["privacy@partner.example"] }, "arrangement": { "title": "Arrangement", "description": "The Art. 26(1) arrangement that sets out each controller's responsibilities: a relative path to the document in the repository, a URL or an identifier. Its essence is made available to the people concerned (Art. 26(2)). Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/contracts/joint-controller.md"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var schema35 = { "title": "Ignored rules", "description": "In-place exemptions from rules of ropa-lint, each with a reason that shows in every report.", "type": "array", "items": { "title": "Ignore", "description": "An exemption from one rule. Without a reason, past its until date, naming an unknown rule or suppressing nothing, it does not suppress and is reported by invalid-ignore.", "type": "object", "properties": { "rule": { "title": "Rule", "description": "The id of the rule to exempt from (ropa-lint --list-rules lists them). An unknown id is reported by invalid-ignore with the closest rule id. Drives: `invalid-ignore`.", "type": "string", "anyOf": [{ "enum": ["ai-training-contract-basis", "ai-training-undeclared", "anonymisation-claim", "automated-decision", "children-consent", "consent-bundled", "consent-details-missing", "consent-given-by-third-party", "consent-not-explicit", "consent-not-granular", "consent-not-opt-in", "consent-records", "consent-weakened", "consent-withdrawal", "criminal-data-condition", "document-missing", "dpia-required", "duplicate-id", "eprivacy-communications-consent", "eprivacy-terminal-consent", "invalid-ignore", "lawful-basis-changed", "lawful-basis-missing", "legitimate-interests-assessment", "new-ai-training-purpose", "notice-missing", "notice-undisclosed-purpose", "notice-withdrawal", "processor-dpa", "processor-own-purpose", "purpose-compatibility", "purpose-scope-expanded", "record-incomplete", "retention-missing", "right-to-object", "schema", "special-category-condition", "transfer-mechanism", "unknown-reference"], "markdownEnumDescriptions": ["**error** by default \xB7 Art. 6(1)(b); EDPB Guidelines 2/2019. AI-training purposes only. Training a model is not necessary to perform a contract with the user, so contract is not a lawful basis for it.", "**warning** by default \xB7 Art. 5(1)(a). A purpose whose text says its data trains, fine-tunes, improves or evaluates a model is marked ai_training: true.", "**warning** by default \xB7 Recital 26; EDPB Opinion 28/2024. A data category claimed to be anonymised links the assessment that backs the claim.", "**warning** by default \xB7 Art. 22. Solely automated decisions rest on a contract, a law that authorises them, or explicit consent.", "**error** by default \xB7 Art. 8. Consent that may come from children says how age and parental consent are verified.", "**error** by default \xB7 Art. 7(4), Recital 43. The service is not refused to people who decline consent: consent that is a condition of the service is not freely given.", "**error** by default \xB7 Art. 7(1). A purpose that needs consent (basis consent, explicit consent as its Art. 9(2) condition, or ePrivacy Art. 5(1) / 5(3) for training) has a consent block that describes how it is obtained.", "**error** by default \xB7 Art. 4(11); ePrivacy Art. 5(1). Consent comes from the people whose data it is: not from an account administrator or customer on their behalf, and on communications from every participant, not one.", "**error** by default \xB7 Art. 9(2)(a). Special-category data processed under consent needs explicit consent: an express statement, not just an affirmative act.", "**error** by default \xB7 Recitals 32, 43. Consent is asked separately for each purpose, not once for a bundle of purposes.", "**error** by default \xB7 Art. 4(11), Recital 32; CJEU C-673/17 Planet49. Consent is collected by a clear affirmative act (opt-in), not by silence, a pre-ticked box, continued use or accepting the terms.", "**warning** by default \xB7 Art. 7(1). A consent block says where proof of consent is kept, so the controller can demonstrate who consented, when and to what.", "**error** by default \xB7 Art. 4(11), 7. Runs only when compared with a base (--base). A change moves a consent field of an existing purpose to a weaker value: opt-in to opt-out, explicit to not, easier withdrawal to harder, and so on.", "**error** by default \xB7 Art. 7(3). Consent can be withdrawn in the product, as easily as it was given.", "**error** by default \xB7 Art. 10. Data on criminal convictions and offences names the official authority or the law that authorises processing it.", "**warning** by default \xB7 Art. 5(2). The documents the record points to by a relative path (assessments, DPIAs, arrangements, contracts) exist in the repository.", "**error** by default \xB7 Art. 35(1), 35(3); WP248. An activity that trains models, or that meets two or more WP248 criteria, has a completed or in-progress DPIA.", "**error** by default. Every purpose id is defined once in the file, and every other id once in its list, so that references and reviews are unambiguous.", "**error** by default \xB7 ePrivacy Art. 5(1), 6. AI-training purposes only. Training on communications content or metadata needs valid consent given by everyone taking part, whatever the lawful basis.", "**error** by default \xB7 ePrivacy Art. 5(3). AI-training purposes only. Training on data read from users' devices (cookies, identifiers, telemetry) needs valid consent: it is never strictly necessary for the service.", "**warning** by default. Every x-ropa-lint-ignore entry names a rule, gives a reason, is not past its until date and suppresses something.", "**error** by default \xB7 Art. 6(1), 13(1)(c); EDPB Guidelines 05/2020 \xA7121\u2013123. Runs only when compared with a base (--base). A change swaps the lawful basis of an existing purpose, above all away from consent, which cannot be swapped after the fact.", "**error** by default \xB7 Art. 6(1). Every purpose names the Art. 6(1) lawful basis it relies on.", "**error** by default \xB7 Art. 6(1)(f); EDPB Opinion 28/2024. A purpose based on legitimate interests links the documented balancing test behind it.", "**notice** by default \xB7 Art. 25(1), 35(1). Runs only when compared with a base (--base). A change adds an AI-training purpose, or makes an existing purpose train models: it asks for a privacy review before it ships.", "**warning** by default \xB7 Art. 13, 14. The inventory links the Markdown privacy notice that tells people about its purposes, and the file is there to read.", "**error** by default \xB7 Art. 13(1)(c), 14(1)(c). AI-training purposes only. The privacy notice discloses each AI-training purpose: a section about the purpose says in visible words that the data trains a model.", "**warning** by default \xB7 Art. 13(2)(b)\u2013(c). When a purpose relies on consent or legitimate interests, the privacy notice says how to withdraw consent, opt out or object.", "**error** by default \xB7 Art. 28(3). Every processor works under an Art. 28(3) data processing agreement.", "**error** by default \xB7 Art. 28(10). AI-training purposes only. A processor that trains models on its customers' data for its own purposes becomes a controller of that processing.", "**error** by default \xB7 Art. 5(1)(b), 6(4). AI-training purposes only. Training on data collected for other purposes needs consent or a documented Art. 6(4) compatibility assessment.", "**warning** by default \xB7 Art. 6(4), 7. Runs only when compared with a base (--base). A change makes an existing AI-training purpose reach data categories or data subjects it did not reach before: what it rests on does not cover them.", "**warning** by default \xB7 Art. 30(1)(a)\u2013(g), 30(2). The record names the controller contact, the joint controllers or the controllers a processor acts for, and for each activity its data subjects, data categories, recipients, transfers and security measures.", "**warning** by default \xB7 Art. 5(1)(e). Every activity says how long its data is kept, itself or through the retention of every data category it uses.", "**error** by default \xB7 Art. 21. A purpose based on legitimate interests offers a way to object; for AI training, before the training starts.", "**error** by default. The file is valid YAML and follows the inventory format (schemas/inventory.schema.json).", "**error** by default \xB7 Art. 9(1)\u2013(2). Special-category data needs an Art. 9(2) condition; AI training only fits explicit consent or archiving and research.", "**error** by default \xB7 Art. 44\u201346. Every transfer outside the EEA rests on a transfer mechanism, and every processor outside the EEA has such a transfer recorded for its country.", "**error** by default. Every id an activity or data category refers to is defined: data subjects and data categories in their lists, collected_for purposes in any activity."] }, { "type": "string" }] }, "reason": { "title": "Reason", "description": "Why the exemption is justified; shown in every report. Drives: `invalid-ignore`.", "type": "string", "examples": ["Proof of consent is kept by the app store's consent API (PRIV-42)"] }, "until": { "title": "Until", "description": "The last day the exemption holds (YYYY-MM-DD); after it, the rule applies again. Drives: `invalid-ignore`.", "type": "string", "format": "date", "examples": ["2027-01-31"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false } };
var pattern4 = new RegExp("^x-", "u");
var func1 = runtime0.default;
var formats0 = runtime1.fullFormats.date;
var schema33 = { "title": "Data subject", "description": "A category of people whose data is processed (Art. 30(1)(c)).", "type": "object", "required": ["id", "name"], "properties": { "id": { "title": "Id", "description": "Unique kebab-case id of this category of data subjects; activities refer to it. Drives: `duplicate-id`, `unknown-reference`.", "$ref": "#/$defs/id", "examples": ["workspace-members"] }, "name": { "title": "Name", "description": "A readable name of the category of people.", "type": "string", "minLength": 1, "examples": ["Members of customer workspaces"] }, "children": { "title": "Children", "description": "true when data of children may be processed: consent for information society services needs a parent below the age of digital consent (Art. 8), and children are vulnerable data subjects (WP248). Drives: `children-consent`, `dpia-required`.", "type": "boolean" }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this data subject from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this data subject and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
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
              const _errs17 = errors;
              let valid6 = false;
              const _errs18 = errors;
              if (!(data5 === "ai-training-contract-basis" || data5 === "ai-training-undeclared" || data5 === "anonymisation-claim" || data5 === "automated-decision" || data5 === "children-consent" || data5 === "consent-bundled" || data5 === "consent-details-missing" || data5 === "consent-given-by-third-party" || data5 === "consent-not-explicit" || data5 === "consent-not-granular" || data5 === "consent-not-opt-in" || data5 === "consent-records" || data5 === "consent-weakened" || data5 === "consent-withdrawal" || data5 === "criminal-data-condition" || data5 === "document-missing" || data5 === "dpia-required" || data5 === "duplicate-id" || data5 === "eprivacy-communications-consent" || data5 === "eprivacy-terminal-consent" || data5 === "invalid-ignore" || data5 === "lawful-basis-changed" || data5 === "lawful-basis-missing" || data5 === "legitimate-interests-assessment" || data5 === "new-ai-training-purpose" || data5 === "notice-missing" || data5 === "notice-undisclosed-purpose" || data5 === "notice-withdrawal" || data5 === "processor-dpa" || data5 === "processor-own-purpose" || data5 === "purpose-compatibility" || data5 === "purpose-scope-expanded" || data5 === "record-incomplete" || data5 === "retention-missing" || data5 === "right-to-object" || data5 === "schema" || data5 === "special-category-condition" || data5 === "transfer-mechanism" || data5 === "unknown-reference")) {
                const err10 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema35.items.properties.rule.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema35.items.properties.rule.anyOf[0].enum, parentSchema: schema35.items.properties.rule.anyOf[0], data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              var _valid0 = _errs18 === errors;
              valid6 = valid6 || _valid0;
              const _errs20 = errors;
              if (typeof data5 !== "string") {
                const err11 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.rule.anyOf[1].type, parentSchema: schema35.items.properties.rule.anyOf[1], data: data5 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              var _valid0 = _errs20 === errors;
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
                errors = _errs17;
                if (vErrors !== null) {
                  if (_errs17) {
                    vErrors.length = _errs17;
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
var schema36 = { "title": "Data category", "description": "A category of personal data (Art. 30(1)(c)).", "type": "object", "required": ["id", "name", "source"], "properties": { "id": { "title": "Id", "description": "Unique kebab-case id of this data category; activities refer to it. Drives: `duplicate-id`, `unknown-reference`.", "$ref": "#/$defs/id", "examples": ["chat-messages"] }, "name": { "title": "Name", "description": "A readable name of the kind of data.", "type": "string", "minLength": 1, "examples": ["Messages, files and reactions"] }, "source": { "title": "Source", "description": "Where the data comes from. It decides which ePrivacy article applies: communications content and metadata (Art. 5(1), 6) and data read from the user's device (Art. 5(3)) need consent for training. Drives: `consent-details-missing`, `consent-given-by-third-party`, `dpia-required`, `eprivacy-communications-consent`, `eprivacy-terminal-consent`.", "type": "string", "enum": ["communications-content", "communications-metadata", "terminal-equipment", "provided-by-subject", "observed", "inferred", "third-party", "public"], "markdownEnumDescriptions": ["The content of messages, calls, meetings and their attachments. ePrivacy Art. 5(1) protects the confidentiality of communications: listening to, storing or otherwise using them needs the consent of the users concerned, which for AI training means every participant, whatever the GDPR basis. Drives: `consent-details-missing`, `consent-given-by-third-party`, `eprivacy-communications-consent`.", "Traffic and location data of communications: who talked to whom, when, for how long, from where. ePrivacy Art. 6 and 9 allow it beyond transmission and billing only with the users' consent. Drives: `consent-details-missing`, `consent-given-by-third-party`, `eprivacy-communications-consent`.", 'Read from or stored on the user\'s device: cookies, device identifiers, telemetry, diagnostics ("service-generated data"). ePrivacy Art. 5(3) requires consent unless the storing or reading is strictly necessary for the service the user asked for, which training a model never is. Drives: `consent-details-missing`, `eprivacy-terminal-consent`.', "Typed or uploaded by the person outside a communication: a profile, a form, a document. The GDPR alone applies; the person is informed when the data is collected (Art. 13).", "Observed on the controller's side while the service is used: logs of use, clicks in the controller's own systems. The GDPR alone applies.", "Derived by the controller from other data: scores, segments, predictions. Inferences about a person are personal data; the GDPR alone applies.", "Received from another organisation: a partner, a data broker, a customer's upload about others. The people were not asked directly, so they must be informed within a month (Art. 14).", "Publicly available, e.g. scraped from the web. Still personal data under the GDPR, with Art. 14 information duties; ropa-lint counts it as the WP248 criterion large-scale. Drives: `dpia-required`."] }, "special": { "title": "Special categories", "description": "The Art. 9(1) kinds of data in this category, whose processing is forbidden unless an Art. 9(2) condition applies; empty when none. Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "type": "array", "uniqueItems": true, "items": { "type": "string", "enum": ["health", "biometric", "genetic", "racial-ethnic-origin", "political-opinions", "religious-beliefs", "trade-union", "sex-life", "sexual-orientation"], "markdownEnumDescriptions": ["Data concerning health: physical or mental health, including the provision of health care, which reveals information about health status (Art. 4(15), 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Biometric data processed to uniquely identify a person: facial images, fingerprints, voice prints (Art. 4(14), 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Genetic data: inherited or acquired genetic characteristics, e.g. from a DNA sample (Art. 4(13), 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing racial or ethnic origin (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing political opinions (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing religious or philosophical beliefs (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data revealing trade union membership (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data concerning a person's sex life (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`.", "Data concerning a person's sexual orientation (Art. 9(1)). Drives: `consent-not-explicit`, `dpia-required`, `special-category-condition`."] }, "examples": [["health"]] }, "criminal": { "title": "Criminal data", "description": "true when the category holds data on criminal convictions and offences or related security measures (Art. 10). Drives: `criminal-data-condition`, `dpia-required`.", "type": "boolean" }, "criminal_condition": { "title": "Criminal data condition", "description": "When criminal is true: the official authority under whose control the data is processed, or the Union or Member State law that authorises it (Art. 10). Drives: `criminal-data-condition`.", "type": ["string", "null"], "examples": ["Background checks under the Rehabilitation of Offenders Act 1974 (Exceptions) Order 1975"] }, "retention": { "title": "Retention", "description": "How long this category is kept, when it differs from its activity's retention: an ISO 8601 duration or a sentence (Art. 5(1)(e), 30(1)(f)). Given on every category an activity uses, it counts as the activity's retention. Drives: `retention-missing`.", "type": ["string", "null"], "examples": ["P30D", "Until the account is deleted"] }, "collected_for": { "title": "Collected for", "description": "Ids of the purposes this data was originally collected for. Using it for another purpose is a further processing that must be compatible with them (Art. 5(1)(b), 6(4)). Drives: `purpose-compatibility`, `unknown-reference`.", "type": "array", "items": { "$ref": "#/$defs/id" }, "examples": [["deliver-messages"]] }, "anonymised": { "title": "Anonymised", "description": "true when the data is claimed to be anonymous and so outside the GDPR (Recital 26): a claim that needs an assessment of the means reasonably likely to be used to identify someone. Drives: `anonymisation-claim`.", "type": "boolean" }, "anonymisation_assessment": { "title": "Anonymisation assessment", "description": "The assessment backing the anonymisation claim (Recital 26; EDPB Opinion 28/2024): a relative path in the repository, a URL or an identifier. Drives: `anonymisation-claim`, `document-missing`.", "type": ["string", "null"], "examples": ["docs/anonymisation/usage-stats.md"] }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this data category from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this data category and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
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
              const _errs38 = errors;
              let valid12 = false;
              const _errs39 = errors;
              if (!(data14 === "ai-training-contract-basis" || data14 === "ai-training-undeclared" || data14 === "anonymisation-claim" || data14 === "automated-decision" || data14 === "children-consent" || data14 === "consent-bundled" || data14 === "consent-details-missing" || data14 === "consent-given-by-third-party" || data14 === "consent-not-explicit" || data14 === "consent-not-granular" || data14 === "consent-not-opt-in" || data14 === "consent-records" || data14 === "consent-weakened" || data14 === "consent-withdrawal" || data14 === "criminal-data-condition" || data14 === "document-missing" || data14 === "dpia-required" || data14 === "duplicate-id" || data14 === "eprivacy-communications-consent" || data14 === "eprivacy-terminal-consent" || data14 === "invalid-ignore" || data14 === "lawful-basis-changed" || data14 === "lawful-basis-missing" || data14 === "legitimate-interests-assessment" || data14 === "new-ai-training-purpose" || data14 === "notice-missing" || data14 === "notice-undisclosed-purpose" || data14 === "notice-withdrawal" || data14 === "processor-dpa" || data14 === "processor-own-purpose" || data14 === "purpose-compatibility" || data14 === "purpose-scope-expanded" || data14 === "record-incomplete" || data14 === "retention-missing" || data14 === "right-to-object" || data14 === "schema" || data14 === "special-category-condition" || data14 === "transfer-mechanism" || data14 === "unknown-reference")) {
                const err24 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i3 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema35.items.properties.rule.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema35.items.properties.rule.anyOf[0].enum, parentSchema: schema35.items.properties.rule.anyOf[0], data: data14 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              var _valid0 = _errs39 === errors;
              valid12 = valid12 || _valid0;
              const _errs41 = errors;
              if (typeof data14 !== "string") {
                const err25 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i3 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.rule.anyOf[1].type, parentSchema: schema35.items.properties.rule.anyOf[1], data: data14 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              var _valid0 = _errs41 === errors;
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
                errors = _errs38;
                if (vErrors !== null) {
                  if (_errs38) {
                    vErrors.length = _errs38;
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
var schema40 = { "title": "Processing activity", "description": "One processing activity of the record (Art. 30(1); for a processor, Art. 30(2)).", "type": "object", "required": ["id", "name", "role", "data_subjects", "data_categories", "purposes"], "properties": { "id": { "title": "Id", "description": "Unique kebab-case id of this processing activity. Drives: `duplicate-id`.", "$ref": "#/$defs/id", "examples": ["smart-replies"] }, "name": { "title": "Name", "description": "A readable name of the activity.", "type": "string", "minLength": 1, "examples": ["Smart reply suggestions"] }, "description": { "title": "Description", "description": "What the activity does, in plain words. When none of its purposes is marked ai_training, a description that says the data trains a model is reported. Drives: `ai-training-undeclared`.", "type": "string", "minLength": 1, "examples": ["Suggest replies in chat."] }, "role": { "title": "Role", "description": "The organisation's role in this activity (Art. 4(7), 4(8), 26). Drives: `processor-own-purpose`, `record-incomplete`.", "type": "string", "enum": ["controller", "joint-controller", "processor"], "markdownEnumDescriptions": ["The organisation decides alone why and how the data is processed (Art. 4(7)); the record follows Art. 30(1).", "The organisation decides the purposes and means together with others (Art. 26); the joint controllers and their arrangement are named under controller.joint_controllers. Drives: `record-incomplete`.", "The organisation processes the data on behalf of controllers (Art. 4(8), 28); the record follows Art. 30(2) and names them in on_behalf_of. Training models for its own purposes makes a processor a controller (Art. 28(10)). Drives: `processor-own-purpose`, `record-incomplete`."] }, "on_behalf_of": { "title": "On behalf of", "description": "For role processor: the controllers this activity is carried out for, with their contact details (Art. 30(2)(a)). Drives: `record-incomplete`.", "type": "array", "items": { "$ref": "#/$defs/party" } }, "data_subjects": { "title": "Data subjects", "description": "Ids of the data subjects (top-level data_subjects) whose data this activity processes (Art. 30(1)(c)). Drives: `purpose-scope-expanded`, `record-incomplete`, `unknown-reference`.", "type": "array", "items": { "$ref": "#/$defs/id" }, "examples": [["workspace-members"]] }, "data_categories": { "title": "Data categories", "description": "Ids of the data categories (top-level data_categories) this activity processes (Art. 30(1)(c)). Drives: `purpose-scope-expanded`, `record-incomplete`, `unknown-reference`.", "type": "array", "items": { "$ref": "#/$defs/id" }, "examples": [["chat-messages"]] }, "purposes": { "title": "Purposes", "description": "The purposes of this activity, at least one (Art. 30(1)(b)).", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/purpose" }, "examples": [[{ "id": "deliver-messages", "description": "Store and deliver messages", "ai_training": false, "lawful_basis": "contract" }]] }, "recipients": { "title": "Recipients", "description": "The recipients or categories of recipients to whom the data is disclosed, as free-text names, including those in third countries (Art. 30(1)(d)); [] means none. Drives: `record-incomplete`.", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["ML platform team", "Payment providers"]] }, "processors": { "title": "Processors", "description": "The processors that process the data for this activity (Art. 28). Drives: `processor-dpa`, `transfer-mechanism`.", "type": "array", "items": { "$ref": "#/$defs/processor" } }, "transfers": { "title": "Transfers", "description": "Transfers to third countries or international organisations (Art. 30(1)(e)); [] means none. Drives: `record-incomplete`, `transfer-mechanism`.", "type": "array", "items": { "$ref": "#/$defs/transfer" } }, "retention": { "title": "Retention", "description": "The time limit for erasing the data: an ISO 8601 duration or a sentence (Art. 5(1)(e), 30(1)(f)). Drives: `retention-missing`.", "type": "string", "minLength": 1, "examples": ["P90D", "Deleted 30 days after the account is closed"] }, "security_measures": { "title": "Security measures", "description": "The technical and organisational security measures, in general terms (Art. 30(1)(g), 32(1)). Drives: `record-incomplete`.", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["encryption-at-rest", "access-control"]] }, "dpia": { "title": "DPIA", "description": "The data protection impact assessment of the activity (Art. 35). Drives: `dpia-required`.", "$ref": "#/$defs/dpia" }, "automated_decision_making": { "title": "Automated decision-making", "description": "true when the activity takes decisions based solely on automated processing, including profiling, with legal or similarly significant effects (Art. 22). Drives: `automated-decision`, `dpia-required`.", "type": "boolean" }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this activity from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this activity and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var schema42 = { "title": "Controller acted for", "description": "A controller on whose behalf this processor acts (Art. 30(2)(a)).", "type": "object", "properties": { "name": { "title": "Name", "description": "Legal name of the controller (Art. 30(2)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["Customer Ltd"] }, "contact": { "title": "Contact", "description": "How to reach the controller, or its data protection officer (Art. 30(2)(a)). Drives: `record-incomplete`.", "type": "string", "minLength": 1, "examples": ["privacy@customer.example"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var schema50 = { "title": "Processor", "description": "A processor that processes the data on the controller's behalf (Art. 28), named among the recipients of Art. 30(1)(d). Drives: `processor-dpa`, `transfer-mechanism`.", "type": "object", "properties": { "name": { "title": "Name", "description": "The processor's name.", "type": "string", "minLength": 1, "examples": ["GPU Cloud Inc"] }, "dpa": { "title": "Data processing agreement", "description": "true when an Art. 28(3) contract binds the processor. Drives: `processor-dpa`.", "type": "boolean" }, "dpa_reference": { "title": "DPA reference", "description": "Where the Art. 28(3) contract is: a relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/contracts/gpu-cloud-dpa.pdf"] }, "country": { "title": "Country", "description": "ISO 3166-1 alpha-2 code of the country where it processes the data; outside the EEA it needs a transfer mechanism (Art. 44). Drives: `transfer-mechanism`.", "type": "string", "pattern": "^[A-Z]{2}$", "examples": ["US"] }, "mechanism": { "title": "Transfer mechanism", "description": "The Art. 45\u201349 mechanism of a processor outside the EEA, as the format's first version recorded it. The transfer belongs in the activity's transfers, where Art. 30(1)(e) records it: a processor outside the EEA needs a transfer entry for its country with a mechanism. Drives: `transfer-mechanism`.", "type": "string", "enum": ["adequacy", "scc", "bcr", "derogation", "none"], "markdownEnumDescriptions": ["An adequacy decision of the European Commission covers the destination country (Art. 45). Drives: `transfer-mechanism`.", "Standard contractual clauses adopted by the Commission (Art. 46(2)(c)), with a transfer impact assessment where the law of the destination requires one (CJEU C-311/18 Schrems II). Drives: `transfer-mechanism`.", "Binding corporate rules approved by a supervisory authority, for transfers within a corporate group (Art. 46(2)(b), 47). Drives: `transfer-mechanism`.", "A derogation for a specific situation (Art. 49(1)): explicit consent, a contract, important public interest, legal claims, vital interests; for occasional transfers, not a regular flow. Drives: `transfer-mechanism`.", "No transfer mechanism: the transfer has no legal ground (Art. 44). Drives: `transfer-mechanism`."] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var schema51 = { "title": "Transfer", "description": "A transfer of personal data to a third country or an international organisation (Art. 30(1)(e), 44\u201349). Drives: `transfer-mechanism`.", "type": "object", "properties": { "country": { "title": "Country", "description": "ISO 3166-1 alpha-2 code of the destination country. Drives: `transfer-mechanism`.", "type": "string", "pattern": "^[A-Z]{2}$", "examples": ["US"] }, "mechanism": { "title": "Mechanism", "description": "The Art. 45\u201349 ground of the transfer. Drives: `transfer-mechanism`.", "type": "string", "enum": ["adequacy", "scc", "bcr", "derogation", "none"], "markdownEnumDescriptions": ["An adequacy decision of the European Commission covers the destination country (Art. 45). Drives: `transfer-mechanism`.", "Standard contractual clauses adopted by the Commission (Art. 46(2)(c)), with a transfer impact assessment where the law of the destination requires one (CJEU C-311/18 Schrems II). Drives: `transfer-mechanism`.", "Binding corporate rules approved by a supervisory authority, for transfers within a corporate group (Art. 46(2)(b), 47). Drives: `transfer-mechanism`.", "A derogation for a specific situation (Art. 49(1)): explicit consent, a contract, important public interest, legal claims, vital interests; for occasional transfers, not a regular flow. Drives: `transfer-mechanism`.", "No transfer mechanism: the transfer has no legal ground (Art. 44). Drives: `transfer-mechanism`."] }, "safeguard_reference": { "title": "Safeguard reference", "description": "Where the safeguards are documented: the signed SCCs, the BCRs, the transfer impact assessment (Art. 30(1)(e), 46). A relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/transfers/us-scc.md"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var schema52 = { "title": "DPIA", "description": "The data protection impact assessment of the activity (Art. 35). Drives: `dpia-required`.", "type": "object", "properties": { "status": { "title": "Status", "description": "Where the DPIA stands. Drives: `dpia-required`.", "type": "string", "enum": ["completed", "in-progress", "not-required", "missing"], "markdownEnumDescriptions": ["The DPIA is carried out and signed off (Art. 35(7)). Drives: `dpia-required`.", "The DPIA is under way and will be completed before the processing starts. Drives: `dpia-required`.", "The controller concluded that no DPIA is needed; when the activity meets two or more WP248 criteria, or trains a model, ropa-lint still asks for one. Drives: `dpia-required`.", "No DPIA has been done. Drives: `dpia-required`."] }, "reference": { "title": "Reference", "description": "Where the DPIA is: a relative path in the repository, a URL or an identifier. Drives: `document-missing`.", "type": ["string", "null"], "examples": ["docs/dpia/replies.md", "DPIA-2024-17"] }, "criteria": { "title": "WP248 criteria", "description": "The criteria of the WP248 guidelines (endorsed by the EDPB) that this activity meets; two or more make a DPIA likely to be required (Art. 35(1), 35(3)). ropa-lint also derives criteria from the record itself. Drives: `dpia-required`.", "type": "array", "uniqueItems": true, "items": { "type": "string", "enum": ["evaluation-scoring", "automated-decision", "systematic-monitoring", "sensitive-data", "large-scale", "matching-datasets", "vulnerable-subjects", "innovative-technology", "prevents-rights"], "markdownEnumDescriptions": ["WP248 criterion 1: evaluation or scoring, including profiling and predicting (performance at work, economic situation, health, preferences, behaviour, location). Drives: `dpia-required`.", "WP248 criterion 2: automated decision-making with legal or similarly significant effect (Art. 22). ropa-lint derives it from automated_decision_making: true. Drives: `dpia-required`.", "WP248 criterion 3: systematic monitoring of people, including in publicly accessible areas (Art. 35(3)(c)). Drives: `dpia-required`.", "WP248 criterion 4: special-category data (Art. 9), criminal-offence data (Art. 10) or data of a highly personal nature. ropa-lint derives it from special or criminal data categories. Drives: `dpia-required`.", "WP248 criterion 5: data processed on a large scale (number of people, volume, duration, geographical extent). ropa-lint derives it from a public source. Drives: `dpia-required`.", "WP248 criterion 6: matching or combining datasets from different operations or controllers beyond what people would expect. Drives: `dpia-required`.", "WP248 criterion 7: data of vulnerable people: children, employees, patients, the elderly, asylum seekers. ropa-lint derives it from data subjects with children: true. Drives: `dpia-required`.", "WP248 criterion 8: innovative use or new technological or organisational solutions. ropa-lint derives it from an AI-training purpose. Drives: `dpia-required`.", "WP248 criterion 9: the processing itself prevents people from exercising a right or using a service or a contract. Drives: `dpia-required`."] }, "examples": [["evaluation-scoring", "systematic-monitoring"]] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var pattern26 = new RegExp("^[A-Z]{2}$", "u");
var schema45 = { "title": "Purpose", "description": "One purpose of a processing activity (Art. 5(1)(b), 30(1)(b)). It uses every data category and data subject of its activity.", "type": "object", "required": ["id", "description", "ai_training"], "properties": { "id": { "title": "Id", "description": "Kebab-case id of this purpose, unique in the whole file: data categories' collected_for, notices and comparisons with a base refer to it. Drives: `duplicate-id`, `notice-undisclosed-purpose`, `purpose-compatibility`.", "$ref": "#/$defs/id", "examples": ["train-reply-model"] }, "description": { "title": "Description", "description": "What the purpose is, in plain words: what the data is used for. Drives: `ai-training-undeclared`, `notice-undisclosed-purpose`.", "type": "string", "minLength": 1, "examples": ["Train the reply-suggestion model on past conversations."] }, "ai_training": { "title": "AI training", "description": "true when this purpose trains, fine-tunes, retrains or evaluates an AI/ML model with the data. The AI rules look only at these purposes. Drives: `ai-training-contract-basis`, `ai-training-undeclared`, `dpia-required`, `eprivacy-communications-consent`, `eprivacy-terminal-consent`, `new-ai-training-purpose`, `notice-undisclosed-purpose`, `processor-own-purpose`, `purpose-compatibility`, `purpose-scope-expanded`, `right-to-object`, `special-category-condition`.", "type": "boolean" }, "lawful_basis": { "title": "Lawful basis", "description": "The Art. 6(1) basis this purpose relies on. It is chosen before the processing and cannot be swapped afterwards (EDPB Guidelines 05/2020). Drives: `ai-training-contract-basis`, `automated-decision`, `consent-details-missing`, `lawful-basis-changed`, `lawful-basis-missing`, `legitimate-interests-assessment`, `notice-withdrawal`, `purpose-compatibility`, `right-to-object`.", "type": "string", "enum": ["consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"], "markdownEnumDescriptions": ["Art. 6(1)(a): the person consented to this purpose. Needs a valid consent block and can be withdrawn at any time (Art. 7). Drives: `automated-decision`, `consent-details-missing`, `notice-withdrawal`, `purpose-compatibility`.", "Art. 6(1)(b): necessary to perform a contract with the person or to take steps at their request before one. Training a model is not necessary for the contract (EDPB Guidelines 2/2019). Drives: `ai-training-contract-basis`, `automated-decision`.", "Art. 6(1)(c): necessary to comply with a legal obligation of Union or Member State law (Art. 6(3)); name it in legal_basis_reference. Drives: `automated-decision`.", "Art. 6(1)(d): necessary to protect someone's life, where no other basis fits (Recital 46). Drives: `automated-decision`.", "Art. 6(1)(e): necessary for a task in the public interest or in the exercise of official authority laid down by law (Art. 6(3)). Drives: `automated-decision`.", "Art. 6(1)(f): necessary for a legitimate interest that the people's rights do not override, shown by a documented balancing test; people may object (Art. 21). Drives: `automated-decision`, `legitimate-interests-assessment`, `notice-withdrawal`, `right-to-object`."] }, "legal_basis_reference": { "title": "Legal basis reference", "description": "The law (Art. 6(3): for legal-obligation and public-task) or the contract relied on.", "type": ["string", "null"], "examples": ["HGB \xA7257", "Terms of service \xA74"] }, "special_category_condition": { "title": "Special-category condition", "description": "The Art. 9(2) condition that lifts the ban on processing special-category data. For AI training only explicit-consent and archiving-research fit. Drives: `consent-details-missing`, `consent-not-explicit`, `special-category-condition`.", "type": ["string", "null"], "enum": ["explicit-consent", "employment", "vital-interests", "not-for-profit", "made-public", "legal-claims", "substantial-public-interest", "health-care", "public-health", "archiving-research", null], "markdownEnumDescriptions": ["Art. 9(2)(a): explicit consent of the person. Requires a consent block with explicit: true; one of the two conditions that can cover AI training. Drives: `consent-details-missing`, `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(b): obligations and rights in employment and social security law. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(c): vital interests of a person who cannot give consent. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(d): a foundation, association or other not-for-profit body with a political, philosophical, religious or trade-union aim, about its members. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(e): data the person has manifestly made public. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(f): establishing, exercising or defending legal claims, or courts acting in their judicial capacity. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(g): substantial public interest on the basis of Union or Member State law. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(h): preventive or occupational medicine, diagnosis, health or social care, under professional secrecy (Art. 9(3)). Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(i): public interest in public health, on the basis of Union or Member State law. Drives: `consent-not-explicit`, `special-category-condition`.", "Art. 9(2)(j): archiving in the public interest, scientific or historical research or statistics, with the safeguards of Art. 89(1); one of the two conditions that can cover AI training. Drives: `consent-not-explicit`, `special-category-condition`.", "No condition named: for special-category data, a missing condition. Drives: `special-category-condition`."] }, "consent": { "title": "Consent", "description": "How consent is collected and managed; needed when the basis is consent, the Art. 9(2) condition is explicit-consent, or ePrivacy requires consent for training. Drives: `consent-details-missing`, `consent-weakened`.", "$ref": "#/$defs/consent" }, "legitimate_interests": { "title": "Legitimate interests", "description": "The interest, its balancing test and the right to object; needed when the basis is legitimate-interests. Drives: `legitimate-interests-assessment`, `right-to-object`.", "$ref": "#/$defs/legitimateInterests" }, "compatibility_assessment": { "title": "Compatibility assessment", "description": "The Art. 6(4) assessment that reusing data collected for other purposes is compatible with them: a relative path in the repository, a URL or an identifier. Drives: `document-missing`, `purpose-compatibility`.", "type": ["string", "null"], "examples": ["docs/compatibility/replies.md"] }, "x-ropa-lint-ignore": { "title": "Ignored rules", "description": "Exemptions of this purpose from rules of ropa-lint, each with a reason that shows in every report. They cover the findings about this purpose and everything inside it. Drives: `invalid-ignore`.", "$ref": "#/$defs/ignore" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var schema47 = { "title": "Consent", "description": "How consent is collected and managed (Art. 4(11), 7; ePrivacy Art. 5). Needed when the basis is consent, the Art. 9(2) condition is explicit-consent, or an ePrivacy rule applies to training.", "type": "object", "properties": { "collection": { "title": "Collection", "description": "How consent is asked. Only opt-in is a clear affirmative act (Art. 4(11), Recital 32). Drives: `consent-not-opt-in`, `consent-weakened`.", "type": "string", "enum": ["opt-in", "opt-out", "pre-ticked", "implied", "terms-acceptance"], "markdownEnumDescriptions": ['A clear affirmative act: the person ticks an empty box, presses "Yes", switches a setting on. The only form that is consent (Art. 4(11), Recital 32). Drives: `consent-not-opt-in`.', "Consent assumed unless the person objects. Silence or inactivity is not consent (Recital 32). Drives: `consent-not-opt-in`.", "A box ticked in advance that the person may untick. Not consent (CJEU C-673/17 Planet49, Recital 32). Drives: `consent-not-opt-in`.", "Consent inferred from conduct, such as continuing to use the service. Not an unambiguous indication of wishes (Art. 4(11)). Drives: `consent-not-opt-in`.", "Accepting the terms of service or the privacy policy. Not consent: a request for consent must be clearly distinguishable from other matters (Art. 7(2)), and consent bundled with accepting a contract is presumed not freely given (Art. 7(4), Recital 43). Drives: `consent-not-opt-in`."] }, "explicit": { "title": "Explicit", "description": "true when consent is an express statement, in writing or by a confirming step: needed for special-category data (Art. 9(2)(a)), automated decisions (Art. 22(2)(c)) and transfers (Art. 49(1)(a)). Drives: `automated-decision`, `consent-not-explicit`, `consent-weakened`.", "type": "boolean" }, "granular": { "title": "Granular", "description": "true when consent is asked separately for this purpose, not once for a bundle of purposes (Recitals 32, 43). Drives: `consent-not-granular`, `consent-weakened`.", "type": "boolean" }, "required_for_service": { "title": "Required for service", "description": 'true when the service is refused to people who decline ("Got it / Leave meeting"): such consent is not freely given (Art. 7(4), Recital 43). Drives: `consent-bundled`, `consent-weakened`.', "type": "boolean" }, "given_by": { "title": "Given by", "description": "Who gives the consent. Consent is the data subject's own (Art. 4(11)); on communications every participant's (ePrivacy Art. 5(1)). Drives: `consent-given-by-third-party`, `consent-weakened`, `eprivacy-communications-consent`.", "type": "string", "enum": ["data-subject", "all-participants", "account-admin", "parent-or-guardian"], "markdownEnumDescriptions": ["The person whose data it is. On communications content or metadata this is one participant consenting for the others, which ePrivacy Art. 5(1) does not allow. Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`.", "Every user taking part in the communication, as ePrivacy Art. 5(1) requires for content and metadata. Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`.", "An account or workspace administrator, or the customer organisation, on behalf of its users. Not the data subject's consent (Art. 4(11)). Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`.", "The holder of parental responsibility, for a child below the age of digital consent (Art. 8(1)). Drives: `consent-given-by-third-party`, `eprivacy-communications-consent`."] }, "withdrawal": { "title": "Withdrawal", "description": "How consent is withdrawn. It must be as easy as giving it (Art. 7(3)), and consent is given in the product. Drives: `consent-weakened`, `consent-withdrawal`.", "type": "string", "enum": ["in-product", "email", "support-request", "none"], "markdownEnumDescriptions": ["In the product itself, where people use the service (a setting, a toggle, a link in the interface). As easy as giving consent there. Drives: `consent-withdrawal`.", "By writing an e-mail to the controller. Drives: `consent-withdrawal`.", "By asking customer support (a ticket, a form, a call). Drives: `consent-withdrawal`.", "No way is offered. Consent cannot be withdrawn, so it is not valid (Art. 7(3)). Drives: `consent-withdrawal`."] }, "records": { "title": "Records", "description": "Where proof of consent is kept: who consented, when, to what notice, how (Art. 7(1)). Omitted or null means none. Drives: `consent-records`, `consent-weakened`.", "type": ["string", "null"], "examples": ["consent-service"] }, "age_verification": { "title": "Age verification", "description": "How age, and below the age of digital consent the parent's consent, is verified for children (Art. 8(2)). Drives: `children-consent`.", "type": ["string", "null"], "examples": ["parental-consent-check"] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
var schema48 = { "title": "Legitimate interests", "description": "The legitimate interest relied on and its balancing test (Art. 6(1)(f)), and how people can object (Art. 21). Drives: `legitimate-interests-assessment`, `right-to-object`.", "type": "object", "properties": { "interest": { "title": "Interest", "description": "The legitimate interest pursued, in plain words.", "type": "string", "minLength": 1, "examples": ["Detect spam and abuse on the platform"] }, "assessment": { "title": "Assessment", "description": "The documented balancing test (legitimate interests assessment, LIA): a relative path in the repository, a URL or an identifier (Art. 6(1)(f); EDPB Opinion 28/2024). Drives: `document-missing`, `legitimate-interests-assessment`.", "type": ["string", "null"], "examples": ["docs/lia/replies.md"] }, "objection": { "title": "Objection", "description": "How people can exercise the right to object (Art. 21(1)). Drives: `right-to-object`.", "type": "string", "enum": ["in-product", "email", "support-request", "none"], "markdownEnumDescriptions": ["In the product itself, where people use the service (a setting, a toggle, a link in the interface). Drives: `right-to-object`.", "By writing an e-mail to the controller. Drives: `right-to-object`.", "By asking customer support (a ticket, a form, a call). Drives: `right-to-object`.", "No way is offered. People cannot object: legitimate interests cannot be relied on (Art. 21). Drives: `right-to-object`."] }, "objection_before_processing": { "title": "Objection before processing", "description": "true when people can object before their data is processed, e.g. before it trains a model (EDPB Opinion 28/2024). Drives: `right-to-object`.", "type": "boolean" } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false };
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
              const _errs63 = errors;
              let valid10 = false;
              const _errs64 = errors;
              if (!(data23 === "ai-training-contract-basis" || data23 === "ai-training-undeclared" || data23 === "anonymisation-claim" || data23 === "automated-decision" || data23 === "children-consent" || data23 === "consent-bundled" || data23 === "consent-details-missing" || data23 === "consent-given-by-third-party" || data23 === "consent-not-explicit" || data23 === "consent-not-granular" || data23 === "consent-not-opt-in" || data23 === "consent-records" || data23 === "consent-weakened" || data23 === "consent-withdrawal" || data23 === "criminal-data-condition" || data23 === "document-missing" || data23 === "dpia-required" || data23 === "duplicate-id" || data23 === "eprivacy-communications-consent" || data23 === "eprivacy-terminal-consent" || data23 === "invalid-ignore" || data23 === "lawful-basis-changed" || data23 === "lawful-basis-missing" || data23 === "legitimate-interests-assessment" || data23 === "new-ai-training-purpose" || data23 === "notice-missing" || data23 === "notice-undisclosed-purpose" || data23 === "notice-withdrawal" || data23 === "processor-dpa" || data23 === "processor-own-purpose" || data23 === "purpose-compatibility" || data23 === "purpose-scope-expanded" || data23 === "record-incomplete" || data23 === "retention-missing" || data23 === "right-to-object" || data23 === "schema" || data23 === "special-category-condition" || data23 === "transfer-mechanism" || data23 === "unknown-reference")) {
                const err38 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema35.items.properties.rule.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema35.items.properties.rule.anyOf[0].enum, parentSchema: schema35.items.properties.rule.anyOf[0], data: data23 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              var _valid0 = _errs64 === errors;
              valid10 = valid10 || _valid0;
              const _errs66 = errors;
              if (typeof data23 !== "string") {
                const err39 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i0 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.rule.anyOf[1].type, parentSchema: schema35.items.properties.rule.anyOf[1], data: data23 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              var _valid0 = _errs66 === errors;
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
                errors = _errs63;
                if (vErrors !== null) {
                  if (_errs63) {
                    vErrors.length = _errs63;
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
              const _errs99 = errors;
              let valid35 = false;
              const _errs100 = errors;
              if (!(data39 === "ai-training-contract-basis" || data39 === "ai-training-undeclared" || data39 === "anonymisation-claim" || data39 === "automated-decision" || data39 === "children-consent" || data39 === "consent-bundled" || data39 === "consent-details-missing" || data39 === "consent-given-by-third-party" || data39 === "consent-not-explicit" || data39 === "consent-not-granular" || data39 === "consent-not-opt-in" || data39 === "consent-records" || data39 === "consent-weakened" || data39 === "consent-withdrawal" || data39 === "criminal-data-condition" || data39 === "document-missing" || data39 === "dpia-required" || data39 === "duplicate-id" || data39 === "eprivacy-communications-consent" || data39 === "eprivacy-terminal-consent" || data39 === "invalid-ignore" || data39 === "lawful-basis-changed" || data39 === "lawful-basis-missing" || data39 === "legitimate-interests-assessment" || data39 === "new-ai-training-purpose" || data39 === "notice-missing" || data39 === "notice-undisclosed-purpose" || data39 === "notice-withdrawal" || data39 === "processor-dpa" || data39 === "processor-own-purpose" || data39 === "purpose-compatibility" || data39 === "purpose-scope-expanded" || data39 === "record-incomplete" || data39 === "retention-missing" || data39 === "right-to-object" || data39 === "schema" || data39 === "special-category-condition" || data39 === "transfer-mechanism" || data39 === "unknown-reference")) {
                const err69 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i10 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema35.items.properties.rule.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema35.items.properties.rule.anyOf[0].enum, parentSchema: schema35.items.properties.rule.anyOf[0], data: data39 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              var _valid0 = _errs100 === errors;
              valid35 = valid35 || _valid0;
              const _errs102 = errors;
              if (typeof data39 !== "string") {
                const err70 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i10 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.rule.anyOf[1].type, parentSchema: schema35.items.properties.rule.anyOf[1], data: data39 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              var _valid0 = _errs102 === errors;
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
                errors = _errs99;
                if (vErrors !== null) {
                  if (_errs99) {
                    vErrors.length = _errs99;
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
              const _errs54 = errors;
              let valid19 = false;
              const _errs55 = errors;
              if (!(data24 === "ai-training-contract-basis" || data24 === "ai-training-undeclared" || data24 === "anonymisation-claim" || data24 === "automated-decision" || data24 === "children-consent" || data24 === "consent-bundled" || data24 === "consent-details-missing" || data24 === "consent-given-by-third-party" || data24 === "consent-not-explicit" || data24 === "consent-not-granular" || data24 === "consent-not-opt-in" || data24 === "consent-records" || data24 === "consent-weakened" || data24 === "consent-withdrawal" || data24 === "criminal-data-condition" || data24 === "document-missing" || data24 === "dpia-required" || data24 === "duplicate-id" || data24 === "eprivacy-communications-consent" || data24 === "eprivacy-terminal-consent" || data24 === "invalid-ignore" || data24 === "lawful-basis-changed" || data24 === "lawful-basis-missing" || data24 === "legitimate-interests-assessment" || data24 === "new-ai-training-purpose" || data24 === "notice-missing" || data24 === "notice-undisclosed-purpose" || data24 === "notice-withdrawal" || data24 === "processor-dpa" || data24 === "processor-own-purpose" || data24 === "purpose-compatibility" || data24 === "purpose-scope-expanded" || data24 === "record-incomplete" || data24 === "retention-missing" || data24 === "right-to-object" || data24 === "schema" || data24 === "special-category-condition" || data24 === "transfer-mechanism" || data24 === "unknown-reference")) {
                const err41 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i5 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema35.items.properties.rule.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema35.items.properties.rule.anyOf[0].enum, parentSchema: schema35.items.properties.rule.anyOf[0], data: data24 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              var _valid0 = _errs55 === errors;
              valid19 = valid19 || _valid0;
              const _errs57 = errors;
              if (typeof data24 !== "string") {
                const err42 = { instancePath: instancePath + "/x-ropa-lint-ignore/" + i5 + "/rule", schemaPath: "#/$defs/ignore/items/properties/rule/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.items.properties.rule.anyOf[1].type, parentSchema: schema35.items.properties.rule.anyOf[1], data: data24 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              var _valid0 = _errs57 === errors;
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
                errors = _errs54;
                if (vErrors !== null) {
                  if (_errs54) {
                    vErrors.length = _errs54;
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

// src/core/schema-check.ts
function validateInventory(value) {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => toViolation(error, value));
}
var TYPE_WORDS = {
  string: "text",
  boolean: "true or false",
  object: "a mapping of keys to values",
  array: "a list",
  null: "empty (null)",
  integer: "a whole number",
  number: "a number"
};
function typeOfValue(value) {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 40)}\u2026` : value}"`;
  return String(value);
}
function plainDescription(description) {
  return (description ?? "").replace(/\s*Drives: [^]*$/, "");
}
function flowYaml(value) {
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(", ")}]`;
  if (typeof value === "object" && value !== null) return `{${Object.entries(value).map(([key, item]) => `${key}: ${flowYaml(item)}`).join(", ")}}`;
  return String(value);
}
function toViolation(error, root) {
  const where = describeLocation(root, error.instancePath);
  const field = lastSegment(error.instancePath) || "the inventory";
  const parentSchema = error.parentSchema ?? {};
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(parentSchema.properties ?? {});
      const suggestion = suggestClosest(key, known);
      return {
        messageId: "unknownKey",
        pointer: joinPointer(error.instancePath, key),
        target: "key",
        data: {
          key,
          where,
          fix: suggestion ? `did you mean \`${suggestion}\`? (Keys starting with \`x-\` are free for your own use.)` : `use one of ${known.map((name) => `\`${name}\``).join(", ")}, or prefix your own keys with \`x-\``
        }
      };
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      const property = parentSchema.properties?.[missing];
      const values = property?.enum?.filter((option) => option !== null);
      const description = `${plainDescription(property?.description)}${values ? ` One of: ${values.join(", ")}.` : ""}`;
      return { messageId: "missing", pointer: joinPointer(error.instancePath, missing), target: "key", data: { key: missing, where, description } };
    }
    case "enum": {
      const allowed = error.schema.map((option) => option === null ? "null" : String(option));
      const given = typeof error.data === "string" ? error.data : typeOfValue(error.data);
      const suggestion = typeof error.data === "string" ? suggestClosest(error.data, allowed) : void 0;
      return {
        messageId: "enum",
        pointer: error.instancePath,
        target: "node",
        data: { field, where, given, allowed: allowed.join(", "), fix: suggestion ? `did you mean \`${suggestion}\`?` : `use one of: ${allowed.join(", ")}` }
      };
    }
    case "type": {
      const expected = [].concat(error.params.type);
      return {
        messageId: "type",
        pointer: error.instancePath,
        target: "node",
        data: { field, where, expected: expected.map((type) => TYPE_WORDS[type] ?? type).join(" or "), given: typeOfValue(error.data) }
      };
    }
    case "pattern": {
      const given = String(error.data);
      const isId = error.schema.startsWith("^[a-z0-9]+");
      const kebab = given.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
      return {
        messageId: "pattern",
        pointer: error.instancePath,
        target: "node",
        data: {
          field,
          where,
          given,
          expected: isId ? "a kebab-case id (lowercase letters and digits joined by single hyphens)" : firstSentence(parentSchema.description) || `text matching ${String(error.schema)}`,
          fix: isId && kebab ? `write \`${kebab}\`` : `write ${firstSentence(parentSchema.description) || "a value in the documented form"}`
        }
      };
    }
    case "format":
      return { messageId: "format", pointer: error.instancePath, target: "node", data: { field, where, given: String(error.data), format: String(error.schema) } };
    case "const":
      return { messageId: "const", pointer: error.instancePath, target: "node", data: { field, where, expected: String(error.schema), given: typeOfValue(error.data) } };
    case "minLength":
      return { messageId: "empty", pointer: error.instancePath, target: "node", data: { field, where } };
    case "minItems": {
      const example = parentSchema.examples?.[0];
      const entry = Array.isArray(example) && example.length > 0 ? `, e.g. \`- ${flowYaml(example[0])}\`` : "";
      return { messageId: "tooFew", pointer: error.instancePath, target: "node", data: { field, where, example: entry } };
    }
    case "uniqueItems":
      return { messageId: "unique", pointer: error.instancePath, target: "node", data: { field, where } };
    default:
      return { messageId: "invalid", pointer: error.instancePath, target: "node", data: { field, where, detail: error.message ?? "is invalid" } };
  }
}
function firstSentence(description) {
  return plainDescription(description).split(/;|\s\(|\.\s|\.$/)[0];
}

// src/rules/schema.ts
var schema_default = defineRule({
  meta: {
    id: "schema",
    severity: "error",
    reference: null,
    aiOnly: false,
    description: "The file is valid YAML and follows the inventory format (schemas/inventory.schema.json).",
    messages: {
      syntax: { message: "{problem}", help: "fix the YAML at this position; the rest of the file is checked once it parses" },
      unknownKey: { message: "unknown key `{key}` in {where}", help: "{fix}" },
      missing: { message: "{where} lacks the required key `{key}`", help: "add `{key}:` here: {description}" },
      enum: { message: "`{field}` in {where} is `{given}`, which is not one of the allowed values", help: "{fix}" },
      type: { message: "`{field}` in {where} must be {expected}, but it is {given}", help: "write `{field}` as {expected}" },
      pattern: { message: "`{field}` in {where} is `{given}`, which is not {expected}", help: "{fix}" },
      format: { message: "`{field}` in {where} is `{given}`, which is not a valid {format}", help: "write a {format} such as 2027-01-31" },
      const: { message: "`{field}` must be {expected}, but it is {given}", help: "write `{field}: {expected}`: it is the only version of the format" },
      empty: { message: "`{field}` in {where} is empty", help: "fill in `{field}` or remove the key" },
      tooFew: { message: "`{field}` in {where} is an empty list, but needs at least one entry", help: "add at least one entry to `{field}`{example}" },
      unique: { message: "`{field}` in {where} lists the same value twice", help: "remove the repeated value" },
      invalid: { message: "`{field}` in {where} {detail}", help: "see schemas/inventory.schema.json for the expected form" }
    }
  },
  *check({ document }) {
    for (const problem of document.problems) {
      yield { messageId: "syntax", pointer: "", span: problem.span, data: { problem: problem.message } };
    }
    if (document.problems.some((problem) => problem.fatal)) return;
    for (const violation of validateInventory(document.value)) {
      yield { messageId: violation.messageId, pointer: violation.pointer, target: violation.target, data: violation.data };
    }
  }
});

// src/rules/special-category-condition.ts
var TRAINING_CONDITIONS = /* @__PURE__ */ new Set(["explicit-consent", "archiving-research"]);
var special_category_condition_default = defineRule({
  meta: {
    id: "special-category-condition",
    severity: "error",
    reference: "Art. 9(1)\u2013(2)",
    aiOnly: false,
    description: "Special-category data needs an Art. 9(2) condition; AI training only fits explicit consent or archiving and research.",
    messages: {
      missing: {
        message: "{purpose} processes special-category data ({kinds}) without an Art. 9(2) condition",
        help: "name the Art. 9(2) condition that applies, e.g. `special_category_condition: explicit-consent` (with `explicit: true` in the consent block); for AI training only `explicit-consent` or `archiving-research` fit"
      },
      notForTraining: {
        message: "{purpose} trains on special-category data ({kinds}) under `{condition}`, a condition that does not cover AI training",
        help: "set `special_category_condition: explicit-consent` (with `explicit: true` in the consent block) or `archiving-research` (with Art. 89(1) safeguards), or train without the special-category data"
      }
    }
  },
  *check({ model }) {
    for (const purpose of model.purposes) {
      if (!hasSpecialCategoryData(purpose)) continue;
      const kinds = [...new Set(purpose.activity.categories.flatMap((category) => stringsOf(category.value.special)))];
      const data = { purpose: describeLocation(model.root, purpose.pointer), kinds: kinds.length > 0 ? kinds.join(", ") : "kinds not named" };
      const pointer = joinPointer(purpose.pointer, "special_category_condition");
      const condition = purpose.value.special_category_condition;
      if (!isStated(condition)) {
        yield { messageId: "missing", pointer, data };
      } else if (isAiTraining(purpose) && typeof condition === "string" && !TRAINING_CONDITIONS.has(condition)) {
        yield { messageId: "notForTraining", pointer, data: { ...data, condition } };
      }
    }
  }
});

// src/rules/transfer-mechanism.ts
var EEA = /* @__PURE__ */ new Set([
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
  "IS",
  "LI",
  "NO"
]);
var ALIASES = { EL: "GR", UK: "GB" };
function countryOf(value) {
  if (typeof value !== "string" || !isStated(value)) return void 0;
  const code2 = value.trim().toUpperCase();
  return ALIASES[code2] ?? code2;
}
var MECHANISMS = /* @__PURE__ */ new Set(["adequacy", "scc", "bcr", "derogation"]);
function hasMechanism(value) {
  return typeof value === "string" && isStated(value) && value.trim() !== "none";
}
var transfer_mechanism_default = defineRule({
  meta: {
    id: "transfer-mechanism",
    severity: "error",
    reference: "Art. 44\u201346",
    aiOnly: false,
    description: "Every transfer outside the EEA rests on a transfer mechanism, and every processor outside the EEA has such a transfer recorded for its country.",
    messages: {
      transfer: {
        message: "{activity} transfers data to {country} without a transfer mechanism",
        help: "name the safeguard the transfer rests on, e.g. `mechanism: scc` (or `adequacy` when the Commission has found the country adequate, `bcr` within a corporate group); without one, do not transfer"
      },
      processor: {
        message: "{processor} of {activity} processes data in `{country}`, outside the EEA, but the activity records no transfer to `{country}`",
        help: "record the transfer with the safeguard it rests on, e.g. `transfers: [{country: {country}, mechanism: scc}]` (or `adequacy` when the Commission has found `{country}` adequate), or choose a processor in the EEA"
      },
      processorMechanism: {
        message: "{processor} of {activity} processes data in `{country}` under `{mechanism}`, but the activity records no transfer to `{country}`",
        help: "record the transfer on the activity, where the record of transfers is kept (Art. 30(1)(e)): `transfers: [{country: {country}, mechanism: {mechanism}}]`"
      }
    }
  },
  *check({ model }) {
    for (const activity of model.activities) {
      const activityName = describeLocation(model.root, activity.pointer);
      const transfers = recordsOf(activity.value.transfers, joinPointer(activity.pointer, "transfers"));
      for (const transfer of transfers) {
        const country = countryOf(transfer.value.country);
        if (country !== void 0 && EEA.has(country)) continue;
        if (hasMechanism(transfer.value.mechanism)) continue;
        const mechanismWritten = Object.prototype.hasOwnProperty.call(transfer.value, "mechanism");
        const pointer = joinPointer(transfer.pointer, !mechanismWritten && country !== void 0 ? "country" : "mechanism");
        yield { messageId: "transfer", pointer, data: { activity: activityName, country: country === void 0 ? "a country it does not name" : `\`${country}\`` } };
      }
      yield* processorsWithoutTransfer(activity, activityName, transfers.map((transfer) => transfer.value), model.root);
    }
  }
});
function* processorsWithoutTransfer(activity, activityName, transfers, root) {
  const recorded = new Set(transfers.map((transfer) => countryOf(transfer.country)));
  for (const processor of recordsOf(activity.value.processors, joinPointer(activity.pointer, "processors"))) {
    const country = countryOf(processor.value.country);
    if (country === void 0 || EEA.has(country) || recorded.has(country)) continue;
    const data = { processor: describeLocation(root, processor.pointer), activity: activityName, country };
    const pointer = joinPointer(processor.pointer, "country");
    const own = processor.value.mechanism;
    if (typeof own === "string" && MECHANISMS.has(own)) yield { messageId: "processorMechanism", pointer, data: { ...data, mechanism: own } };
    else yield { messageId: "processor", pointer, data };
  }
}

// src/rules/unknown-reference.ts
var KnownIds = class {
  #ids;
  #suggestions = /* @__PURE__ */ new Map();
  constructor(ids) {
    this.#ids = new Set(ids);
  }
  has(id) {
    return this.#ids.has(id);
  }
  closest(id) {
    if (!this.#suggestions.has(id)) this.#suggestions.set(id, suggestClosest(id, [...this.#ids]));
    return this.#suggestions.get(id);
  }
};
var unknown_reference_default = defineRule({
  meta: {
    id: "unknown-reference",
    severity: "error",
    reference: null,
    aiOnly: false,
    description: "Every id an activity or data category refers to is defined: data subjects and data categories in their lists, collected_for purposes in any activity.",
    messages: {
      unknown: {
        message: "{where} refers to {kind} `{id}`, which is not defined {place}",
        help: "{fix}"
      }
    }
  },
  *check({ model }) {
    const subjects = {
      kind: "data subject",
      known: new KnownIds(model.subjectById.keys()),
      place: "in `data_subjects`",
      define: (id) => `define \`${id}\` under \`data_subjects\``
    };
    const categories = {
      kind: "data category",
      known: new KnownIds(model.categoryById.keys()),
      place: "in `data_categories`",
      define: (id) => `define \`${id}\` under \`data_categories\``
    };
    const purposes = {
      kind: "purpose",
      known: new KnownIds(model.purposes.map((purpose) => purpose.value.id).filter((id) => typeof id === "string")),
      place: "as a purpose of any activity",
      define: (id) => `record the purpose the data was collected for, with \`id: ${id}\`, under the \`purposes\` of the activity that collects it`
    };
    function* unknownIn(list, pointer, where, target) {
      if (!Array.isArray(list)) return;
      for (const [index, id] of list.entries()) {
        if (typeof id !== "string" || !isStated(id) || target.known.has(id)) continue;
        const suggestion = target.known.closest(id);
        const fix = suggestion ? `did you mean \`${suggestion}\`? Otherwise ${target.define(id)}` : `${target.define(id)}, or remove it from this list`;
        yield { messageId: "unknown", pointer: joinPointer(pointer, index), data: { where, kind: target.kind, id, place: target.place, fix } };
      }
    }
    for (const activity of model.activities) {
      const name = typeof activity.value.id === "string" ? `activity \`${activity.value.id}\`` : "an activity";
      yield* unknownIn(activity.value.data_subjects, joinPointer(activity.pointer, "data_subjects"), name, subjects);
      yield* unknownIn(activity.value.data_categories, joinPointer(activity.pointer, "data_categories"), name, categories);
    }
    for (const category of model.categories) {
      const name = typeof category.value.id === "string" ? `data category \`${category.value.id}\`` : "a data category";
      yield* unknownIn(category.value.collected_for, joinPointer(category.pointer, "collected_for"), name, purposes);
    }
  }
});

// src/rules/index.ts
var all = [
  ai_training_contract_basis_default,
  ai_training_undeclared_default,
  anonymisation_claim_default,
  automated_decision_default,
  children_consent_default,
  consent_bundled_default,
  consent_details_missing_default,
  consent_given_by_third_party_default,
  consent_not_explicit_default,
  consent_not_granular_default,
  consent_not_opt_in_default,
  consent_records_default,
  consent_weakened_default,
  consent_withdrawal_default,
  criminal_data_condition_default,
  document_missing_default,
  dpia_required_default,
  duplicate_id_default,
  eprivacy_communications_consent_default,
  eprivacy_terminal_consent_default,
  invalid_ignore_default,
  lawful_basis_changed_default,
  lawful_basis_missing_default,
  legitimate_interests_assessment_default,
  new_ai_training_purpose_default,
  notice_missing_default,
  notice_undisclosed_purpose_default,
  notice_withdrawal_default,
  processor_dpa_default,
  processor_own_purpose_default,
  purpose_compatibility_default,
  purpose_scope_expanded_default,
  record_incomplete_default,
  retention_missing_default,
  right_to_object_default,
  schema_default,
  special_category_condition_default,
  transfer_mechanism_default,
  unknown_reference_default
];
var rules = all.sort((a, b) => compareStrings(a.meta.id, b.meta.id));
var rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));

// package.json
var package_default = {
  name: "ropa-lint",
  version: "0.1.0",
  description: "GDPR / ePrivacy compliance checker for AI training: lints a record of processing activities (RoPA) kept as YAML.",
  type: "module",
  license: "MIT",
  repository: {
    type: "git",
    url: "git+https://github.com/ropa-lint/ropa-lint.git"
  },
  homepage: "https://github.com/ropa-lint/ropa-lint#readme",
  bugs: {
    url: "https://github.com/ropa-lint/ropa-lint/issues"
  },
  bin: {
    "ropa-lint": "dist/cli.js"
  },
  exports: {
    ".": {
      types: "./dist/api.d.ts",
      default: "./dist/api.js"
    },
    "./schemas/*": "./schemas/*",
    "./package.json": "./package.json"
  },
  types: "./dist/api.d.ts",
  files: [
    "dist/cli.js",
    "dist/chunks/",
    "dist/api.js",
    "dist/api.d.ts",
    "schemas/",
    "docs/rules/",
    "CHANGELOG.md"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/validators.mjs && node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "vitest run",
    check: "npm run typecheck && npm test",
    bench: "node scripts/bench.mjs",
    generate: "node scripts/validators.mjs"
  },
  keywords: [
    "gdpr",
    "ropa",
    "privacy",
    "lint",
    "eprivacy",
    "ai-training",
    "github-action"
  ],
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@actions/workflow-parser": "^0.3.61",
    "@dagrejs/dagre": "^3.1.3",
    "@e965/xlsx": "^0.20.3",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@octokit/openapi": "^23.0.2",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@sparticuz/chromium": "~143.0.4",
    "@types/node": "^20.19.43",
    "@types/sarif": "^2.1.7",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    "csv-parse": "^7.0.3",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    "fastest-levenshtein": "^1.0.16",
    fflate: "^0.8.3",
    "js-yaml": "^5.5.0",
    marked: "^18.2.1",
    "playwright-core": "^1.65.1",
    tinyglobby: "^0.2.17",
    typescript: "~6.0",
    vitest: "^4.1.12",
    yaml: "^2.9.1",
    "yaml-language-server": "~1.25.0"
  },
  allowScripts: {
    esbuild: true
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/workspace/check.ts
import { existsSync as existsSync4 } from "node:fs";
import path6 from "node:path";

// src/generated/config-validator.js
var runtimeModule02 = __toESM(require_ucs2length(), 1);
var runtime02 = runtimeModule02.default?.__esModule ? runtimeModule02.default : runtimeModule02;
var validate2 = validate202;
var schema312 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/ropa-lint/ropa-lint/main/schemas/config.schema.json", "title": "ropa-lint configuration (.ropa-lint.yaml)", "description": "Rule severities, the inventories to check and the severity that fails a run.", "type": "object", "properties": { "rules": { "title": "Rules", "description": "Severity per rule id: off, notice, warning or error. ropa-lint --list-rules lists the rules.", "type": "object", "properties": { "ai-training-contract-basis": { "title": "ai-training-contract-basis", "description": "**error** by default \xB7 Art. 6(1)(b); EDPB Guidelines 2/2019. AI-training purposes only. Training a model is not necessary to perform a contract with the user, so contract is not a lawful basis for it.", "$ref": "#/$defs/setting" }, "ai-training-undeclared": { "title": "ai-training-undeclared", "description": "**warning** by default \xB7 Art. 5(1)(a). A purpose whose text says its data trains, fine-tunes, improves or evaluates a model is marked ai_training: true.", "$ref": "#/$defs/setting" }, "anonymisation-claim": { "title": "anonymisation-claim", "description": "**warning** by default \xB7 Recital 26; EDPB Opinion 28/2024. A data category claimed to be anonymised links the assessment that backs the claim.", "$ref": "#/$defs/setting" }, "automated-decision": { "title": "automated-decision", "description": "**warning** by default \xB7 Art. 22. Solely automated decisions rest on a contract, a law that authorises them, or explicit consent.", "$ref": "#/$defs/setting" }, "children-consent": { "title": "children-consent", "description": "**error** by default \xB7 Art. 8. Consent that may come from children says how age and parental consent are verified.", "$ref": "#/$defs/setting" }, "consent-bundled": { "title": "consent-bundled", "description": "**error** by default \xB7 Art. 7(4), Recital 43. The service is not refused to people who decline consent: consent that is a condition of the service is not freely given.", "$ref": "#/$defs/setting" }, "consent-details-missing": { "title": "consent-details-missing", "description": "**error** by default \xB7 Art. 7(1). A purpose that needs consent (basis consent, explicit consent as its Art. 9(2) condition, or ePrivacy Art. 5(1) / 5(3) for training) has a consent block that describes how it is obtained.", "$ref": "#/$defs/setting" }, "consent-given-by-third-party": { "title": "consent-given-by-third-party", "description": "**error** by default \xB7 Art. 4(11); ePrivacy Art. 5(1). Consent comes from the people whose data it is: not from an account administrator or customer on their behalf, and on communications from every participant, not one.", "$ref": "#/$defs/setting" }, "consent-not-explicit": { "title": "consent-not-explicit", "description": "**error** by default \xB7 Art. 9(2)(a). Special-category data processed under consent needs explicit consent: an express statement, not just an affirmative act.", "$ref": "#/$defs/setting" }, "consent-not-granular": { "title": "consent-not-granular", "description": "**error** by default \xB7 Recitals 32, 43. Consent is asked separately for each purpose, not once for a bundle of purposes.", "$ref": "#/$defs/setting" }, "consent-not-opt-in": { "title": "consent-not-opt-in", "description": "**error** by default \xB7 Art. 4(11), Recital 32; CJEU C-673/17 Planet49. Consent is collected by a clear affirmative act (opt-in), not by silence, a pre-ticked box, continued use or accepting the terms.", "$ref": "#/$defs/setting" }, "consent-records": { "title": "consent-records", "description": "**warning** by default \xB7 Art. 7(1). A consent block says where proof of consent is kept, so the controller can demonstrate who consented, when and to what.", "$ref": "#/$defs/setting" }, "consent-weakened": { "title": "consent-weakened", "description": "**error** by default \xB7 Art. 4(11), 7. Runs only when compared with a base (--base). A change moves a consent field of an existing purpose to a weaker value: opt-in to opt-out, explicit to not, easier withdrawal to harder, and so on.", "$ref": "#/$defs/setting" }, "consent-withdrawal": { "title": "consent-withdrawal", "description": "**error** by default \xB7 Art. 7(3). Consent can be withdrawn in the product, as easily as it was given.", "$ref": "#/$defs/setting" }, "criminal-data-condition": { "title": "criminal-data-condition", "description": "**error** by default \xB7 Art. 10. Data on criminal convictions and offences names the official authority or the law that authorises processing it.", "$ref": "#/$defs/setting" }, "document-missing": { "title": "document-missing", "description": "**warning** by default \xB7 Art. 5(2). The documents the record points to by a relative path (assessments, DPIAs, arrangements, contracts) exist in the repository.", "$ref": "#/$defs/setting" }, "dpia-required": { "title": "dpia-required", "description": "**error** by default \xB7 Art. 35(1), 35(3); WP248. An activity that trains models, or that meets two or more WP248 criteria, has a completed or in-progress DPIA.", "$ref": "#/$defs/setting" }, "duplicate-id": { "title": "duplicate-id", "description": "**error** by default. Every purpose id is defined once in the file, and every other id once in its list, so that references and reviews are unambiguous.", "$ref": "#/$defs/setting" }, "eprivacy-communications-consent": { "title": "eprivacy-communications-consent", "description": "**error** by default \xB7 ePrivacy Art. 5(1), 6. AI-training purposes only. Training on communications content or metadata needs valid consent given by everyone taking part, whatever the lawful basis.", "$ref": "#/$defs/setting" }, "eprivacy-terminal-consent": { "title": "eprivacy-terminal-consent", "description": "**error** by default \xB7 ePrivacy Art. 5(3). AI-training purposes only. Training on data read from users' devices (cookies, identifiers, telemetry) needs valid consent: it is never strictly necessary for the service.", "$ref": "#/$defs/setting" }, "invalid-ignore": { "title": "invalid-ignore", "description": "**warning** by default. Every x-ropa-lint-ignore entry names a rule, gives a reason, is not past its until date and suppresses something.", "$ref": "#/$defs/setting" }, "lawful-basis-changed": { "title": "lawful-basis-changed", "description": "**error** by default \xB7 Art. 6(1), 13(1)(c); EDPB Guidelines 05/2020 \xA7121\u2013123. Runs only when compared with a base (--base). A change swaps the lawful basis of an existing purpose, above all away from consent, which cannot be swapped after the fact.", "$ref": "#/$defs/setting" }, "lawful-basis-missing": { "title": "lawful-basis-missing", "description": "**error** by default \xB7 Art. 6(1). Every purpose names the Art. 6(1) lawful basis it relies on.", "$ref": "#/$defs/setting" }, "legitimate-interests-assessment": { "title": "legitimate-interests-assessment", "description": "**error** by default \xB7 Art. 6(1)(f); EDPB Opinion 28/2024. A purpose based on legitimate interests links the documented balancing test behind it.", "$ref": "#/$defs/setting" }, "new-ai-training-purpose": { "title": "new-ai-training-purpose", "description": "**notice** by default \xB7 Art. 25(1), 35(1). Runs only when compared with a base (--base). A change adds an AI-training purpose, or makes an existing purpose train models: it asks for a privacy review before it ships.", "$ref": "#/$defs/setting" }, "notice-missing": { "title": "notice-missing", "description": "**warning** by default \xB7 Art. 13, 14. The inventory links the Markdown privacy notice that tells people about its purposes, and the file is there to read.", "$ref": "#/$defs/setting" }, "notice-undisclosed-purpose": { "title": "notice-undisclosed-purpose", "description": "**error** by default \xB7 Art. 13(1)(c), 14(1)(c). AI-training purposes only. The privacy notice discloses each AI-training purpose: a section about the purpose says in visible words that the data trains a model.", "$ref": "#/$defs/setting" }, "notice-withdrawal": { "title": "notice-withdrawal", "description": "**warning** by default \xB7 Art. 13(2)(b)\u2013(c). When a purpose relies on consent or legitimate interests, the privacy notice says how to withdraw consent, opt out or object.", "$ref": "#/$defs/setting" }, "processor-dpa": { "title": "processor-dpa", "description": "**error** by default \xB7 Art. 28(3). Every processor works under an Art. 28(3) data processing agreement.", "$ref": "#/$defs/setting" }, "processor-own-purpose": { "title": "processor-own-purpose", "description": "**error** by default \xB7 Art. 28(10). AI-training purposes only. A processor that trains models on its customers' data for its own purposes becomes a controller of that processing.", "$ref": "#/$defs/setting" }, "purpose-compatibility": { "title": "purpose-compatibility", "description": "**error** by default \xB7 Art. 5(1)(b), 6(4). AI-training purposes only. Training on data collected for other purposes needs consent or a documented Art. 6(4) compatibility assessment.", "$ref": "#/$defs/setting" }, "purpose-scope-expanded": { "title": "purpose-scope-expanded", "description": "**warning** by default \xB7 Art. 6(4), 7. Runs only when compared with a base (--base). A change makes an existing AI-training purpose reach data categories or data subjects it did not reach before: what it rests on does not cover them.", "$ref": "#/$defs/setting" }, "record-incomplete": { "title": "record-incomplete", "description": "**warning** by default \xB7 Art. 30(1)(a)\u2013(g), 30(2). The record names the controller contact, the joint controllers or the controllers a processor acts for, and for each activity its data subjects, data categories, recipients, transfers and security measures.", "$ref": "#/$defs/setting" }, "retention-missing": { "title": "retention-missing", "description": "**warning** by default \xB7 Art. 5(1)(e). Every activity says how long its data is kept, itself or through the retention of every data category it uses.", "$ref": "#/$defs/setting" }, "right-to-object": { "title": "right-to-object", "description": "**error** by default \xB7 Art. 21. A purpose based on legitimate interests offers a way to object; for AI training, before the training starts.", "$ref": "#/$defs/setting" }, "schema": { "title": "schema", "description": "**error** by default. The file is valid YAML and follows the inventory format (schemas/inventory.schema.json).", "$ref": "#/$defs/setting" }, "special-category-condition": { "title": "special-category-condition", "description": "**error** by default \xB7 Art. 9(1)\u2013(2). Special-category data needs an Art. 9(2) condition; AI training only fits explicit consent or archiving and research.", "$ref": "#/$defs/setting" }, "transfer-mechanism": { "title": "transfer-mechanism", "description": "**error** by default \xB7 Art. 44\u201346. Every transfer outside the EEA rests on a transfer mechanism, and every processor outside the EEA has such a transfer recorded for its country.", "$ref": "#/$defs/setting" }, "unknown-reference": { "title": "unknown-reference", "description": "**error** by default. Every id an activity or data category refers to is defined: data subjects and data categories in their lists, collected_for purposes in any activity.", "$ref": "#/$defs/setting" } }, "propertyNames": { "$ref": "#/$defs/ruleId" }, "additionalProperties": { "$ref": "#/$defs/setting" }, "examples": [{ "consent-records": "notice" }] }, "inventory": { "title": "Inventory", "description": "Files or globs of the inventories to check, relative to the config file's folder.", "type": ["string", "array"], "minLength": 1, "items": { "type": "string", "minLength": 1 }, "examples": [["privacy/**/*.ropa.yaml"]] }, "fail-on": { "title": "Fail on", "description": "The lowest severity that makes a run fail (exit code 1).", "type": "string", "enum": ["error", "warning", "notice", "never"], "markdownEnumDescriptions": ["Only errors fail the run (the default).", "Errors and warnings fail the run.", "Any finding fails the run.", "The run never fails on findings; usage and I/O errors still exit 2."] } }, "patternProperties": { "^x-": { "description": "A user extension: never checked by ropa-lint." } }, "additionalProperties": false, "$defs": { "ruleId": { "title": "Rule id", "description": "The id of a rule of ropa-lint.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "setting": { "title": "Severity", "description": "The severity this rule reports with, or off.", "type": "string", "enum": ["off", "notice", "warning", "error"], "markdownEnumDescriptions": ["The rule does not run.", "Reported as a notice: information for review; fails a run only with fail-on: notice.", "Reported as a warning: fails a run with fail-on: warning or notice.", "Reported as an error: fails a run with the default fail-on: error."] } } };
var schema322 = { "title": "Rule id", "description": "The id of a rule of ropa-lint.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" };
var schema332 = { "title": "Severity", "description": "The severity this rule reports with, or off.", "type": "string", "enum": ["off", "notice", "warning", "error"], "markdownEnumDescriptions": ["The rule does not run.", "Reported as a notice: information for review; fails a run only with fail-on: notice.", "Reported as a warning: fails a run with fail-on: warning or notice.", "Reported as an error: fails a run with the default fail-on: error."] };
var pattern42 = new RegExp("^x-", "u");
var pattern5 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
var func12 = Object.prototype.hasOwnProperty;
var func2 = runtime02.default;
function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate202.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "rules" || key0 === "inventory" || key0 === "fail-on" || pattern42.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data0 = data.rules;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern5.test(key1)) {
              const err1 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema322, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.type, parentSchema: schema322, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err3 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema312.properties.rules.propertyNames, parentSchema: schema312.properties.rules, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          if (!func12.call(schema312.properties.rules.properties, key2)) {
            let data1 = data0[key2];
            if (typeof data1 !== "string") {
              const err4 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!(data1 === "off" || data1 === "notice" || data1 === "warning" || data1 === "error")) {
              const err5 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        }
        if (data0["ai-training-contract-basis"] !== void 0) {
          let data2 = data0["ai-training-contract-basis"];
          if (typeof data2 !== "string") {
            const err6 = { instancePath: instancePath + "/rules/ai-training-contract-basis", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (!(data2 === "off" || data2 === "notice" || data2 === "warning" || data2 === "error")) {
            const err7 = { instancePath: instancePath + "/rules/ai-training-contract-basis", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0["ai-training-undeclared"] !== void 0) {
          let data3 = data0["ai-training-undeclared"];
          if (typeof data3 !== "string") {
            const err8 = { instancePath: instancePath + "/rules/ai-training-undeclared", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!(data3 === "off" || data3 === "notice" || data3 === "warning" || data3 === "error")) {
            const err9 = { instancePath: instancePath + "/rules/ai-training-undeclared", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0["anonymisation-claim"] !== void 0) {
          let data4 = data0["anonymisation-claim"];
          if (typeof data4 !== "string") {
            const err10 = { instancePath: instancePath + "/rules/anonymisation-claim", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (!(data4 === "off" || data4 === "notice" || data4 === "warning" || data4 === "error")) {
            const err11 = { instancePath: instancePath + "/rules/anonymisation-claim", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0["automated-decision"] !== void 0) {
          let data5 = data0["automated-decision"];
          if (typeof data5 !== "string") {
            const err12 = { instancePath: instancePath + "/rules/automated-decision", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (!(data5 === "off" || data5 === "notice" || data5 === "warning" || data5 === "error")) {
            const err13 = { instancePath: instancePath + "/rules/automated-decision", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0["children-consent"] !== void 0) {
          let data6 = data0["children-consent"];
          if (typeof data6 !== "string") {
            const err14 = { instancePath: instancePath + "/rules/children-consent", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (!(data6 === "off" || data6 === "notice" || data6 === "warning" || data6 === "error")) {
            const err15 = { instancePath: instancePath + "/rules/children-consent", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0["consent-bundled"] !== void 0) {
          let data7 = data0["consent-bundled"];
          if (typeof data7 !== "string") {
            const err16 = { instancePath: instancePath + "/rules/consent-bundled", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (!(data7 === "off" || data7 === "notice" || data7 === "warning" || data7 === "error")) {
            const err17 = { instancePath: instancePath + "/rules/consent-bundled", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data7 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data0["consent-details-missing"] !== void 0) {
          let data8 = data0["consent-details-missing"];
          if (typeof data8 !== "string") {
            const err18 = { instancePath: instancePath + "/rules/consent-details-missing", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (!(data8 === "off" || data8 === "notice" || data8 === "warning" || data8 === "error")) {
            const err19 = { instancePath: instancePath + "/rules/consent-details-missing", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data0["consent-given-by-third-party"] !== void 0) {
          let data9 = data0["consent-given-by-third-party"];
          if (typeof data9 !== "string") {
            const err20 = { instancePath: instancePath + "/rules/consent-given-by-third-party", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data9 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (!(data9 === "off" || data9 === "notice" || data9 === "warning" || data9 === "error")) {
            const err21 = { instancePath: instancePath + "/rules/consent-given-by-third-party", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data0["consent-not-explicit"] !== void 0) {
          let data10 = data0["consent-not-explicit"];
          if (typeof data10 !== "string") {
            const err22 = { instancePath: instancePath + "/rules/consent-not-explicit", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (!(data10 === "off" || data10 === "notice" || data10 === "warning" || data10 === "error")) {
            const err23 = { instancePath: instancePath + "/rules/consent-not-explicit", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data0["consent-not-granular"] !== void 0) {
          let data11 = data0["consent-not-granular"];
          if (typeof data11 !== "string") {
            const err24 = { instancePath: instancePath + "/rules/consent-not-granular", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (!(data11 === "off" || data11 === "notice" || data11 === "warning" || data11 === "error")) {
            const err25 = { instancePath: instancePath + "/rules/consent-not-granular", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data11 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data0["consent-not-opt-in"] !== void 0) {
          let data12 = data0["consent-not-opt-in"];
          if (typeof data12 !== "string") {
            const err26 = { instancePath: instancePath + "/rules/consent-not-opt-in", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data12 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (!(data12 === "off" || data12 === "notice" || data12 === "warning" || data12 === "error")) {
            const err27 = { instancePath: instancePath + "/rules/consent-not-opt-in", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data12 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data0["consent-records"] !== void 0) {
          let data13 = data0["consent-records"];
          if (typeof data13 !== "string") {
            const err28 = { instancePath: instancePath + "/rules/consent-records", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data13 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (!(data13 === "off" || data13 === "notice" || data13 === "warning" || data13 === "error")) {
            const err29 = { instancePath: instancePath + "/rules/consent-records", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data13 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data0["consent-weakened"] !== void 0) {
          let data14 = data0["consent-weakened"];
          if (typeof data14 !== "string") {
            const err30 = { instancePath: instancePath + "/rules/consent-weakened", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data14 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (!(data14 === "off" || data14 === "notice" || data14 === "warning" || data14 === "error")) {
            const err31 = { instancePath: instancePath + "/rules/consent-weakened", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data0["consent-withdrawal"] !== void 0) {
          let data15 = data0["consent-withdrawal"];
          if (typeof data15 !== "string") {
            const err32 = { instancePath: instancePath + "/rules/consent-withdrawal", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data15 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (!(data15 === "off" || data15 === "notice" || data15 === "warning" || data15 === "error")) {
            const err33 = { instancePath: instancePath + "/rules/consent-withdrawal", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data15 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data0["criminal-data-condition"] !== void 0) {
          let data16 = data0["criminal-data-condition"];
          if (typeof data16 !== "string") {
            const err34 = { instancePath: instancePath + "/rules/criminal-data-condition", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data16 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (!(data16 === "off" || data16 === "notice" || data16 === "warning" || data16 === "error")) {
            const err35 = { instancePath: instancePath + "/rules/criminal-data-condition", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data16 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data0["document-missing"] !== void 0) {
          let data17 = data0["document-missing"];
          if (typeof data17 !== "string") {
            const err36 = { instancePath: instancePath + "/rules/document-missing", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data17 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (!(data17 === "off" || data17 === "notice" || data17 === "warning" || data17 === "error")) {
            const err37 = { instancePath: instancePath + "/rules/document-missing", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data17 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data0["dpia-required"] !== void 0) {
          let data18 = data0["dpia-required"];
          if (typeof data18 !== "string") {
            const err38 = { instancePath: instancePath + "/rules/dpia-required", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data18 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (!(data18 === "off" || data18 === "notice" || data18 === "warning" || data18 === "error")) {
            const err39 = { instancePath: instancePath + "/rules/dpia-required", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data18 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data0["duplicate-id"] !== void 0) {
          let data19 = data0["duplicate-id"];
          if (typeof data19 !== "string") {
            const err40 = { instancePath: instancePath + "/rules/duplicate-id", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data19 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (!(data19 === "off" || data19 === "notice" || data19 === "warning" || data19 === "error")) {
            const err41 = { instancePath: instancePath + "/rules/duplicate-id", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data19 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data0["eprivacy-communications-consent"] !== void 0) {
          let data20 = data0["eprivacy-communications-consent"];
          if (typeof data20 !== "string") {
            const err42 = { instancePath: instancePath + "/rules/eprivacy-communications-consent", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data20 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (!(data20 === "off" || data20 === "notice" || data20 === "warning" || data20 === "error")) {
            const err43 = { instancePath: instancePath + "/rules/eprivacy-communications-consent", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data20 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data0["eprivacy-terminal-consent"] !== void 0) {
          let data21 = data0["eprivacy-terminal-consent"];
          if (typeof data21 !== "string") {
            const err44 = { instancePath: instancePath + "/rules/eprivacy-terminal-consent", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data21 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (!(data21 === "off" || data21 === "notice" || data21 === "warning" || data21 === "error")) {
            const err45 = { instancePath: instancePath + "/rules/eprivacy-terminal-consent", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data21 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data0["invalid-ignore"] !== void 0) {
          let data22 = data0["invalid-ignore"];
          if (typeof data22 !== "string") {
            const err46 = { instancePath: instancePath + "/rules/invalid-ignore", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data22 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (!(data22 === "off" || data22 === "notice" || data22 === "warning" || data22 === "error")) {
            const err47 = { instancePath: instancePath + "/rules/invalid-ignore", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data22 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data0["lawful-basis-changed"] !== void 0) {
          let data23 = data0["lawful-basis-changed"];
          if (typeof data23 !== "string") {
            const err48 = { instancePath: instancePath + "/rules/lawful-basis-changed", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data23 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (!(data23 === "off" || data23 === "notice" || data23 === "warning" || data23 === "error")) {
            const err49 = { instancePath: instancePath + "/rules/lawful-basis-changed", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data23 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data0["lawful-basis-missing"] !== void 0) {
          let data24 = data0["lawful-basis-missing"];
          if (typeof data24 !== "string") {
            const err50 = { instancePath: instancePath + "/rules/lawful-basis-missing", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data24 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          if (!(data24 === "off" || data24 === "notice" || data24 === "warning" || data24 === "error")) {
            const err51 = { instancePath: instancePath + "/rules/lawful-basis-missing", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data24 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data0["legitimate-interests-assessment"] !== void 0) {
          let data25 = data0["legitimate-interests-assessment"];
          if (typeof data25 !== "string") {
            const err52 = { instancePath: instancePath + "/rules/legitimate-interests-assessment", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data25 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          if (!(data25 === "off" || data25 === "notice" || data25 === "warning" || data25 === "error")) {
            const err53 = { instancePath: instancePath + "/rules/legitimate-interests-assessment", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data25 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data0["new-ai-training-purpose"] !== void 0) {
          let data26 = data0["new-ai-training-purpose"];
          if (typeof data26 !== "string") {
            const err54 = { instancePath: instancePath + "/rules/new-ai-training-purpose", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data26 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (!(data26 === "off" || data26 === "notice" || data26 === "warning" || data26 === "error")) {
            const err55 = { instancePath: instancePath + "/rules/new-ai-training-purpose", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data26 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data0["notice-missing"] !== void 0) {
          let data27 = data0["notice-missing"];
          if (typeof data27 !== "string") {
            const err56 = { instancePath: instancePath + "/rules/notice-missing", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data27 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (!(data27 === "off" || data27 === "notice" || data27 === "warning" || data27 === "error")) {
            const err57 = { instancePath: instancePath + "/rules/notice-missing", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data27 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data0["notice-undisclosed-purpose"] !== void 0) {
          let data28 = data0["notice-undisclosed-purpose"];
          if (typeof data28 !== "string") {
            const err58 = { instancePath: instancePath + "/rules/notice-undisclosed-purpose", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data28 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          if (!(data28 === "off" || data28 === "notice" || data28 === "warning" || data28 === "error")) {
            const err59 = { instancePath: instancePath + "/rules/notice-undisclosed-purpose", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data28 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data0["notice-withdrawal"] !== void 0) {
          let data29 = data0["notice-withdrawal"];
          if (typeof data29 !== "string") {
            const err60 = { instancePath: instancePath + "/rules/notice-withdrawal", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data29 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (!(data29 === "off" || data29 === "notice" || data29 === "warning" || data29 === "error")) {
            const err61 = { instancePath: instancePath + "/rules/notice-withdrawal", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data29 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data0["processor-dpa"] !== void 0) {
          let data30 = data0["processor-dpa"];
          if (typeof data30 !== "string") {
            const err62 = { instancePath: instancePath + "/rules/processor-dpa", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data30 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          if (!(data30 === "off" || data30 === "notice" || data30 === "warning" || data30 === "error")) {
            const err63 = { instancePath: instancePath + "/rules/processor-dpa", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data30 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data0["processor-own-purpose"] !== void 0) {
          let data31 = data0["processor-own-purpose"];
          if (typeof data31 !== "string") {
            const err64 = { instancePath: instancePath + "/rules/processor-own-purpose", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data31 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          if (!(data31 === "off" || data31 === "notice" || data31 === "warning" || data31 === "error")) {
            const err65 = { instancePath: instancePath + "/rules/processor-own-purpose", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data31 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data0["purpose-compatibility"] !== void 0) {
          let data32 = data0["purpose-compatibility"];
          if (typeof data32 !== "string") {
            const err66 = { instancePath: instancePath + "/rules/purpose-compatibility", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data32 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (!(data32 === "off" || data32 === "notice" || data32 === "warning" || data32 === "error")) {
            const err67 = { instancePath: instancePath + "/rules/purpose-compatibility", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data32 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data0["purpose-scope-expanded"] !== void 0) {
          let data33 = data0["purpose-scope-expanded"];
          if (typeof data33 !== "string") {
            const err68 = { instancePath: instancePath + "/rules/purpose-scope-expanded", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data33 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          if (!(data33 === "off" || data33 === "notice" || data33 === "warning" || data33 === "error")) {
            const err69 = { instancePath: instancePath + "/rules/purpose-scope-expanded", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data33 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data0["record-incomplete"] !== void 0) {
          let data34 = data0["record-incomplete"];
          if (typeof data34 !== "string") {
            const err70 = { instancePath: instancePath + "/rules/record-incomplete", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data34 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          if (!(data34 === "off" || data34 === "notice" || data34 === "warning" || data34 === "error")) {
            const err71 = { instancePath: instancePath + "/rules/record-incomplete", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data34 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data0["retention-missing"] !== void 0) {
          let data35 = data0["retention-missing"];
          if (typeof data35 !== "string") {
            const err72 = { instancePath: instancePath + "/rules/retention-missing", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data35 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          if (!(data35 === "off" || data35 === "notice" || data35 === "warning" || data35 === "error")) {
            const err73 = { instancePath: instancePath + "/rules/retention-missing", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data35 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data0["right-to-object"] !== void 0) {
          let data36 = data0["right-to-object"];
          if (typeof data36 !== "string") {
            const err74 = { instancePath: instancePath + "/rules/right-to-object", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data36 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
          if (!(data36 === "off" || data36 === "notice" || data36 === "warning" || data36 === "error")) {
            const err75 = { instancePath: instancePath + "/rules/right-to-object", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data36 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data0.schema !== void 0) {
          let data37 = data0.schema;
          if (typeof data37 !== "string") {
            const err76 = { instancePath: instancePath + "/rules/schema", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data37 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
          if (!(data37 === "off" || data37 === "notice" || data37 === "warning" || data37 === "error")) {
            const err77 = { instancePath: instancePath + "/rules/schema", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data37 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data0["special-category-condition"] !== void 0) {
          let data38 = data0["special-category-condition"];
          if (typeof data38 !== "string") {
            const err78 = { instancePath: instancePath + "/rules/special-category-condition", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data38 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          if (!(data38 === "off" || data38 === "notice" || data38 === "warning" || data38 === "error")) {
            const err79 = { instancePath: instancePath + "/rules/special-category-condition", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data38 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data0["transfer-mechanism"] !== void 0) {
          let data39 = data0["transfer-mechanism"];
          if (typeof data39 !== "string") {
            const err80 = { instancePath: instancePath + "/rules/transfer-mechanism", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data39 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
          if (!(data39 === "off" || data39 === "notice" || data39 === "warning" || data39 === "error")) {
            const err81 = { instancePath: instancePath + "/rules/transfer-mechanism", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data39 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data0["unknown-reference"] !== void 0) {
          let data40 = data0["unknown-reference"];
          if (typeof data40 !== "string") {
            const err82 = { instancePath: instancePath + "/rules/unknown-reference", schemaPath: "#/$defs/setting/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema332.type, parentSchema: schema332, data: data40 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
          if (!(data40 === "off" || data40 === "notice" || data40 === "warning" || data40 === "error")) {
            const err83 = { instancePath: instancePath + "/rules/unknown-reference", schemaPath: "#/$defs/setting/enum", keyword: "enum", params: { allowedValues: schema332.enum }, message: "must be equal to one of the allowed values", schema: schema332.enum, parentSchema: schema332, data: data40 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
      } else {
        const err84 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.rules.type, parentSchema: schema312.properties.rules, data: data0 };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.inventory !== void 0) {
      let data41 = data.inventory;
      if (typeof data41 !== "string" && !Array.isArray(data41)) {
        const err85 = { instancePath: instancePath + "/inventory", schemaPath: "#/properties/inventory/type", keyword: "type", params: { type: schema312.properties.inventory.type }, message: "must be string,array", schema: schema312.properties.inventory.type, parentSchema: schema312.properties.inventory, data: data41 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
      if (typeof data41 === "string") {
        if (func2(data41) < 1) {
          const err86 = { instancePath: instancePath + "/inventory", schemaPath: "#/properties/inventory/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.inventory, data: data41 };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
      }
      if (Array.isArray(data41)) {
        const len0 = data41.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data42 = data41[i0];
          if (typeof data42 === "string") {
            if (func2(data42) < 1) {
              const err87 = { instancePath: instancePath + "/inventory/" + i0, schemaPath: "#/properties/inventory/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.inventory.items, data: data42 };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          } else {
            const err88 = { instancePath: instancePath + "/inventory/" + i0, schemaPath: "#/properties/inventory/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.inventory.items.type, parentSchema: schema312.properties.inventory.items, data: data42 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
      }
    }
    if (data["fail-on"] !== void 0) {
      let data43 = data["fail-on"];
      if (typeof data43 !== "string") {
        const err89 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties["fail-on"].type, parentSchema: schema312.properties["fail-on"], data: data43 };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
      if (!(data43 === "error" || data43 === "warning" || data43 === "notice" || data43 === "never")) {
        const err90 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema312.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema312.properties["fail-on"].enum, parentSchema: schema312.properties["fail-on"], data: data43 };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
    }
  } else {
    const err91 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.type, parentSchema: schema312, data };
    if (vErrors === null) {
      vErrors = [err91];
    } else {
      vErrors.push(err91);
    }
    errors++;
  }
  validate202.errors = vErrors;
  return errors === 0;
}
validate202.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/core/config.ts
function parseConfig(text, file, knownRuleIds) {
  const source = stripByteOrderMark(text);
  const document = parseYaml(source);
  const locator = new Locator(document.locations, new LineIndex(source));
  const at2 = (pointer, target = "node") => {
    const range = locator.locate(pointer, target);
    return `${file}:${range.line}:${range.column}`;
  };
  const problems = [];
  for (const problem of document.problems) {
    const range = locator.toRange(problem.span);
    problems.push(`${file}:${range.line}:${range.column}: ${problem.message}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const value = document.value ?? {};
  if (!validate2(value)) {
    for (const error of validate2.errors ?? []) {
      if (error.keyword === "pattern" && error.instancePath === "/rules") continue;
      if (error.keyword === "propertyNames") continue;
      if (error.keyword === "additionalProperties") {
        const key = String(error.params.additionalProperty);
        const suggestion = suggestClosest(key, ["rules", "inventory", "fail-on"]);
        problems.push(`${at2(joinPointer(error.instancePath, key), "key")}: unknown key \`${key}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}; allowed: rules, inventory, fail-on`);
      } else if (error.keyword === "enum") {
        const field = error.instancePath.startsWith("/rules/") ? `severity of rule \`${lastSegment(error.instancePath)}\`` : `\`${lastSegment(error.instancePath)}\``;
        problems.push(`${at2(error.instancePath)}: ${field} is \`${String(error.data)}\`; allowed: ${error.schema.join(", ")}`);
      } else {
        problems.push(`${at2(error.instancePath)}: \`${lastSegment(error.instancePath) || "the config"}\` ${error.message ?? "is invalid"}`);
      }
    }
  }
  const rules3 = {};
  const rawRules = isRecord(value) && isRecord(value.rules) ? value.rules : {};
  for (const [id, setting] of Object.entries(rawRules)) {
    if (!knownRuleIds.includes(id)) {
      const suggestion = suggestClosest(id, knownRuleIds);
      problems.push(`${at2(joinPointer("/rules", id), "key")}: unknown rule \`${id}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}; \`ropa-lint --list-rules\` lists them all`);
    } else if (typeof setting === "string") {
      rules3[id] = setting;
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const record = isRecord(value) ? value : {};
  const inventory = record.inventory === void 0 ? void 0 : [].concat(record.inventory);
  return { rules: rules3, inventory, failOn: record["fail-on"] };
}

// src/workspace/check.ts
init_files();

// src/workspace/documents.ts
init_repository();
import path3 from "node:path";
var DocumentReader = class {
  /** @param cwd the folder being checked: the boundary for inventories outside any git work tree */
  constructor(cwd) {
    this.cwd = cwd;
    this.repository = new Repository(cwd);
  }
  cwd;
  states = /* @__PURE__ */ new Map();
  repository;
  /**
   * The engine's `documents` option: a document path as written in an inventory, and the
   * inventory's file name as given to the engine (absolute, or relative to the working directory).
   */
  provide = (documentPath, inventory) => this.look(this.repository.folder(path3.dirname(path3.resolve(this.cwd, inventory))), documentPath);
  look(folder, written) {
    const portable = written.trim().replace(/\\/g, "/");
    if (isAbsoluteOrUrl(portable)) return { status: "outside", reason: "absolute" };
    const resolved = path3.resolve(folder.real, portable);
    const key = `${folder.root}\0${resolved}`;
    const cached = this.states.get(key);
    if (cached) return cached;
    const state = this.stateOf(folder, resolved);
    this.states.set(key, state);
    return state;
  }
  stateOf(folder, resolved) {
    const place = this.repository.place(folder, resolved);
    if (!("problem" in place)) return { status: "present" };
    switch (place.problem) {
      case "missing":
        return { status: "missing" };
      case "outside":
        return { status: "outside", reason: place.via, boundary: folder.boundary };
      case "unreadable":
        return { status: "unchecked", detail: place.detail };
      case "absolute":
        return { status: "outside", reason: "absolute" };
    }
  }
};

// src/workspace/notices.ts
import { readFileSync, statSync as statSync3 } from "node:fs";
import { isUtf8 } from "node:buffer";
import path4 from "node:path";
init_repository();
var MAX_NOTICE_BYTES = 1024 * 1024;
var NoticeReader = class {
  /**
   * @param cwd the folder being checked: the boundary for inventories outside any git work tree
   * @param maxBytes notices larger than this are not read
   */
  constructor(cwd, maxBytes = MAX_NOTICE_BYTES) {
    this.cwd = cwd;
    this.maxBytes = maxBytes;
    this.repository = new Repository(cwd);
  }
  cwd;
  maxBytes;
  files = /* @__PURE__ */ new Map();
  repository;
  /**
   * The engine's `notices` option: a notice path as written in an inventory, and the inventory's
   * file name as given to the engine (absolute, or relative to the working directory).
   */
  provide = (noticePath, inventory) => this.read(path4.dirname(path4.resolve(this.cwd, inventory)), noticePath);
  /** The top of the git work tree holding `folder`, or the folder being checked outside git (a real path), and what to call it. */
  repositoryRoot(folder) {
    const { root, boundary } = this.repository.folder(folder);
    return { root, boundary };
  }
  read(folder, noticePath) {
    const place = this.repository.resolve(this.repository.folder(folder), noticePath);
    if ("problem" in place) return place.problem === "outside" ? { problem: "outside", detail: place.detail } : place;
    const { real } = place;
    const cached = this.files.get(real);
    if (cached) return cached;
    const file = this.load(real);
    this.files.set(real, file);
    return file;
  }
  load(real) {
    let buffer;
    try {
      const stats = statSync3(real);
      if (!stats.isFile()) return { problem: "unreadable", detail: stats.isDirectory() ? "it is a folder" : "it is not a regular file" };
      if (stats.size > this.maxBytes) return { problem: "unreadable", detail: `it is larger than ${formatSize(this.maxBytes)}` };
      buffer = readFileSync(real);
    } catch (error) {
      return { problem: "unreadable", detail: describeError(error) };
    }
    if (!isUtf8(buffer)) return { problem: "unreadable", detail: "it is not UTF-8 text" };
    return { notice: parseNotice(buffer.toString("utf8").replace(/^\uFEFF/, "")) };
  }
};
function formatSize(bytes) {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(0)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

// src/workspace/memory.ts
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
var WORTH_TUNING = 256 * 1024;
var collect;
function prepareForParsing(characters) {
  if (characters >= WORTH_TUNING) v8.setFlagsFromString("--semi-space-growth-factor=1");
}
function releaseParserGarbage(characters) {
  if (characters < WORTH_TUNING) return;
  if (collect === void 0) {
    v8.setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc");
  }
  collect();
}
var parserMemory = { before: prepareForParsing, after: releaseParserGarbage };

// src/workspace/read-inventory.ts
init_usage_error();
import { readFileSync as readFileSync2, statSync as statSync4 } from "node:fs";
import { isUtf8 as isUtf82 } from "node:buffer";
var DEFAULT_MAX_FILE_BYTES = 32 * 1024 * 1024;
function firstInvalidUtf8(buffer) {
  let line = 1;
  let column = 1;
  let index = 0;
  while (index < buffer.length) {
    const byte = buffer[index];
    const length = byte < 128 ? 1 : byte >= 194 && byte <= 223 ? 2 : byte >= 224 && byte <= 239 ? 3 : byte >= 240 && byte <= 244 ? 4 : 0;
    if (length === 0 || index + length > buffer.length || !isUtf82(buffer.subarray(index, index + length))) return { line, column };
    if (byte === 10) {
      line += 1;
      column = 1;
    } else {
      column += length === 4 ? 2 : 1;
    }
    index += length;
  }
  return { line, column };
}
function readInventory(file, shownAs, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  let buffer;
  try {
    const size = statSync4(file).size;
    if (size > maxBytes) {
      throw new UsageError(`${shownAs}: the file is ${(size / 1048576).toFixed(1)} MB, above the limit of ${(maxBytes / 1048576).toFixed(0)} MB (raise it with --max-file-size)`);
    }
    buffer = readFileSync2(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code2 = error instanceof Error && "code" in error ? String(error.code) : String(error);
    const reason = code2 === "EACCES" || code2 === "EPERM" ? "permission denied" : code2 === "EISDIR" ? "is a directory" : code2 === "ENOENT" ? "file not found" : code2;
    throw new UsageError(`cannot read ${shownAs}: ${reason}`);
  }
  if (!isUtf82(buffer)) {
    const { line, column } = firstInvalidUtf8(buffer);
    throw new UsageError(`${shownAs}:${line}:${column}: the file is not UTF-8 text (an inventory is a YAML text file)`);
  }
  return buffer.toString("utf8");
}

// src/workspace/check.ts
init_usage_error();
var CONFIG_NAMES = [".ropa-lint.yaml", ".ropa-lint.yml"];
function loadConfig(flag, cwd) {
  let file;
  if (flag !== void 0) {
    file = path6.resolve(cwd, flag);
    if (!existsSync4(file)) throw new UsageError(`config file not found: ${flag}`);
  } else {
    file = CONFIG_NAMES.map((name) => path6.join(cwd, name)).find((candidate) => existsSync4(candidate));
  }
  if (file === void 0) return { config: void 0, configFolder: cwd };
  const shown2 = displayPath(file, cwd);
  return { config: parseConfig(readInventory(file, shown2), shown2, [...rulesById.keys()]), configFolder: path6.dirname(file) };
}
async function checkWorkspace(options) {
  const { cwd } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (options.confinePaths) for (const pattern of options.paths) checkConfinedPattern(pattern, "inventory");
  const { config, configFolder } = loadConfig(options.config, cwd);
  const useConfigPatterns = options.paths.length === 0 && config?.inventory !== void 0;
  const stdin = options.stdin;
  const files = stdin !== void 0 ? [path6.resolve(cwd, stdin.file)] : await findInventories([...options.paths], cwd, useConfigPatterns ? { patterns: config.inventory, base: configFolder } : void 0);
  const head = files.map((file) => {
    const shown2 = displayPath(file, cwd);
    return { file: shown2, text: stdin !== void 0 ? stdin.text : readInventory(file, shown2, maxBytes) };
  });
  let base;
  if (options.base?.kind === "git") {
    const { readInventoriesAtBase: readInventoriesAtBase2 } = await Promise.resolve().then(() => (init_git_base(), git_base_exports));
    base = await readInventoriesAtBase2(options.base.ref, files, cwd, { discover: stdin === void 0 && options.paths.length === 0 && !useConfigPatterns, maxBytes });
  } else if (options.base?.kind === "reader") {
    base = await options.base.read(files);
  }
  const reports = lintRun(head, {
    rules,
    settings: config?.rules ?? {},
    notices: new NoticeReader(cwd).provide,
    documents: new DocumentReader(cwd).provide,
    parsing: parserMemory,
    ...base ? { base: base.map(({ file, text }) => ({ file: displayPath(file, cwd), text })) } : {}
  });
  const label = options.base === void 0 ? void 0 : options.base.kind === "git" ? options.base.ref : options.base.label;
  return { report: { files: reports, summary: summarize(reports), ...label === void 0 ? {} : { base: label } }, config };
}

// src/api.ts
init_usage_error();
var RopaLintError = class extends Error {
  name = "RopaLintError";
  code;
  problems;
  constructor(code2, problems, options) {
    super(problems.join("\n"), options);
    this.code = code2;
    this.problems = problems;
  }
};
var version = VERSION;
var rules2 = Object.freeze(
  rules.map(
    ({ meta }) => Object.freeze({
      id: meta.id,
      severity: meta.severity,
      reference: meta.reference,
      description: meta.description,
      docsUrl: meta.docsUrl,
      aiOnly: meta.aiOnly,
      comparison: meta.comparison === true
    })
  )
);
var formats = Object.freeze([...FORMAT_NAMES]);
function checkSettings(settings) {
  const problems = [];
  const ids = [...rulesById.keys()];
  for (const [id, setting] of Object.entries(settings)) {
    if (!rulesById.has(id)) {
      const suggestion = suggestClosest(id, ids);
      problems.push(`unknown rule \`${id}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}; \`rules\` lists them all`);
    } else if (!["error", "warning", "notice", "off"].includes(setting)) {
      problems.push(`severity of rule \`${id}\` is \`${String(setting)}\`; allowed: error, warning, notice, off`);
    }
  }
  if (problems.length > 0) throw new RopaLintError("config", problems);
}
function lintText(text, options = {}) {
  if (typeof text !== "string") throw new TypeError("lintText: the inventory must be given as a string");
  const file = options.file ?? "ropa.yaml";
  const settings = options.rules ?? {};
  checkSettings(settings);
  const files = lintRun([{ file, text }], {
    rules,
    settings,
    ...options.today === void 0 ? {} : { today: options.today },
    ...options.notices === void 0 ? {} : { notices: new Map(Object.entries(options.notices).map(([notice, markdown]) => [notice, { text: markdown }])) },
    ...options.documents === void 0 ? {} : { documents: new Map(options.documents.map((document) => [document, { status: "present" }])) },
    ...options.base === void 0 ? {} : { base: [{ file, text: options.base }] }
  });
  return { files, summary: summarize(files) };
}
async function lintFiles(patterns = [], options = {}) {
  const paths = typeof patterns === "string" ? [patterns] : [...patterns];
  try {
    const { report: report2 } = await checkWorkspace({
      cwd: options.cwd ?? process.cwd(),
      paths,
      ...options.config === void 0 ? {} : { config: options.config },
      ...options.base === void 0 ? {} : { base: { kind: "git", ref: options.base } }
    });
    return report2;
  } catch (error) {
    if (error instanceof ConfigError) throw new RopaLintError("config", error.problems, { cause: error });
    if (error instanceof UsageError) throw new RopaLintError("usage", [error.message], { cause: error });
    throw error;
  }
}
var FORMATTERS = {
  github: formatGithub,
  html: formatHtml,
  json: formatJson,
  markdown: formatMarkdown,
  sarif: formatSarif,
  stylish: formatStylish
};
function format(report2, name, options = {}) {
  const formatter = Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : void 0;
  if (formatter === void 0) {
    const suggestion = suggestClosest(String(name), FORMAT_NAMES);
    throw new RopaLintError("usage", [`unknown format ${String(name)}${suggestion ? ` (did you mean ${suggestion}?)` : ""}; use one of ${FORMAT_NAMES.join(", ")}`]);
  }
  const context = {
    rules: rules.map((rule) => rule.meta),
    color: options.color === true,
    version: VERSION,
    ...options.linkBase === void 0 ? {} : { linkBase: options.linkBase }
  };
  return formatter(report2, context);
}
export {
  RopaLintError,
  format,
  formats,
  lintFiles,
  lintText,
  rules2 as rules,
  version
};
/*! Bundled license information:

js-yaml/dist/js-yaml.mjs:
  (*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT *)
*/
