import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  IdScope,
  containsPhrase,
  countryCode,
  findCountries,
  findMechanisms,
  fold,
  headingWords,
  isKebabId,
  isNotYet,
  isNothing,
  looksLikeFormula,
  memoise,
  namesChildren,
  quote,
  readBoolean,
  readCategoryName,
  readProcessorName,
  readSourceCell,
  readSync,
  shortName,
  slugify,
  splitList,
  splitParties,
  splitSentences,
  tidy,
  words
} from "./chunk-WZAP4S55.js";
import {
  checkWritable,
  parseCommandArgs,
  writeFileAtomically
} from "./chunk-XJMJMKNF.js";
import "./chunk-MYM53UIW.js";
import {
  UsageError
} from "./chunk-O4XAVONC.js";
import {
  trainingPhrase,
  w
} from "./chunk-3MYTIAQK.js";
import {
  suggestClosest
} from "./chunk-IFVXAW5K.js";
import {
  stripControlCharacters
} from "./chunk-AM75H7XY.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-3NTWQZSC.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = visit_(i2, node.items[i2], visitor, path2);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = await visitAsync_(i2, node.items[i2], visitor, path2);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i2 = 1; true; ++i2) {
        const name = `${prefix}${i2}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i2 = 0, len = val.length; i2 < len; ++i2) {
            const v0 = val[i2];
            const v1 = applyReviver(reviver, val, String(i2), v0);
            if (v1 === void 0)
              delete val[i2];
            else if (v1 !== v0)
              val[i2] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i2) => toJS(v, String(i2), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i2 = path2.length - 1; i2 >= 0; --i2) {
        const k = path2[i2];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text2, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text2[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text2[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i2 = consumeMoreIndentedLines(text2, i2, indent.length);
          end = i2 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i2;
          }
          if (i2 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i2 += 1];
                overflow = true;
              }
              const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold2 = folds[i3];
        const end2 = folds[i3 + 1] || text2.length;
        if (fold2 === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold2])
            res += `${text2[fold2]}\\`;
          res += `
${indent}${text2.slice(fold2 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i2, indent) {
      let end = i2;
      let start = i2 + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i2 < start + indent) {
          ch = text2[++i2];
        } else {
          do {
            ch = text2[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start = i2 + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i2 = 0, start = 0; i2 < strLen; ++i2) {
        if (str[i2] === "\n") {
          if (i2 - start > limit)
            return true;
          start = i2 + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
        if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
          str += json.slice(start, i2) + "\\ ";
          i2 += 1;
          start = i2;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i2 + 1]) {
            case "u":
              {
                str += json.slice(start, i2);
                const code = json.substr(i2 + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i2, 6);
                }
                i2 += 5;
                start = i2 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
                i2 += 1;
              } else {
                str += json.slice(start, i2) + "\n\n";
                while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
                  str += "\n";
                  i2 += 2;
                }
                str += indent;
                if (json[i2 + 2] === " ")
                  str += "\\";
                i2 += 1;
                start = i2 + 1;
              }
              break;
            default:
              i2 += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i2 = 1; i2 < lines.length; ++i2) {
          const line = lines[i2];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i2 < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i2 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i2, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i2 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i2++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i2 = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i2++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i2 = n.indexOf(".");
        if (i2 < 0) {
          i2 = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i2 - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i2 = 0; i2 < str.length; ++i2)
            buffer[i2] = str.charCodeAt(i2);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i2 = 0; i2 < buf.length; ++i2)
            s += String.fromCharCode(buf[i2]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i2 = 0, o = 0; i2 < n; ++i2, o += lineWidth) {
            lines[i2] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i2 = 0; i2 < seq.items.length; ++i2) {
          let item = seq.items[i2];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i2] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i2 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i2++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc2) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc2.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc2.lineStarts[line - 1], lc2.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc2.lineStarts[line - 2], lc2.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i2 = 0; i2 < fc.items.length; ++i2) {
        const collItem = fc.items[i2];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i2 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i2 < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i2 === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl2 } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl2 || nl2.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i2 = lines.length - 1; i2 >= 0; --i2) {
        const content = lines[i2][1];
        if (content === "" || content === "\r")
          chompStart = i2;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i2 = 0; i2 < chompStart; ++i2) {
        const [indent, content] = lines[i2];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
        if (lines[i2][0].length > trimIndent)
          chompStart = i2 + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i2 = 0; i2 < contentStart; ++i2)
        value += lines[i2][0].slice(trimIndent) + "\n";
      for (let i2 = contentStart; i2 < chompStart; ++i2) {
        let [indent, content] = lines[i2];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i2 = chompStart; i2 < lines.length; ++i2)
            value += "\n" + lines[i2][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i2 = 1; i2 < source.length; ++i2) {
        const ch = source[i2];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i2;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i2 = 1; i2 < props.length; ++i2) {
        const token = props[i2];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i2 = 1; i2 < split.length; i2 += 2)
        lines.push([split[i2], split[i2 + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i2 = 1; i2 < source.length - 1; ++i2) {
        const ch = source[i2];
        if (ch === "\r" && source[i2 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold: fold2, offset } = foldNewline(source, i2);
          res += fold2;
          i2 = offset;
        } else if (ch === "\\") {
          let next = source[++i2];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "\r" && source[i2 + 1] === "\n") {
            next = source[++i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i2 + 1, length, onError);
            i2 += length;
          } else {
            const raw = source.substr(i2 - 1, 2);
            onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i2;
          let next = source[i2 + 1];
          while (next === " " || next === "	")
            next = source[++i2 + 1];
          if (next !== "\n" && !(next === "\r" && source[i2 + 2] === "\n"))
            res += i2 > wsStart ? source.slice(wsStart, i2 + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold2 = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold2 += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold2)
        fold2 = " ";
      return { fold: fold2, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i2 = pos - 1; i2 >= 0; --i2) {
          let st = before[i2];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i2];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i2];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i2 = 0; i2 < prelude.length; ++i2) {
        const source = prelude[i2];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i2 + 1]?.[0] !== "#")
              i2 += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i2 = 0; i2 < this.errors.length; ++i2)
            doc.errors.push(this.errors[i2]);
          for (let i2 = 0; i2 < this.warnings.length; ++i2)
            doc.warnings.push(this.warnings[i2]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl2 = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl2] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path2) => {
      const parent = visit2.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci = _visit(Object.freeze(path2.concat([[field, i2]])), token.items[i2], visitor);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i2, 1);
              i2 -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i2];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i2 + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl2, sp;
        let indent = -1;
        do {
          nl2 = yield* this.pushNewline();
          if (nl2 > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl2 + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote3 = this.charAt(0);
        let end = this.buffer.indexOf(quote3, this.pos + 1);
        if (quote3 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl2 = qb.indexOf("\n", this.pos);
        if (nl2 !== -1) {
          while (nl2 !== -1) {
            const cs = this.continueScalar(nl2 + 1);
            if (cs === -1)
              break;
            nl2 = qb.indexOf("\n", cs);
          }
          if (nl2 !== -1) {
            end = nl2 - (qb[nl2 - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i2 = this.pos;
        while (true) {
          const ch = this.buffer[++i2];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl2 = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl2 = i3;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i3 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl2 + 1);
            if (cs === -1)
              break;
            nl2 = this.buffer.indexOf("\n", cs);
          } while (nl2 !== -1);
          if (nl2 === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl2 = this.buffer.length;
          }
        }
        let i2 = nl2 + 1;
        ch = this.buffer[i2];
        while (ch === " ")
          ch = this.buffer[++i2];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i2];
          nl2 = i2 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i3 = nl2 - 1;
            let ch2 = this.buffer[i3];
            if (ch2 === "\r")
              ch2 = this.buffer[--i3];
            const lastChar = i3;
            while (ch2 === " ")
              ch2 = this.buffer[--i3];
            if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
              nl2 = i3;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl2 + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i2 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i2]) {
          if (ch === ":") {
            const next = this.buffer[i2 + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i2 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i2 += 1;
                ch = "\n";
                next = this.buffer[i2 + 1];
              } else
                end = i2;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i2 + 1);
              if (cs === -1)
                break;
              i2 = Math.max(i2, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i2;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i2, allowEmpty) {
        const s = this.buffer.slice(this.pos, i2);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i2 = this.pos + 2;
          let ch = this.buffer[i2];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i2];
          return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
        } else {
          let i2 = this.pos + 1;
          let ch = this.buffer[i2];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i2];
            else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
              ch = this.buffer[i2 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i2, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i2 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i2];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i2 - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i2;
        }
        return n;
      }
      *pushUntil(test) {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (!test(ch))
          ch = this.buffer[++i2];
        return yield* this.pushToIndex(i2, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i2 = 0; i2 < list2.length; ++i2)
        if (list2[i2].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i2 = 0; i2 < list2.length; ++i2) {
        switch (list2[i2].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i2;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i2 = prev.length;
      loop: while (--i2 >= 0) {
        switch (prev[i2].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i2]?.type === "space") {
      }
      return prev.splice(i2, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i2 = 0; i2 < source.length; ++i2)
          target.push(source[i2]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl2 = this.source.indexOf("\n") + 1;
              while (nl2 !== 0) {
                this.onNewLine(this.offset + nl2);
                nl2 = this.source.indexOf("\n", nl2) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl2 = [];
            for (let i2 = 0; i2 < it.sep.length; ++i2) {
              const st = it.sep[i2];
              switch (st.type) {
                case "newline":
                  nl2.push(i2);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl2.length = 0;
                  break;
                default:
                  nl2.length = 0;
              }
            }
            if (nl2.length >= 2)
              start = it.sep.splice(nl2[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl2 = this.source.indexOf("\n") + 1;
          while (nl2 !== 0) {
            this.onNewLine(this.offset + nl2);
            nl2 = this.source.indexOf("\n", nl2) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/cli/import.ts
import { readFileSync, statSync } from "node:fs";
import path from "node:path";

// src/importers/builder.ts
var RecordBuilder = class {
  lines = [];
  files = [];
  rowsRead = 0;
  controller = {};
  jointControllers = /* @__PURE__ */ new Map();
  record = {};
  rootExtensions = /* @__PURE__ */ new Map();
  subjects = /* @__PURE__ */ new Map();
  categories = /* @__PURE__ */ new Map();
  activities = /* @__PURE__ */ new Map();
  subjectIds = new IdScope("data-subject");
  categoryIds = new IdScope("data-category");
  activityIds = new IdScope("activity");
  purposeIds = new IdScope("purpose");
  report(kind, place, message) {
    this.lines.push({ kind, place, message });
  }
  /** Sets an organisation field; a second, different value is reported, never silently dropped. */
  setOrganisation(field, value, place) {
    const existing = this.controller[field];
    if (existing === void 0) {
      this.controller[field] = { value, place };
      return;
    }
    if (fold(existing.value) !== fold(value)) {
      this.report("unmapped", place, `controller ${field} ${quote(value)} differs from ${quote(existing.value)} read before; the record has one controller, the first was kept`);
    }
  }
  setRecord(field, value, place) {
    const existing = this.record[field];
    if (existing === void 0) this.record[field] = { value, place };
    else if (existing.value !== value) this.report("unmapped", place, `record ${field} ${quote(value)} differs from ${quote(existing.value)} read before; the first was kept`);
  }
  /** A joint controller of the record (they are the file's, SPEC §1), once per name. */
  addJointController(party, place) {
    const key = fold(party.name);
    if (this.jointControllers.has(key)) return;
    this.jointControllers.set(key, { ...party });
    this.report("inferred", place, `joint controller ${quote(party.name)}${party.contact !== void 0 ? ` (contact ${quote(party.contact)})` : ""} added to controller.joint_controllers`);
  }
  /**
   * The data subject with this name, made on first use. With the id the source gives for it
   * (`ropa-lint export` writes ids in columns of their own), the subject is that id's.
   */
  subject(name, place, wantedId) {
    const key = wantedId !== void 0 ? `id:${wantedId}` : `name:${fold(name).replace(/\s+/g, " ").trim()}`;
    let subject = this.subjects.get(key);
    if (subject === void 0) {
      subject = { id: this.claimId(this.subjectIds, name, wantedId, place, "data subject"), name, place };
      this.subjects.set(key, subject);
    }
    return subject;
  }
  /** The data category with this name (or the id the source gives for it), made on first use. */
  category(name, place, wantedId) {
    const key = wantedId !== void 0 ? `id:${wantedId}` : `name:${fold(name).replace(/\s+/g, " ").trim()}`;
    const existing = this.categories.get(key);
    if (existing) return { category: existing, isNew: false };
    const category = { id: this.claimId(this.categoryIds, name, wantedId, place, "data category"), name, place, x: /* @__PURE__ */ new Map() };
    this.categories.set(key, category);
    return { category, isNew: true };
  }
  /** The activity with this key (an id, a reference or a folded name), made on first use. */
  activity(key, name, place, wantedId) {
    const existing = this.activities.get(key);
    if (existing) return { activity: existing, isNew: false };
    const activity = {
      key,
      id: this.claimId(this.activityIds, name, wantedId, place, "activity"),
      name,
      place,
      onBehalfOf: [],
      subjects: [],
      categories: [],
      purposes: [],
      x: /* @__PURE__ */ new Map(),
      setAt: /* @__PURE__ */ new Map()
    };
    this.activities.set(key, activity);
    return { activity, isNew: true };
  }
  /** A new purpose of `activity`, with an id unique in the whole file. */
  purpose(activity, description, place, idHint = description, wantedId) {
    const id = this.claimId(this.purposeIds, idHint, wantedId, place, "purpose");
    const purpose = { id, description, aiTraining: false, place, x: /* @__PURE__ */ new Map(), rowX: /* @__PURE__ */ new Map() };
    activity.purposes.push(purpose);
    return purpose;
  }
  /** An id from `scope`: the source's own when it gives one that can be kept, with a line when it cannot. */
  claimId(scope, name, wantedId, place, what) {
    const id = scope.claim(name, wantedId);
    if (wantedId !== void 0 && id !== wantedId) {
      const why = isKebabId(wantedId) ? "is taken by another one" : "is not kebab-case";
      this.report("inferred", place, `${what} id ${quote(wantedId)} ${why}: written as ${id}`);
    }
    return id;
  }
  /**
   * Sets a single-valued field of an activity. When another row of the same activity already
   * set a different value, the first is kept and the disagreement reported.
   */
  setActivityField(activity, field, value, place, label) {
    const existing = activity[field];
    if (existing === void 0) {
      activity[field] = value;
      activity.setAt.set(field, place);
      return;
    }
    if (typeof existing === "string" && typeof value === "string" ? fold(existing) === fold(value) : existing === value) return;
    const first = activity.setAt.get(field);
    this.report(
      "unmapped",
      place,
      `${label} ${quote(String(value))} differs from ${quote(String(existing))}${first ? ` (${where(first)})` : ""} for the same activity ${quote(activity.name)}; the first was kept`
    );
  }
  addToList(list2, ids) {
    for (const id of ids) if (!list2.includes(id)) list2.push(id);
  }
  summary() {
    let purposes = 0;
    for (const activity of this.activities.values()) purposes += activity.purposes.length;
    return { files: this.files, rowsRead: this.rowsRead, activities: this.activities.size, purposes, lines: this.lines };
  }
};
function where(place) {
  if (place.line !== void 0) return `line ${place.line}`;
  if (place.row !== void 0) return `row ${place.row}`;
  return place.file;
}

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i2 = 0, l = columns.length; i2 < l; i2++) {
    const column = columns[i2];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i2] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i2] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i2}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i2] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i2}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i2) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i2},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i2},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records2.push(record);
      const close = () => {
      };
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i2 = 0, l = record.length; i2 < l; i2++) {
      const code = record.charCodeAt(i2);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i2) => {
    info2.char_code = i2;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i2];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x2) => Math.pow(x2 - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i2, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote: quote3 } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i2 - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote3.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote3.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote: quote3, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote: quote3 } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote3.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote3.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote3.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote3.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote3.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote3.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote3.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err2 = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err2 !== void 0) return err2;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote3);
                pos += quote3.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err2 = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err2 !== void 0) return err2;
                }
              } else {
                this.state.quoting = true;
                pos += quote3.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err2 = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err2 !== void 0) return err2;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err2 = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err2;
        } else {
          const finalErr = this.__error(err2);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i2 = 0, l = record.length; i2 < l; i2++) {
            if (columns[i2] === void 0 || columns[i2].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i2].name)) {
              if (Array.isArray(obj[columns[i2].name])) {
                obj[columns[i2].name] = obj[columns[i2].name].concat(record[i2]);
              } else {
                obj[columns[i2].name] = [obj[columns[i2].name], record[i2]];
              }
            } else {
              Object.defineProperty(obj, columns[i2].name, {
                value: record[i2],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err2 = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err2) {
              return err2;
            }
          } else {
            const err2 = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err2) {
              return err2;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err2 = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err2) {
              return err2;
            }
          } else {
            const err2 = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err2) {
              return err2;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err2) {
        return err2;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err2, f] = this.__cast(field);
        if (err2 !== void 0) return err2;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err2) {
          return err2;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err2) {
          return [err2];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i2 = 1; i2 < sourceLength; i2++) {
        if (sourceBuf[i2] !== targetBuf[targetPos + i2]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i2 = 0; i2 < timchars.length; i2++) {
        const timchar = timchars[i2];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i2 = 0; i2 < delimiter.length; i2++) {
        const del = delimiter[i2];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i2 = 0; i2 < l; i2++) {
          if (escape[i2] !== buf[pos + i2]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote: quote3 } = this.options;
      if (quote3 === null) return false;
      const l = quote3.length;
      for (let i2 = 0; i2 < l; i2++) {
        if (quote3[i2] !== buf[pos + i2]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i2 = 0; i2 < recordDelimiterLength; i2++) {
        const rd = record_delimiter[i2];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i2 = 0; i2 < rds.length; i2++) {
        const l = rds[i2].length;
        for (let j = 0; j < l; j++) {
          if (rds[i2][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i2]);
        this.state.recordDelimiterMaxLength = rds[i2].length;
        return rds[i2].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err2 = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err2,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err3) {
            return err3;
          }
        }
        return void 0;
      } else {
        return err2;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

// src/importers/report.ts
function describePlace(place) {
  if (place.line !== void 0) return `${place.file}:${place.line}`;
  const parts = [place.file];
  if (place.sheet !== void 0) parts.push(`sheet "${place.sheet}"`);
  if (place.row !== void 0) parts.push(`row ${place.row}`);
  return parts.join(", ");
}
var HEADINGS = {
  inferred: "Inferred (check these)",
  placeholder: "Not in the source (written as [NEEDS \u2026] for you to fill in)",
  unmapped: "Not mapped to a field",
  skipped: "Skipped"
};
var ORDER = ["placeholder", "unmapped", "inferred", "skipped"];
function formatImportReport(report, writtenTo) {
  const out = [];
  const files = report.files.map(({ file, format }) => `${file} (${format})`).join(", ");
  const written = `${count(report.activities, "activity", "activities")} and ${count(report.purposes, "purpose")}`;
  const destination = writtenTo !== void 0 && writtenTo.trim() !== "" ? ` written to ${writtenTo}` : " in the inventory";
  out.push(`Imported ${files}: ${count(report.rowsRead, "row")} read; ${written}${destination}.`);
  for (const kind of ORDER) {
    const lines = report.lines.filter((line) => line.kind === kind);
    if (lines.length === 0) continue;
    out.push("", `${HEADINGS[kind]}:`);
    for (const text2 of joinRows(lines)) out.push(`  ${text2}`);
  }
  return `${out.join("\n")}
`;
}
function count(value, singular, pluralForm = `${singular}s`) {
  return `${value} ${value === 1 ? singular : pluralForm}`;
}
function joinRows(lines) {
  const groups = /* @__PURE__ */ new Map();
  for (const { place, message } of lines) {
    const unit = place.line !== void 0 ? "line" : place.row !== void 0 ? "row" : "none";
    const key = JSON.stringify([place.file, place.sheet ?? "", unit, message]);
    const group = groups.get(key) ?? { place, message, rows: [], unit };
    const number = place.line ?? place.row;
    if (number !== void 0) group.rows.push(number);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ place, message, rows, unit }) => {
    if (unit === "none" || rows.length <= 1) return `${describePlace(place)}: ${message}`;
    const at = [place.file, ...place.sheet !== void 0 ? [`sheet "${place.sheet}"`] : [], `${unit}s ${ranges(rows)}`].join(", ");
    return `${at}: ${message}`;
  });
}
function ranges(numbers) {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts = [];
  for (let index = 0; index < sorted.length; ) {
    let end = index;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end += 1;
    parts.push(end === index ? String(sorted[index]) : `${sorted[index]}\u2013${sorted[end]}`);
    index = end + 1;
  }
  return parts.join(", ");
}

// src/importers/errors.ts
var ImportError = class extends Error {
  constructor(place, reason) {
    super(`${describePlace(place)}: ${reason}`);
    this.place = place;
    this.reason = reason;
  }
  place;
  reason;
};
var PROTOTYPE_KEYS = /* @__PURE__ */ new Set(["__proto__", "prototype", "constructor"]);
function refusePrototypeKey(name, place, what) {
  if (PROTOTYPE_KEYS.has(name.trim())) throw new ImportError(place, `${what} "${name.trim()}" names an object prototype; the file is refused`);
}

// src/importers/limits.ts
var LIMITS = {
  /** Any input file as stored on disk. */
  fileBytes: 32 * 1024 * 1024,
  /** All entries of an XLSX or ODS archive once decompressed. */
  unzippedBytes: 128 * 1024 * 1024,
  /** Entries of an XLSX or ODS archive. */
  zipEntries: 5e3,
  /** Rows of one table (data and title rows), and declarations of one manifest. */
  rows: 1e5,
  /** Columns of one table. */
  columns: 500,
  /** Cells of one file, all tables together. */
  cells: 2e6,
  /** Characters of one CSV record. */
  recordCharacters: 1e6
};

// src/importers/csv.ts
var SEPARATORS = [",", ";", "	", "|"];
var SNIFF_LINES = 25;
var SNIFF_CHARACTERS = 64 * 1024;
function sniff(whole) {
  const cut = whole.lastIndexOf("\n", SNIFF_CHARACTERS);
  const text2 = whole.length <= SNIFF_CHARACTERS || cut < 0 ? whole : whole.slice(0, cut);
  return bestSeparator(text2, false) ?? bestSeparator(text2, true) ?? ",";
}
function bestSeparator(text2, relaxQuotes) {
  let best;
  for (const separator of SEPARATORS) {
    let records;
    try {
      records = parse(text2, { delimiter: separator, to_line: SNIFF_LINES, relax_column_count: true, relax_quotes: relaxQuotes, skip_empty_lines: true });
    } catch {
      continue;
    }
    const counts = /* @__PURE__ */ new Map();
    for (const record of records) if (record.length > 1) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
    let score = 0;
    for (const [columns, times] of counts) score = Math.max(score, times * 1e3 + columns);
    if (best === void 0 || score > best.score) best = { separator, score };
  }
  return best?.separator;
}
function parsePart(body, separator, file, offset, range) {
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parse(body, {
      delimiter: separator,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: LIMITS.recordCharacters,
      to: LIMITS.rows + 1,
      ...range
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = error.lines;
      throw new ImportError({ file, ...line !== void 0 ? { line: line + offset } : {} }, `not valid CSV: ${error.message}`);
    }
    throw error;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}
function tableStart(body, separator) {
  const cut = body.lastIndexOf("\n", SNIFF_CHARACTERS);
  const head = body.length <= SNIFF_CHARACTERS || cut < 0 ? body : body.slice(0, cut);
  let records;
  try {
    records = parse(head, { delimiter: separator, info: true, to_line: SNIFF_LINES, relax_column_count: true, skip_empty_lines: true });
  } catch {
    return 1;
  }
  const counts = /* @__PURE__ */ new Map();
  for (const { record: record2 } of records) if (record2.length > 1) counts.set(record2.length, (counts.get(record2.length) ?? 0) + 1);
  let width = 0;
  let most = 0;
  for (const [length, times] of counts) if (times > most || times === most && length > width) [width, most] = [length, times];
  const first = records.findIndex(({ record: record2 }) => record2.length === width);
  if (first <= 0) return 1;
  const { record, info } = records[first];
  const spanned = record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
  return info.lines - spanned;
}
function readCsv(text2, file) {
  let body = text2.replace(/\r\n?/g, "\n");
  let offset = 0;
  let separator;
  const declared = /^sep=(.)\n/u.exec(body);
  if (declared) {
    separator = declared[1];
    body = body.slice(declared[0].length);
    offset = 1;
  } else separator = sniff(body);
  const start = tableStart(body, separator);
  const records = start > 1 ? [...parsePart(body, separator, file, offset, { to_line: start - 1 }), ...parsePart(body, separator, file, offset, { from_line: start })] : parsePart(body, separator, file, offset, {});
  if (records.length > LIMITS.rows) throw new ImportError({ file, line: records[LIMITS.rows].info.lines + offset }, `more than ${LIMITS.rows} rows: too large to import`);
  const rows = [];
  let total = 0;
  for (const { record, info } of records) {
    total += record.length;
    if (record.length > LIMITS.columns) throw new ImportError({ file, line: info.lines + offset }, `more than ${LIMITS.columns} columns: too wide to import`);
    if (total > LIMITS.cells) throw new ImportError({ file, line: info.lines + offset }, `more than ${LIMITS.cells} cells: too large to import`);
    const spanned = record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    const cells = record.map((cell) => /^'[=+\-@\t\r]/u.test(cell) ? cell.slice(1) : cell);
    rows.push({ cells, place: { file, line: info.lines - spanned + offset } });
  }
  return [{ file, place: { file, line: rows[0]?.place.line ?? 1 }, rows, headerFixed: false }];
}

// src/importers/decode.ts
import { isUtf8 } from "node:buffer";
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
function decodeText(bytes, file) {
  const encoding = detect(bytes);
  const skip = encoding === "utf-8" && hasUtf8Mark(bytes) ? 3 : encoding.startsWith("utf-16") && hasUtf16Mark(bytes) ? 2 : 0;
  let text2;
  try {
    text2 = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(skip));
  } catch {
    throw new ImportError({ file }, `the file is not valid ${encoding.toUpperCase()} text`);
  }
  const control = CONTROL.exec(text2);
  if (control) {
    const line = text2.slice(0, control.index).split("\n").length;
    const code = control[0].codePointAt(0).toString(16).padStart(4, "0");
    throw new ImportError({ file, line }, `control character U+${code.toUpperCase()} in the text: this is not a text file in a known encoding (save it as UTF-8)`);
  }
  return { text: text2, encoding };
}
function hasUtf8Mark(bytes) {
  return bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
}
function hasUtf16Mark(bytes) {
  return bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255;
}
function detect(bytes) {
  if (hasUtf8Mark(bytes)) return "utf-8";
  if (bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] === 0) {
      if (index % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  }
  const half = sample.length / 2;
  if (half >= 2 && oddZeros > half * 0.3 && evenZeros === 0) return "utf-16le";
  if (half >= 2 && evenZeros > half * 0.3 && oddZeros === 0) return "utf-16be";
  if (isUtf8(bytes)) return "utf-8";
  return "windows-1252";
}

// src/importers/fides.ts
var import_yaml = __toESM(require_dist(), 1);

// src/importers/fides-taxonomy.ts
var FIDES_CATEGORY_TABLE = [
  ["user", "provided-by-subject"],
  ["user.account", "provided-by-subject"],
  ["user.authorization", "provided-by-subject"],
  ["user.authorization.biometric", "provided-by-subject", ["biometric"]],
  ["user.credentials", "provided-by-subject"],
  ["user.credentials.biometric_credentials", "provided-by-subject", ["biometric"]],
  ["user.behavior", "observed"],
  ["user.browsing_history", "observed"],
  ["user.media_consumption", "observed"],
  ["user.search_history", "observed"],
  ["user.observed", "observed"],
  ["user.biometric", "provided-by-subject", ["biometric"]],
  ["user.biometric.health", "provided-by-subject", ["biometric", "health"]],
  ["user.biometric_health", "provided-by-subject", ["biometric", "health"]],
  ["user.childrens", "provided-by-subject", [], false, "children's data: set children: true on the data subjects concerned"],
  ["user.contact", "provided-by-subject"],
  ["user.content", "communications-content", [], false, "content the person writes or sends; change to provided-by-subject where it is not a communication"],
  ["user.content.public", "provided-by-subject"],
  ["user.content.self_image", "provided-by-subject"],
  ["user.demographic", "provided-by-subject"],
  ["user.demographic.political_opinion", "provided-by-subject", ["political-opinions"]],
  ["user.demographic.race_ethnicity", "provided-by-subject", ["racial-ethnic-origin"]],
  ["user.demographic.religious_belief", "provided-by-subject", ["religious-beliefs"]],
  ["user.demographic.sexual_orientation", "provided-by-subject", ["sexual-orientation"]],
  ["user.demographic.profile", "inferred"],
  ["user.political_opinion", "provided-by-subject", ["political-opinions"]],
  ["user.race", "provided-by-subject", ["racial-ethnic-origin"]],
  ["user.religious_belief", "provided-by-subject", ["religious-beliefs"]],
  ["user.sexual_orientation", "provided-by-subject", ["sexual-orientation"]],
  ["user.location", "terminal-equipment", [], false, "located by the device's sensors"],
  ["user.device", "terminal-equipment"],
  ["user.device.ip_address", "observed", [], false, "seen by the server, not read from the device"],
  ["user.cookie_id", "terminal-equipment"],
  ["user.payment", "provided-by-subject"],
  ["user.financial", "provided-by-subject"],
  ["user.social", "observed"],
  ["user.unique_id", "observed"],
  ["user.unique_id.pseudonymous", "inferred"],
  ["user.telemetry", "terminal-equipment"],
  ["user.sensor", "terminal-equipment"],
  ["user.user_sensor", "terminal-equipment"],
  ["user.health_and_medical", "provided-by-subject", ["health"]],
  ["user.health_and_medical.genetic", "provided-by-subject", ["genetic"]],
  ["user.genetic", "provided-by-subject", ["genetic"]],
  ["user.criminal_history", "provided-by-subject", [], true],
  ["user.profiling", "inferred"],
  ["system", "observed"],
  ["account", "provided-by-subject"]
];
var BY_PREFIX = new Map(FIDES_CATEGORY_TABLE.map((row) => [row[0], row]));
var OBTAINED = [
  ["provided.identifiable", "provided-by-subject"],
  ["provided.nonidentifiable", "provided-by-subject"],
  ["derived.identifiable", "observed"],
  ["derived.nonidentifiable", "observed"]
];
function fidesCategoryFacts(key) {
  let rest = key;
  let obtained;
  for (const [infix, source] of OBTAINED) {
    const marker = `.${infix}`;
    const at = rest.indexOf(marker);
    if (at >= 0 && (rest.length === at + marker.length || rest[at + marker.length] === ".")) {
      rest = rest.slice(0, at) + rest.slice(at + marker.length);
      obtained = source;
      break;
    }
  }
  const segments = rest.split(".");
  for (let length = segments.length; length > 0; length -= 1) {
    const row = BY_PREFIX.get(segments.slice(0, length).join("."));
    if (row === void 0) continue;
    const source = length === 1 && segments[0] === "user" && obtained !== void 0 ? obtained : row[1];
    return { source, special: [...row[2] ?? []], criminal: row[3] ?? false, ...row[4] !== void 0 ? { note: row[4] } : {} };
  }
  return void 0;
}

// src/importers/lawful-basis.ts
var BY_POINT_6 = {
  a: "consent",
  b: "contract",
  c: "legal-obligation",
  d: "vital-interests",
  e: "public-task",
  f: "legitimate-interests"
};
var BY_POINT_9 = {
  a: "explicit-consent",
  b: "employment",
  c: "vital-interests",
  d: "not-for-profit",
  e: "made-public",
  f: "legal-claims",
  g: "substantial-public-interest",
  h: "health-care",
  i: "public-health",
  j: "archiving-research"
};
var BASIS_WORDINGS = [
  ["consent", ["consent", "consents", "explicit consent", "consentement", "consentement explicite", "einwilligung", "ausdruckliche einwilligung", "consentimiento", "consentimiento explicito", "opt in"]],
  [
    "contract",
    [
      "contract",
      "contractual",
      "performance of a contract",
      "performance of contract",
      "contractual necessity",
      "necessary for a contract",
      "pre contractual",
      "contrat",
      "execution d un contrat",
      "execution du contrat",
      "execution contractuelle",
      "mesures precontractuelles",
      "vertrag",
      "vertragserfullung",
      "erfullung eines vertrags",
      "erfullung des vertrages",
      "vorvertragliche massnahmen",
      "contrato",
      "ejecucion de un contrato",
      "ejecucion del contrato",
      "relacion contractual",
      "medidas precontractuales"
    ]
  ],
  [
    "legal-obligation",
    [
      "legal obligation",
      "legal obligations",
      "legal requirement",
      "statutory obligation",
      "statutory requirement",
      "required by law",
      "compliance with a legal obligation",
      "obligation legale",
      "obligations legales",
      "obligation reglementaire",
      "respect d une obligation legale",
      "rechtliche verpflichtung",
      "gesetzliche verpflichtung",
      "gesetzliche pflicht",
      "rechtspflicht",
      "obligacion legal",
      "obligaciones legales",
      "cumplimiento de una obligacion legal",
      "obligacion legal aplicable"
    ]
  ],
  [
    "vital-interests",
    [
      "vital interest",
      "vital interests",
      "interets vitaux",
      "interet vital",
      "sauvegarde des interets vitaux",
      "lebenswichtige interessen",
      "lebenswichtiges interesse",
      "intereses vitales",
      "interes vital"
    ]
  ],
  [
    "public-task",
    [
      "public task",
      "public interest",
      "task in the public interest",
      "official authority",
      "exercise of official authority",
      "mission d interet public",
      "interet public",
      "mission de service public",
      "exercice de l autorite publique",
      "autorite publique",
      "offentliches interesse",
      "offentlichen interesse",
      "aufgabe im offentlichen interesse",
      "offentliche gewalt",
      "interes publico",
      "mision de interes publico",
      "poderes publicos",
      "ejercicio de poderes publicos"
    ]
  ],
  [
    "legitimate-interests",
    [
      "legitimate interest",
      "legitimate interests",
      "legit interest",
      "interet legitime",
      "interets legitimes",
      "berechtigtes interesse",
      "berechtigte interessen",
      "berechtigten interessen",
      "berechtigten interesses",
      "interes legitimo",
      "intereses legitimos"
    ]
  ]
];
var CONDITION_WORDINGS = [
  ["explicit-consent", ["explicit consent", "consentement explicite", "ausdruckliche einwilligung", "consentimiento explicito"]],
  [
    "employment",
    [
      "employment",
      "employment social security and social protection",
      "social security",
      "social protection",
      "droit du travail",
      "securite sociale",
      "protection sociale",
      "arbeitsrecht",
      "soziale sicherheit",
      "sozialschutz",
      "derecho laboral",
      "seguridad social",
      "proteccion social",
      "ambito laboral"
    ]
  ],
  ["vital-interests", ["vital interest", "vital interests", "interets vitaux", "lebenswichtige interessen", "intereses vitales"]],
  [
    "not-for-profit",
    ["not for profit", "non profit", "not for profit body", "non profit bodies", "but non lucratif", "organisme a but non lucratif", "organisation ohne gewinnerzielungsabsicht", "sin animo de lucro"]
  ],
  [
    "made-public",
    [
      "made public",
      "manifestly made public",
      "made public by the data subject",
      "public by data subject",
      "rendues publiques",
      "manifestement rendues publiques",
      "offensichtlich offentlich gemacht",
      "offentlich gemacht",
      "hecho manifiestamente publicos",
      "manifiestamente publicos"
    ]
  ],
  [
    "legal-claims",
    [
      "legal claims",
      "legal claim",
      "legal claims or judicial acts",
      "judicial acts",
      "defence of legal claims",
      "droits en justice",
      "constatation exercice ou defense d un droit en justice",
      "rechtsanspruche",
      "geltendmachung von rechtsanspruchen",
      "reclamaciones",
      "defensa de reclamaciones"
    ]
  ],
  [
    "substantial-public-interest",
    ["substantial public interest", "reasons of substantial public interest", "interet public important", "erhebliches offentliches interesse", "interes publico esencial"]
  ],
  [
    "health-care",
    [
      "health or social care",
      "health and social care",
      "preventive or occupational medicine",
      "occupational medicine",
      "medical diagnosis",
      "medical",
      "health care",
      "healthcare",
      "medecine preventive",
      "medecine du travail",
      "diagnostic medical",
      "gesundheitsvorsorge",
      "arbeitsmedizin",
      "medizinische diagnostik",
      "medicina preventiva",
      "medicina laboral",
      "diagnostico medico"
    ]
  ],
  ["public-health", ["public health", "public health interest", "sante publique", "offentliche gesundheit", "salud publica"]],
  [
    "archiving-research",
    [
      "archiving",
      "archiving research and statistics",
      "scientific research",
      "historical research",
      "research",
      "statistical purposes",
      "statistics",
      "archivage",
      "recherche scientifique",
      "recherche",
      "fins statistiques",
      "archivzwecke",
      "forschung",
      "statistische zwecke",
      "archivo",
      "investigacion",
      "investigacion cientifica",
      "fines estadisticos"
    ]
  ]
];
function findWordings(form, table) {
  const found = [];
  const padded = ` ${form} `;
  for (const [value, wordings] of table) {
    for (const wording of wordings) {
      const needle = ` ${wording} `;
      for (let at = padded.indexOf(needle); at >= 0; at = padded.indexOf(needle, at + 1)) found.push({ value, at, end: at + needle.length - 1 });
    }
  }
  found.sort((a, b) => a.at - b.at || b.end - a.end);
  const kept = [];
  for (const candidate of found) {
    const last = kept.at(-1);
    if (last && candidate.at < last.end) continue;
    kept.push(candidate);
  }
  return kept;
}
function articlePoints(text2, article) {
  const source = fold(text2);
  const pattern = new RegExp(
    String.raw`(?:^|[^0-9])${article}\s*(?:\(\s*[12]\s*\)|[.,-]\s*[12]\b|\s*(?:abs\.?|absatz|§|para\.?|paragraph|al\.?|alinea|apartado)?\s*[12]\b)\s*(?:s\.?\s*1\s*)?(?:\(\s*([a-j])\s*\)|[.,-]?\s*(?:lit\.?|buchstabe|point|letra|let\.?)?\s*([a-j])(?:\)|\b))`,
    "gu"
  );
  const points = [];
  for (const match of source.matchAll(pattern)) points.push(match[1] ?? match[2]);
  return points;
}
function readLawfulBasesOnce(text2) {
  const form = words(text2);
  const article6 = text2.split(/[;\n]|,(?=\s*art)/iu).filter((part) => !ARTICLE_9.test(fold(part))).join("; ");
  const fromPoints = articlePoints(article6, 6).map((point) => BY_POINT_6[point]);
  const fromWords = findWordings(words(article6), BASIS_WORDINGS).map((found) => found.value);
  const bases = unique([...fromWords, ...fromPoints]);
  if (form === "" || bases.length === 0) return { bases: [], unknown: form !== "" };
  if (fromPoints.length > 0 && fromWords.length > 0 && !fromPoints.every((basis) => fromWords.includes(basis))) return { bases: [], unknown: true };
  return { bases, unknown: false };
}
var ARTICLE_9 = /\b(?:art(?:icle|ikel|iculo)?\.?\s*)9\b|(?:^|[^0-9])9\s*\(\s*2\s*\)/u;
function readSpecialConditionOnce(text2) {
  const fromPoints = articlePoints(text2, 9).map((point) => BY_POINT_9[point]);
  const fromWords = findWordings(words(text2), CONDITION_WORDINGS).map((found) => found.value);
  const all = unique([...fromPoints, ...fromWords]);
  return all.length === 1 ? all[0] : void 0;
}
function unique(values) {
  return [...new Set(values)];
}
var LAWFUL_BASIS_WORDINGS = BASIS_WORDINGS;
var readLawfulBases = memoise(readLawfulBasesOnce);
var readSpecialCondition = memoise(readSpecialConditionOnce);

// src/importers/record-row.ts
var EXTENSION_FIELDS = {
  "activity.function": "x-business-function",
  "activity.reference": "x-reference",
  "activity.updated": "x-updated",
  "activity.created": "x-created",
  "activity.system": "x-systems",
  "purpose.consentRecords": "x-consent-records"
};
var ROLE_WORDINGS = [
  ["joint-controller", ["joint controller", "joint controllers", "responsable conjoint", "responsables conjoints", "co responsable", "gemeinsam verantwortlicher", "gemeinsame verantwortung", "corresponsable"]],
  ["processor", ["processor", "sub processor", "data processor", "sous traitant", "auftragsverarbeiter", "encargado", "encargado del tratamiento"]],
  ["controller", ["controller", "data controller", "responsable", "responsable du traitement", "responsable de traitement", "verantwortlicher", "verantwortliche", "responsable del tratamiento"]]
];
function readRole(text2) {
  const padded = ` ${words(text2)} `;
  for (const [role, wordings] of ROLE_WORDINGS) if (wordings.some((wording) => padded.includes(` ${wording} `))) return role;
  return void 0;
}
var DPIA_STATUS = [
  ["not-required", ["not required", "not needed", "no", "non", "non requise", "non requis", "pas necessaire", "nicht erforderlich", "nein", "no necesaria", "no requerida", "n a", "not applicable"]],
  ["in-progress", ["in progress", "ongoing", "draft", "underway", "under way", "started", "en cours", "in bearbeitung", "in arbeit", "laufend", "en curso", "en proceso", "borrador"]],
  ["missing", ["not started", "to do", "todo", "planned", "missing", "outstanding", "required", "a faire", "a realiser", "prevue", "requise", "offen", "geplant", "erforderlich", "pendiente", "prevista", "necesaria"]],
  ["completed", ["completed", "complete", "done", "signed off", "approved", "finished", "yes", "oui", "realisee", "terminee", "finalisee", "validee", "effectuee", "abgeschlossen", "durchgefuhrt", "erledigt", "ja", "completada", "realizada", "finalizada", "si"]]
];
function readDpiaStatusOnce(text2) {
  const form = words(text2);
  const padded = ` ${form} `;
  for (const [status, wordings] of DPIA_STATUS) if (wordings.some((wording) => padded.includes(` ${wording} `))) return status;
  return void 0;
}
function looksLikeReference(text2) {
  return /^(?:https?:\/\/\S+|[\w.-]+(?:\/[\w .-]+)+|[\w.-]+\.(?:md|pdf|docx?|xlsx?|odt|ods|html?|txt))$/iu.test(text2.trim());
}
var NONE_FIELDS = /* @__PURE__ */ new Set(["recipients", "processors", "transfers"]);
function importRecordRow(builder, row, context) {
  const get = (field) => {
    const value = row.fields.get(field);
    if (value === void 0 || tidy(value.text) === "") return void 0;
    if (isNotYet(value.text)) {
      const none = NONE_FIELDS.has(field) ? ` (write "None" if there are none)` : "";
      builder.report("unmapped", value.place, `${quote(value.heading, 40)} is ${quote(tidy(value.text), 20)}: left absent for the rules to report${none}`);
      return void 0;
    }
    return value;
  };
  const activity = findActivity(builder, row, context, get);
  if (activity === void 0) return void 0;
  importOrganisation(builder, row);
  readActivityFields(builder, activity, get);
  readData(builder, activity, context, get);
  readSharing(builder, activity, get);
  const purposes = readPurposes(builder, activity, row, get);
  readExtensions(builder, activity, purposes, row);
  return activity;
}
function findActivity(builder, row, context, get) {
  const name = get("activity.name");
  const reference = row.fields.get("activity.reference");
  const purposeText = get("purpose.description");
  const referenceText = reference && tidy(reference.text) !== "" ? tidy(reference.text) : void 0;
  const idText = get("activity.id") && tidy(row.fields.get("activity.id").text);
  if (name === void 0 && referenceText === void 0 && idText === void 0) {
    if (purposeText === void 0) {
      if (context.previous) {
        builder.report("inferred", row.place, `row names no activity and no purpose: its cells were added to the activity above, ${quote(context.previous.name)}`);
        return context.previous;
      }
      if (context.defaultName === void 0) {
        builder.report("skipped", row.place, "row names no activity and no purpose; not imported");
        return void 0;
      }
    } else if (context.hasActivityColumn && context.previous) {
      builder.report("inferred", row.place, `activity cell empty: the purpose was added to the activity above, ${quote(context.previous.name)}`);
      return context.previous;
    }
  }
  let activityName;
  if (name) activityName = shortName(name.text, 200);
  else if (referenceText !== void 0 && !purposeText) activityName = referenceText;
  else if (context.defaultName !== void 0) activityName = context.defaultName;
  else if (purposeText !== void 0) activityName = shortName(splitSentences(purposeText.text, { atSemicolons: false })[0] ?? purposeText.text);
  else activityName = idText;
  if (!name && context.defaultName === void 0) {
    const after = referenceText !== void 0 && !purposeText ? "its reference" : purposeText ? "its purpose" : "its id";
    builder.report("inferred", row.place, `no activity name: the activity is named after ${after}, ${quote(activityName)}`);
  }
  const key = `${context.scope}|${idText !== void 0 ? `id:${idText}` : referenceText !== void 0 ? `ref:${fold(referenceText)}` : name ? `name:${fold(activityName)}` : `row:${row.place.row ?? row.place.line}`}`;
  return builder.activity(key, activityName, row.place, idText).activity;
}
function importOrganisation(builder, row) {
  const get = (field) => {
    const value = row.fields.get(field);
    if (value === void 0 || tidy(value.text) === "" || isNothing(value.text)) return void 0;
    if (isNotYet(value.text)) {
      builder.report("unmapped", value.place, `${quote(value.heading, 40)} is ${quote(tidy(value.text), 20)}: left absent`);
      return void 0;
    }
    return value;
  };
  const name = get("controller.name");
  const rest = name ? tidy(name.text).split(/\n|,\s*/u).slice(1).join(" ") : "";
  const withContact = name !== void 0 && rest !== "" && (/\b(?:contact|contacts|coordonnees|kontakt|kontaktdaten|contacto|address|adresse|anschrift|direccion)\b/u.test(words(name.heading)) || /[\d@]/u.test(rest));
  if (name && !withContact) builder.setOrganisation("name", tidy(name.text), name.place);
  else if (name) {
    const [first, ...rest2] = tidy(name.text).split(/\n|,\s*/u);
    builder.setOrganisation("name", first.trim(), name.place);
    if (rest2.length > 0 && !row.fields.has("controller.contact")) {
      builder.setOrganisation("contact", rest2.join(", ").trim(), name.place);
      builder.report("inferred", name.place, `controller name ${quote(first.trim())} and contact ${quote(rest2.join(", "))} from one cell`);
    }
  }
  for (const [field, key] of [
    ["controller.contact", "contact"],
    ["controller.dpo", "dpo"],
    ["controller.representative", "representative"]
  ]) {
    const value = get(field);
    if (value) builder.setOrganisation(key, tidy(value.text), value.place);
  }
  const owner = get("record.owner");
  if (owner) builder.setRecord("owner", tidy(owner.text), owner.place);
  const updated = get("record.updated");
  if (updated) {
    const date = isoDate(updated.text);
    if (date) builder.setRecord("updated", date, updated.place);
    else builder.report("unmapped", updated.place, `record date ${quote(updated.text)} is not a date ropa-lint can read (YYYY-MM-DD, DD/MM/YYYY); left out`);
  }
}
function isoDate(text2) {
  const trimmed = text2.trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(trimmed);
  if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/u.exec(trimmed);
  if (match) return `${match[3]}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}`;
  return void 0;
}
function readActivityFields(builder, activity, get) {
  const description = get("activity.description");
  if (description) builder.setActivityField(activity, "description", tidy(description.text), description.place, "description");
  const role = get("activity.role");
  if (role) {
    const read = readRole(role.text);
    if (read) builder.setActivityField(activity, "role", read, role.place, "role");
    else {
      activity.x.set("x-role", tidy(role.text));
      builder.report("unmapped", role.place, `role ${quote(role.text)} is not controller, joint controller or processor; kept as x-role (the activity is written as controller)`);
    }
  }
  const onBehalfOf = get("activity.onBehalfOf");
  if (onBehalfOf && !isNothing(onBehalfOf.text)) {
    for (const name of splitList(onBehalfOf.text)) {
      if (!activity.onBehalfOf.some((party) => fold(party.name) === fold(name))) activity.onBehalfOf.push({ name });
    }
    builder.setActivityField(activity, "role", "processor", onBehalfOf.place, "role");
    builder.report("inferred", onBehalfOf.place, `role processor, acting for ${quote(onBehalfOf.text)} (on_behalf_of)`);
  }
  const joint = get("activity.jointController");
  if (joint && !isNothing(joint.text)) {
    for (const party of splitParties(joint.text)) builder.addJointController(party, joint.place);
    if (activity.role === void 0) {
      builder.setActivityField(activity, "role", "joint-controller", joint.place, "role");
      builder.report("inferred", joint.place, `role joint-controller: the row names a joint controller, ${quote(joint.text)}`);
    }
  }
}
function readData(builder, activity, context, get) {
  const subjectsCell = get("subjects");
  const rowSubjects = [];
  if (subjectsCell && !isNothing(subjectsCell.text)) {
    const names = splitList(subjectsCell.text);
    const ids = idsFor(builder, get("subjects.ids"), names.length, ["data subject", "data subjects"]);
    names.forEach((name, index) => {
      const subject = builder.subject(name, subjectsCell.place, ids[index]);
      if (subject.children === void 0) {
        const word = namesChildren(name);
        if (word) {
          subject.children = true;
          builder.report("inferred", subjectsCell.place, `data subject ${quote(name)}: children: true (the name says "${word}")`);
        }
      }
      rowSubjects.push(subject);
    });
  } else if (!context.hasSubjectColumn && context.placeholderSubject !== void 0) {
    rowSubjects.push(context.placeholderSubject);
  }
  builder.addToList(
    activity.subjects,
    rowSubjects.map((subject) => subject.id)
  );
  const children = get("children");
  if (children) {
    const flag = readBoolean(children.text);
    if (flag === void 0) builder.report("unmapped", children.place, `children ${quote(children.text)} is not yes or no; left out`);
    else for (const subject of rowSubjects) subject.children = flag;
  }
  const categoriesCell = get("categories");
  const rowCategories = [];
  if (categoriesCell && !isNothing(categoriesCell.text)) {
    const names = splitList(categoriesCell.text);
    const ids = idsFor(builder, get("categories.ids"), names.length, ["data category", "data categories"]);
    names.forEach((name, index) => rowCategories.push(categoryNamed(builder, name, categoriesCell.place, ids[index])));
  }
  const special = get("categories.special");
  if (special) {
    const answer = readBoolean(special.text);
    const kinds = readCategoryName(special.text).special;
    if (kinds.length > 0) {
      if (rowCategories.length === 1 && answer !== false) {
        addKinds(rowCategories[0], kinds.map((kind) => kind.kind));
        builder.report("inferred", special.place, `data category ${quote(rowCategories[0].name)}: special ${kinds.map((kind) => kind.kind).join(", ")} from ${quote(special.text)}`);
      } else {
        for (const item of splitList(special.text)) {
          const itemKinds = readCategoryName(item).special;
          if (itemKinds.length === 0) continue;
          rowCategories.push(categoryNamed(builder, item, special.place));
        }
      }
    } else if (answer === false) {
      for (const category of rowCategories) category.special ??= [];
    } else if (!rowCategories.some((category) => (category.special?.length ?? 0) > 0)) {
      builder.report("unmapped", special.place, `special category data ${quote(special.text)} names no Art. 9 kind ropa-lint can be sure of; set \`special\` on the data categories it means`);
    }
  }
  const criminal = get("categories.criminal");
  if (criminal) {
    const answer = readBoolean(criminal.text);
    if (answer === false) for (const category of rowCategories) category.criminal ??= false;
    else if (answer === true && rowCategories.length === 1) {
      rowCategories[0].criminal = true;
      builder.report("inferred", criminal.place, `data category ${quote(rowCategories[0].name)}: criminal: true from ${quote(criminal.text)}`);
    } else {
      const category = categoryNamed(builder, answer === true ? "Criminal offence data" : tidy(criminal.text), criminal.place);
      category.criminal = true;
      rowCategories.push(category);
      builder.report("inferred", criminal.place, `data category ${quote(category.name)} with criminal: true from ${quote(criminal.text)}`);
    }
  }
  const source = get("categories.source");
  const perCategory = source ? sourcesByCategory(source.text, rowCategories) : void 0;
  if (source && perCategory) {
    for (const [category, value] of perCategory) setGivenSource(builder, category, value, source);
  } else if (source) {
    const sources = readSourceCell(source.text);
    if (sources.length === 0) {
      for (const category of rowCategories) if (!category.x.has("x-source")) category.x.set("x-source", tidy(source.text));
      builder.report("unmapped", source.place, `source ${quote(source.text)} is none of the sources of the format; kept as x-source on the row's data categories`);
    } else {
      for (const category of rowCategories) {
        if (category.source !== void 0) continue;
        category.source = sources[0];
        category.sourceFrom = "row";
        builder.report(
          "inferred",
          source.place,
          `data category ${quote(category.name)}: source ${sources[0]} from ${quote(source.text)}${sources.length > 1 ? ` (it names several; the first was taken)` : ""}`
        );
      }
    }
  }
  builder.addToList(
    activity.categories,
    rowCategories.map((category) => category.id)
  );
}
function sourcesByCategory(text2, categories) {
  const lines = tidy(text2).split("\n");
  if (categories.length === 0 || lines.length === 0) return void 0;
  const byName = new Map(categories.map((category) => [words(category.name), category]));
  const read = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const at = line.lastIndexOf(": ");
    const category = at > 0 ? byName.get(words(line.slice(0, at))) : void 0;
    const sources = at > 0 ? readSourceCell(line.slice(at + 2)) : [];
    if (category === void 0 || sources.length !== 1) return void 0;
    read.set(category, sources[0]);
  }
  return read;
}
function setGivenSource(builder, category, value, cell) {
  const before = category.source;
  if (category.sourceFrom === "cell") {
    if (before !== value) builder.report("unmapped", cell.place, `data category ${quote(category.name)}: source ${value} differs from ${before} read before; the first was kept`);
    return;
  }
  category.source = value;
  category.sourceFrom = "cell";
  if (before === value) return;
  const over = before !== void 0 ? ` (its name suggested ${before})` : "";
  builder.report("inferred", cell.place, `data category ${quote(category.name)}: source ${value}, as the source column gives it${over}`);
}
function idsFor(builder, cell, count2, what) {
  if (cell === void 0) return [];
  const ids = splitList(cell.text);
  if (ids.length === count2) return ids;
  builder.report("unmapped", cell.place, `${quote(cell.heading, 40)} gives ${ids.length} ids for ${count2} ${what[count2 === 1 ? 0 : 1]}: their ids are made from their names instead`);
  return [];
}
function categoryNamed(builder, name, place, wantedId) {
  const { category, isNew } = builder.category(name, place, wantedId);
  if (!isNew) return category;
  const reading = readCategoryName(name);
  if (reading.special.length > 0) {
    addKinds(
      category,
      reading.special.map((found) => found.kind)
    );
    builder.report("inferred", place, `data category ${quote(name)}: special ${reading.special.map((found) => `${found.kind} ("${found.words}")`).join(", ")}`);
  }
  if (reading.maybeSpecial !== void 0) {
    builder.report("inferred", place, `data category ${quote(name)}: "${reading.maybeSpecial}" may or may not mean Art. 9 data; not marked special (set \`special\` if it is)`);
  }
  if (reading.criminal !== void 0) {
    category.criminal = true;
    builder.report("inferred", place, `data category ${quote(name)}: criminal: true ("${reading.criminal}")`);
  }
  if (reading.source !== void 0) {
    category.source = reading.source.source;
    category.sourceFrom = "name";
    builder.report("inferred", place, `data category ${quote(name)}: source ${reading.source.source} ("${reading.source.words}")`);
  }
  return category;
}
function addKinds(category, kinds) {
  const list2 = category.special ?? [];
  for (const kind of kinds) if (!list2.includes(kind)) list2.push(kind);
  category.special = list2;
}
function readSharing(builder, activity, get) {
  const recipients = get("recipients");
  if (recipients) {
    activity.recipients ??= [];
    if (!isNothing(recipients.text)) {
      for (const item of splitList(recipients.text)) if (!activity.recipients.some((known) => fold(known) === fold(item))) activity.recipients.push(item);
    }
  }
  const processors = get("processors");
  if (processors) {
    activity.processors ??= [];
    if (!isNothing(processors.text)) {
      for (const item of splitList(processors.text)) {
        const { name, countries } = readProcessorName(item);
        if (activity.processors.some((known) => fold(known.name) === fold(name))) continue;
        const country = countries[0];
        activity.processors.push({ name, ...country ? { country } : {}, x: /* @__PURE__ */ new Map() });
        if (country) {
          const others = countries.length > 1 ? ` (it names ${countries.join(", ")}; a processor has one country, the first was taken)` : "";
          builder.report("inferred", processors.place, `processor ${quote(name)}: country ${country} from ${quote(item)}${others}`);
        }
      }
    }
  }
  const contract = get("processors.contract");
  if (contract && !isNothing(contract.text)) {
    const only = activity.processors?.length === 1 ? activity.processors[0] : void 0;
    const named = splitList(contract.text).map((line) => contractLine(line, activity.processors ?? []));
    if (named.length > 0 && named.every((entry) => entry !== void 0) && !only) {
      for (const entry of named) entry.processor.dpaReference ??= entry.reference;
      builder.report("inferred", contract.place, `processor contracts tied to the processors they name: ${quote(contract.text)}`);
    } else if (only && only.dpaReference === void 0) {
      only.dpaReference = tidy(contract.text);
      builder.report("inferred", contract.place, `processor ${quote(only.name)}: dpa_reference ${quote(contract.text)} (dpa is left for you to confirm)`);
    } else {
      activity.x.set("x-processor-contract", tidy(contract.text));
      builder.report("unmapped", contract.place, `processor contract ${quote(contract.text)} cannot be tied to one named processor; kept as x-processor-contract`);
    }
  }
  const transfers = get("transfers");
  if (transfers) {
    activity.transfers ??= [];
    if (!isNothing(transfers.text)) readTransfers(builder, activity.transfers, transfers);
  }
  const safeguards = get("transfers.safeguards");
  const byCountry = safeguards && activity.transfers ? referencesByCountry(safeguards.text, activity.transfers) : void 0;
  if (safeguards && byCountry) {
    for (const [transfer, reference] of byCountry) transfer.safeguardReference ??= reference;
    builder.report("inferred", safeguards.place, `transfer safeguards tied to the countries they name: ${quote(safeguards.text)}`);
  } else if (safeguards && !isNothing(safeguards.text)) {
    const mechanisms = findMechanisms(safeguards.text);
    const list2 = activity.transfers ?? [];
    const open = list2.filter((transfer) => transfer.mechanism === void 0);
    if (mechanisms.length === 1 && open.length > 0) {
      for (const transfer of open) transfer.mechanism = mechanisms[0];
      builder.report("inferred", safeguards.place, `transfer mechanism ${mechanisms[0]} from ${quote(safeguards.text)}`);
    }
    if (looksLikeReference(safeguards.text) && list2.length > 0) {
      for (const transfer of list2) transfer.safeguardReference ??= tidy(safeguards.text);
    } else if (!(mechanisms.length === 1 && open.length > 0)) {
      activity.x.set("x-transfer-safeguards", tidy(safeguards.text));
      builder.report("unmapped", safeguards.place, `transfer safeguards ${quote(safeguards.text)} could not be tied to a transfer; kept as x-transfer-safeguards`);
    }
  }
  const retention = get("retention");
  if (retention && !isNothing(retention.text)) builder.setActivityField(activity, "retention", tidy(retention.text), retention.place, "retention");
  const security = get("security");
  if (security && !isNothing(security.text)) {
    activity.security ??= [];
    for (const item of splitList(security.text)) if (!activity.security.some((known) => fold(known) === fold(item))) activity.security.push(item);
  }
  readDpia(builder, activity, get);
  const automated = get("automatedDecisions");
  if (automated) {
    const answer = isNothing(automated.text) ? false : readBoolean(automated.text);
    if (answer !== void 0) builder.setActivityField(activity, "automatedDecisions", answer, automated.place, "automated decision-making");
    else {
      activity.x.set("x-automated-decision-making", tidy(automated.text));
      builder.report("unmapped", automated.place, `automated decision-making ${quote(automated.text)} is not yes or no; kept as x-automated-decision-making`);
    }
  }
}
function referencesByCountry(text2, transfers) {
  const lines = tidy(text2).split("\n");
  const read = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const at = line.indexOf(": ");
    const countries = at > 0 ? findCountries(line.slice(0, at)) : [];
    const transfer = countries.length === 1 ? transfers.find((candidate) => candidate.country === countries[0]) : void 0;
    const reference = at > 0 ? line.slice(at + 2).trim() : "";
    if (transfer === void 0 || !looksLikeReference(reference) || read.has(transfer)) return void 0;
    read.set(transfer, reference);
  }
  return read;
}
function contractLine(line, processors) {
  const folded = fold(line);
  let found;
  for (const processor of processors) {
    const name = fold(processor.name);
    if (folded.startsWith(`${name}:`) && name.length > (found ? found.name.length : -1)) found = processor;
  }
  const reference = found ? line.slice(found.name.length + 1).trim() : "";
  return found && reference !== "" ? { processor: found, reference } : void 0;
}
function readTransfers(builder, list2, cell) {
  for (const item of splitList(cell.text)) {
    const countries = findCountries(item);
    const mechanisms = findMechanisms(item);
    const mechanism = mechanisms.length === 1 ? mechanisms[0] : void 0;
    if (countries.length === 0) {
      if (mechanism !== void 0) {
        list2.push({ mechanism });
        builder.report("inferred", cell.place, `transfer ${quote(item)}: mechanism ${mechanism}, no country named`);
      } else builder.report("unmapped", cell.place, `transfer ${quote(item)} names no country ropa-lint knows; left out (add it to transfers)`);
      continue;
    }
    for (const country of countries) {
      const existing = list2.find((transfer) => transfer.country === country);
      if (existing) {
        existing.mechanism ??= mechanism;
        continue;
      }
      list2.push({ country, ...mechanism ? { mechanism } : {} });
    }
    builder.report("inferred", cell.place, `transfer ${quote(item)}: ${countries.join(", ")}${mechanism ? ` by ${mechanism}` : ", no mechanism named in the cell"}`);
  }
}
function readDpia(builder, activity, get) {
  const required = get("dpia.required");
  const status = get("dpia.status");
  const reference = get("dpia.reference");
  if (!required && !status && !reference) return;
  const dpia = activity.dpia ?? {};
  const statusText = status?.text;
  let read;
  if (statusText !== void 0) {
    if (looksLikeReference(statusText)) dpia.reference ??= tidy(statusText);
    else read = readDpiaStatus(statusText);
    if (read === void 0 && !looksLikeReference(statusText)) {
      activity.x.set("x-dpia", tidy(statusText));
      builder.report("unmapped", status.place, `DPIA ${quote(statusText)} is no status ropa-lint knows (completed, in progress, not required, missing); kept as x-dpia`);
    }
  }
  if (required) {
    const answer = readBoolean(required.text);
    if (answer === false) read ??= "not-required";
    else if (answer === true && read === void 0) {
      read = "missing";
      builder.report("inferred", required.place, "DPIA required and no progress given: dpia status missing");
    }
  }
  if (read !== void 0) dpia.status ??= read;
  if (reference && !isNothing(reference.text)) dpia.reference ??= tidy(reference.text);
  if (Object.keys(dpia).length > 0) activity.dpia = dpia;
}
var ARTICLE_WORDS = /* @__PURE__ */ new Set(["art", "article", "artikel", "articulo", "abs", "lit", "gdpr", "rgpd", "dsgvo", "uk", "eu", "ue", "of", "the", "du", "de", "der", "del", "la", "le", "under", "en", "und", "et", "y", "and", "s", "para", "al", "point", "letra", "to", "a", "with", "comply", "compliance", "necessary", "for"]);
function lawWords(text2, basis) {
  let rest = ` ${words(text2)} `;
  const wordings = [...LAWFUL_BASIS_WORDINGS.find(([value]) => value === basis)?.[1] ?? []].sort((a, b) => b.length - a.length);
  for (const phrase of wordings) rest = rest.split(` ${phrase} `).join(" ");
  return rest.split(" ").filter((word) => word.length > 1 && !ARTICLE_WORDS.has(word) && !/^\d+$/u.test(word) && !/^[a-j]$/u.test(word));
}
var LAW_SEPARATOR = /\s+[-–—]\s+|\s*:\s+|\s*;\s*|,\s+|\s+\(/gu;
function basisRemainderOnce(text2, basis) {
  const cell = tidy(text2).replace(/\s+/g, " ");
  if (lawWords(cell, basis).length < 2) return void 0;
  for (const match of cell.matchAll(LAW_SEPARATOR)) {
    const head = cell.slice(0, match.index);
    if (lawWords(head, basis).length > 0) break;
    let tail = cell.slice(match.index + match[0].length).trim();
    if (match[0].trim() === "(" && tail.endsWith(")") && !tail.slice(0, -1).includes(")")) tail = tail.slice(0, -1).trim();
    if (lawWords(tail, basis).length >= 2) return tail;
  }
  return cell;
}
var REMAINDERS = new Map(LAWFUL_BASIS_WORDINGS.map(([basis]) => [basis, memoise((text2) => basisRemainderOnce(text2, basis))]));
function basisRemainder(text2, basis) {
  return REMAINDERS.get(basis)(text2);
}
var PURPOSE_LABEL = /^((?:finalit[ée]s?\s+principales?|sous[\s-]*finalit[ée]s?|main\s+purpose|primary\s+purpose|secondary\s+purposes?|sub[\s-]*purposes?|hauptzweck|nebenzwecke?|finalidad\s+principal|finalidad(?:es)?\s+secundarias?)(?:\s*\d+)?)\s*:\s*(?=\S)/iu;
function withoutPurposeLabel(builder, description, place) {
  const label = PURPOSE_LABEL.exec(description);
  if (label === null) return description;
  const after = description.slice(label[0].length);
  const rest = after.charAt(0).toUpperCase() + after.slice(1);
  builder.report("inferred", place, `purpose ${quote(rest)}: the label "${label[1]}" before it is the template's, not part of the purpose; taken off`);
  return rest;
}
function readPurposes(builder, activity, row, get) {
  const purposeCell = get("purpose.description");
  const basisCell = get("purpose.lawfulBasis");
  const conditionCell = get("purpose.specialCondition");
  const interestCell = get("purpose.interest");
  const assessmentCell = get("purpose.interestAssessment");
  const referenceCell = get("purpose.legalReference");
  const aiCell = get("purpose.aiTraining");
  const purposeLevel = [basisCell, conditionCell, interestCell, assessmentCell, referenceCell, aiCell].some((cell) => cell !== void 0);
  let bases = [];
  let unreadBasis;
  if (basisCell) {
    const read = readLawfulBases(basisCell.text);
    if (read.unknown) unreadBasis = tidy(basisCell.text);
    else bases = read.bases;
  }
  let descriptions = purposeCell ? splitSentences(purposeCell.text, { atSemicolons: false }) : [];
  if (purposeCell && descriptions.length === 1 && bases.length > 1) {
    const parts = splitSentences(purposeCell.text);
    if (parts.length === bases.length) descriptions = parts;
  }
  descriptions = descriptions.map((description) => withoutPurposeLabel(builder, description, purposeCell.place));
  if (descriptions.length === 0) {
    if (activity.purposes.length > 0 && !purposeLevel) return [];
    const fallback = activity.description ?? activity.name;
    descriptions = [fallback];
    builder.report("inferred", row.place, `no purpose given: the purpose is described as ${activity.description ? "the activity description" : "the activity"}, ${quote(fallback)}`);
  }
  const plans = [];
  let unpaired = false;
  if (bases.length === 0) for (const description of descriptions) plans.push({ description });
  else if (descriptions.length === 1) for (const basis of bases) plans.push({ description: descriptions[0], basis });
  else if (bases.length === 1) for (const description of descriptions) plans.push({ description, basis: bases[0] });
  else if (bases.length === descriptions.length) {
    descriptions.forEach((description, index) => plans.push({ description, basis: bases[index] }));
    builder.report("inferred", basisCell.place, `${descriptions.length} purposes and ${bases.length} bases in the row: paired in the order written`);
  } else {
    for (const description of descriptions) plans.push({ description });
    unreadBasis = tidy(basisCell.text);
    unpaired = true;
  }
  if (bases.length > 1 && descriptions.length === 1) {
    builder.report("inferred", basisCell.place, `${quote(basisCell.text)} names ${bases.length} lawful bases: one purpose for each (${bases.join(", ")})`);
  } else if (bases.length > 0 && !unpaired) {
    builder.report("inferred", basisCell.place, `lawful_basis ${unique2(bases).join(", ")} from ${quote(basisCell.text)}`);
  }
  if (unpaired) {
    builder.report(
      "unmapped",
      basisCell.place,
      `${descriptions.length} purposes and ${bases.length} lawful bases in the row cannot be paired; the bases are kept as x-lawful-basis on each purpose, lawful_basis left absent`
    );
  } else if (unreadBasis !== void 0) {
    builder.report("unmapped", basisCell.place, `lawful basis ${quote(unreadBasis)} names no Art. 6 basis ropa-lint can be sure of; kept as x-lawful-basis, lawful_basis left absent`);
  }
  const wantedIds = idsFor(builder, get("purpose.id"), plans.length, ["purpose", "purposes"]);
  const condition = conditionCell && !isNothing(conditionCell.text) ? readSpecialCondition(conditionCell.text) : void 0;
  if (conditionCell && !isNothing(conditionCell.text)) {
    if (condition) builder.report("inferred", conditionCell.place, `special_category_condition ${condition} from ${quote(conditionCell.text)}`);
    else builder.report("unmapped", conditionCell.place, `Art. 9 condition ${quote(conditionCell.text)} names no one condition ropa-lint can be sure of; kept as x-special-category-condition`);
  }
  const aiAnswer = aiCell ? readBoolean(aiCell.text) : void 0;
  if (aiCell && aiAnswer === void 0) builder.report("unmapped", aiCell.place, `AI training ${quote(aiCell.text)} is not yes or no; kept as x-ai-training`);
  const created = [];
  for (const [index, plan] of plans.entries()) {
    const description = tidy(plan.description);
    const duplicate = activity.purposes.find((purpose2) => fold(purpose2.description) === fold(description) && purpose2.lawfulBasis === plan.basis);
    if (duplicate) {
      if (!samePlace(duplicate.place, row.place)) builder.report("skipped", row.place, `purpose ${quote(description)} repeats one read before (${duplicate.id}); not written twice`);
      continue;
    }
    const hint = bases.length > 1 && descriptions.length === 1 ? `${shortName(description, 40)} ${plan.basis}` : shortName(description, 60);
    const purpose = builder.purpose(activity, description, purposeCell?.place ?? row.place, hint, wantedIds[index]);
    if (plan.basis) purpose.lawfulBasis = plan.basis;
    if (unreadBasis !== void 0) purpose.x.set("x-lawful-basis", unreadBasis);
    if (referenceCell && !isNothing(referenceCell.text)) purpose.legalBasisReference = tidy(referenceCell.text);
    else if (plan.basis && (plan.basis === "legal-obligation" || plan.basis === "public-task") && basisCell) {
      const remainder = basisRemainder(basisCell.text, plan.basis);
      if (remainder !== void 0) {
        purpose.legalBasisReference = remainder;
        builder.report("inferred", basisCell.place, `legal_basis_reference ${quote(remainder)}: the basis cell names the law relied on`);
      }
    }
    if (condition) purpose.specialCondition = condition;
    else if (conditionCell && !isNothing(conditionCell.text)) purpose.x.set("x-special-category-condition", tidy(conditionCell.text));
    for (const [cell, field] of [
      [interestCell, "interest"],
      [assessmentCell, "interestAssessment"]
    ]) {
      if (!cell || isNothing(cell.text)) continue;
      if (plan.basis === "legitimate-interests") purpose[field] = tidy(cell.text);
      else {
        const key = field === "interest" ? "x-legitimate-interests" : "x-legitimate-interests-assessment";
        purpose.x.set(key, tidy(cell.text));
        builder.report("unmapped", cell.place, `${quote(cell.heading, 40)} given for a purpose whose basis is ${plan.basis ?? "not given"}; kept as ${key}`);
      }
    }
    if (aiAnswer !== void 0) purpose.aiTraining = aiAnswer;
    else if (aiCell) purpose.x.set("x-ai-training", tidy(aiCell.text));
    const phrase = trainingPhrase(description);
    if (phrase !== void 0 && !purpose.aiTraining) {
      if (aiAnswer === false) {
        builder.report("unmapped", purpose.place, `purpose ${purpose.id} says "${phrase}" but the AI-training column says no; ai_training kept false (ai-training-undeclared will ask)`);
      } else {
        purpose.aiTraining = true;
        builder.report("inferred", purpose.place, `purpose ${purpose.id}: ai_training: true, the description says "${phrase}"`);
      }
    }
    created.push(purpose);
  }
  if (descriptions.length > 1) builder.report("inferred", purposeCell?.place ?? row.place, `${descriptions.length} purposes in one cell: written as ${descriptions.length} purposes`);
  return created;
}
function readExtensions(builder, activity, purposes, row) {
  const extensions = [];
  for (const [field, key] of Object.entries(EXTENSION_FIELDS)) {
    const value = row.fields.get(field);
    if (value && tidy(value.text) !== "") extensions.push([key, value]);
  }
  for (const { key, value } of row.extensions) if (tidy(value.text) !== "") extensions.push([key, value]);
  for (const [key, value] of extensions) {
    const text2 = tidy(value.text);
    if (purposes.length > 0) for (const purpose of purposes) purpose.rowX.set(key, text2);
    else if (!activity.x.has(key)) activity.x.set(key, text2);
    else if (activity.x.get(key) !== text2) {
      builder.report("unmapped", value.place, `${key} ${quote(text2)} differs from ${quote(String(activity.x.get(key)))} for the same activity; the first was kept`);
    }
  }
}
function samePlace(a, b) {
  return a.file === b.file && a.sheet === b.sheet && a.row === b.row && a.line === b.line;
}
function unique2(values) {
  return [...new Set(values)];
}
var readDpiaStatus = memoise(readDpiaStatusOnce);

// src/importers/fides.ts
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var text = (value) => typeof value === "string" && value.trim() !== "" ? value.trim() : typeof value === "number" ? String(value) : void 0;
var list = (value) => Array.isArray(value) ? value : [];
function parseFides(source, file) {
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(source, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const error = document.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new ImportError({ file, line }, `not valid YAML: ${error.message.split("\n")[0]}`);
  }
  (0, import_yaml.visit)(document, {
    Pair(_key, pair) {
      if ((0, import_yaml.isScalar)(pair.key) && typeof pair.key.value === "string") {
        const offset = pair.key.range?.[0];
        refusePrototypeKey(pair.key.value, { file, ...offset !== void 0 ? { line: lineCounter.linePos(offset).line } : {} }, "key");
      }
    }
  });
  let root;
  try {
    root = document.toJS({ maxAliasCount: 100 });
  } catch (failure) {
    throw new ImportError({ file }, `the YAML cannot be expanded safely: ${failure instanceof Error ? failure.message : String(failure)}`);
  }
  if (!isObject(root)) throw new ImportError({ file, line: 1 }, "not a Fides manifest: the top level is not a mapping of resource types (system, data_use, \u2026)");
  return { file, root, lineOf: (path2) => lineOfPath(document, lineCounter, path2) };
}
function lineOfPath(document, lineCounter, path2) {
  const node = document.getIn(path2, true);
  const offset = node && ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node) || (0, import_yaml.isScalar)(node)) ? node.range?.[0] : void 0;
  return offset === void 0 ? void 0 : lineCounter.linePos(offset).line;
}
function resources(manifests, type) {
  return manifests.flatMap(
    (manifest) => list(manifest.root[type]).flatMap((resource, index) => isObject(resource) ? [{ resource, manifest, index }] : [])
  );
}
function humanise(key) {
  const words2 = key.replace(/[._]+/gu, " ").trim();
  return words2.charAt(0).toUpperCase() + words2.slice(1);
}
var CURRENT_BASES = {
  consent: "consent",
  contract: "contract",
  "legal obligations": "legal-obligation",
  "vital interests": "vital-interests",
  "public interest": "public-task",
  "legitimate interests": "legitimate-interests",
  // Pre-3.0 `data_use.legal_basis`.
  "legal obligation": "legal-obligation",
  "vital interest": "vital-interests"
};
var CURRENT_CONDITIONS = {
  "explicit consent": "explicit-consent",
  "employment, social security and social protection": "employment",
  "vital interests": "vital-interests",
  "not-for-profit bodies": "not-for-profit",
  "made public by the data subject": "made-public",
  "legal claims or judicial acts": "legal-claims",
  "reasons of substantial public interest (with a basis in law)": "substantial-public-interest",
  "health or social care (with a basis in law)": "health-care",
  "public health (with a basis in law)": "public-health",
  "archiving, research and statistics (with a basis in law)": "archiving-research",
  // Pre-3.0 `data_use.special_category`.
  consent: "explicit-consent",
  employment: "employment",
  "non-profit bodies": "not-for-profit",
  "public by data subject": "made-public",
  "legal claims": "legal-claims",
  "substantial public interest": "substantial-public-interest",
  medical: "health-care",
  "public health interest": "public-health"
};
var TRANSFER_BASES = {
  "adequacy decision": "adequacy",
  sccs: "scc",
  bcrs: "bcr"
};
function basisOf(value) {
  return CURRENT_BASES[value.trim().toLowerCase()] ?? (readLawfulBases(value).bases.length === 1 ? readLawfulBases(value).bases[0] : void 0);
}
function conditionOf(value) {
  return CURRENT_CONDITIONS[value.trim().toLowerCase()] ?? readSpecialCondition(value);
}
var SYSTEM_KEYS = /* @__PURE__ */ new Set([
  "name",
  "description",
  "privacy_declarations",
  "egress",
  "responsibility",
  "data_responsibility_title",
  "joint_controller",
  "joint_controller_info",
  "third_country_transfers",
  "does_international_transfers",
  "legal_basis_for_transfers",
  "data_protection_impact_assessment",
  "requires_data_protection_assessments",
  "dpa_progress",
  "dpa_location",
  "uses_profiling",
  "data_security_practices",
  "dpo",
  "administrating_department",
  "fides_key"
]);
var DECLARATION_KEYS = /* @__PURE__ */ new Set([
  "name",
  "data_categories",
  "data_use",
  "data_subjects",
  "egress",
  "legal_basis_for_processing",
  "special_category_legal_basis",
  "processes_special_category_data",
  "retention_period",
  "impact_assessment_location",
  "data_shared_with_third_parties",
  "third_parties"
]);
function extensionKey(key) {
  return `x-${slugify(key.replace(/_/g, " ")) || "field"}`;
}
function importFides(manifests, builder) {
  const systems = resources(manifests, "system");
  if (systems.length === 0) {
    throw new ImportError({ file: manifests[0]?.file ?? "" }, "not a Fides manifest with systems: no top-level `system` list with privacy_declarations");
  }
  const uses = new Map(resources(manifests, "data_use").map(({ resource }) => [String(resource.fides_key ?? ""), resource]));
  const categoryNames = new Map(resources(manifests, "data_category").map(({ resource }) => [String(resource.fides_key ?? ""), text(resource.name)]));
  const subjectNames = new Map(resources(manifests, "data_subject").map(({ resource }) => [String(resource.fides_key ?? ""), text(resource.name)]));
  const systemsByKey = new Map(systems.map((entry) => [String(entry.resource.fides_key ?? ""), entry.resource]));
  readOrganisation(manifests, builder);
  let declarations = 0;
  for (const { resource: system, manifest, index } of systems) {
    const place = (path2) => {
      const line = manifest.lineOf(["system", index, ...path2]);
      return { file: manifest.file, ...line !== void 0 ? { line } : {} };
    };
    const key = text(system.fides_key) ?? `system-${index + 1}`;
    const name = text(system.name) ?? humanise(key);
    const { activity } = builder.activity(`fides|${key}`, name, place([]));
    const description = text(system.description);
    if (description) activity.description = description;
    activity.x.set("x-fides-key", key);
    readRole2(system, activity, builder, place([]));
    readSystemFields(system, activity, builder, place);
    const retentions = [];
    for (const [declarationIndex, declaration] of list(system.privacy_declarations).entries()) {
      if (!isObject(declaration)) continue;
      declarations += 1;
      if (declarations > LIMITS.rows) throw new ImportError(place(["privacy_declarations", declarationIndex]), `more than ${LIMITS.rows} privacy declarations: too large to import`);
      builder.rowsRead += 1;
      const at = place(["privacy_declarations", declarationIndex]);
      const useKey = text(declaration.data_use) ?? "";
      const use = uses.get(useKey);
      for (const subjectKey of list(declaration.data_subjects)) {
        if (typeof subjectKey !== "string") continue;
        const subject = builder.subject(subjectNames.get(subjectKey) ?? humanise(subjectKey), at);
        builder.addToList(activity.subjects, [subject.id]);
      }
      for (const categoryKey of list(declaration.data_categories)) {
        if (typeof categoryKey !== "string") continue;
        const category = fidesCategory(builder, categoryKey, categoryNames.get(categoryKey), at);
        builder.addToList(activity.categories, [category]);
      }
      const purposeText = text(declaration.name) ?? text(use?.name) ?? text(use?.description) ?? `Data use ${useKey}`;
      const purpose = builder.purpose(activity, purposeText, at, text(declaration.name) ?? useKey);
      if (useKey === "train_ai_system" || useKey.startsWith("train_ai_system.")) {
        purpose.aiTraining = true;
        builder.report("inferred", at, `purpose ${purpose.id}: ai_training: true (data use ${useKey})`);
      } else {
        const phrase = trainingPhrase(purposeText);
        if (phrase !== void 0) {
          purpose.aiTraining = true;
          builder.report("inferred", at, `purpose ${purpose.id}: ai_training: true, its name says "${phrase}"`);
        }
      }
      if (useKey !== "") purpose.x.set("x-fides-data-use", useKey);
      const basisText = text(declaration.legal_basis_for_processing) ?? text(use?.legal_basis);
      if (basisText !== void 0) {
        const basis = basisOf(basisText);
        if (basis) purpose.lawfulBasis = basis;
        else {
          purpose.x.set("x-lawful-basis", basisText);
          builder.report("unmapped", at, `legal basis ${quote(basisText)} is not one ropa-lint knows; kept as x-lawful-basis`);
        }
      }
      const conditionText = text(declaration.special_category_legal_basis) ?? text(use?.special_category);
      if (conditionText !== void 0) {
        const condition = conditionOf(conditionText);
        if (condition) purpose.specialCondition = condition;
        else {
          purpose.x.set("x-special-category-condition", conditionText);
          builder.report("unmapped", at, `special category basis ${quote(conditionText)} is not one ropa-lint knows; kept as x-special-category-condition`);
        }
      }
      if (declaration.processes_special_category_data === true) {
        const known = activity.categories.some((id) => [...builder.categories.values()].some((category) => category.id === id && (category.special?.length ?? 0) > 0));
        if (!known) builder.report("unmapped", at, "the declaration says it processes special category data, but none of its data categories is one ropa-lint knows as special: set `special` on the categories it means");
      }
      const assessment = text(declaration.impact_assessment_location) ?? text(use?.legitimate_interest_impact_assessment);
      if (assessment !== void 0) {
        if (purpose.lawfulBasis === "legitimate-interests") purpose.interestAssessment = assessment;
        else purpose.x.set("x-impact-assessment-location", assessment);
      }
      const retention = text(declaration.retention_period);
      if (retention !== void 0) retentions.push({ purpose: purposeText, retention });
      readDeclarationSharing(declaration, use, system, systemsByKey, activity, builder, at);
      for (const [fieldKey, value] of Object.entries(declaration)) {
        if (DECLARATION_KEYS.has(fieldKey) || value === null || value === void 0 || Array.isArray(value) && value.length === 0) continue;
        const xKey = extensionKey(fieldKey);
        purpose.x.set(xKey, value);
        builder.report("unmapped", at, `declaration key ${fieldKey} has no field in the format; kept as ${xKey}`);
      }
    }
    if (retentions.length > 0) {
      const distinct = [...new Set(retentions.map((entry) => entry.retention))];
      if (distinct.length === 1) activity.retention = distinct[0];
      else {
        activity.retention = retentions.map((entry) => `${entry.purpose}: ${entry.retention}`).join("; ");
        builder.report("inferred", place([]), `the declarations keep data for different periods: retention written as one sentence, ${quote(activity.retention)}`);
      }
    }
    for (const [fieldKey, value] of Object.entries(system)) {
      if (SYSTEM_KEYS.has(fieldKey) || value === null || value === void 0 || value === false || Array.isArray(value) && value.length === 0) continue;
      if (fieldKey === "organization_fides_key" && value === "default_organization") continue;
      const xKey = extensionKey(fieldKey);
      activity.x.set(xKey, value);
      builder.report("unmapped", place([fieldKey]), `system key ${fieldKey} has no field in the format; kept as ${xKey}`);
    }
  }
}
function readOrganisation(manifests, builder) {
  for (const { resource, manifest, index } of resources(manifests, "organization")) readOneOrganisation(resource, manifest, index, builder);
}
function readOneOrganisation(resource, manifest, index, builder) {
  const line = manifest.lineOf(["organization", index]);
  const place = { file: manifest.file, ...line !== void 0 ? { line } : {} };
  const contact = (value) => {
    if (!isObject(value)) return text(value);
    const parts = ["name", "address", "email", "phone"].map((key) => text(value[key])).filter((part) => part !== void 0);
    return parts.length > 0 ? parts.join(", ") : void 0;
  };
  const name = text(resource.name) ?? (isObject(resource.controller) ? text(resource.controller.name) : void 0);
  const known = builder.controller.name?.value;
  if (name && known !== void 0 && fold(known) !== fold(name)) {
    builder.report("unmapped", place, `organization ${quote(name)} is not the controller ${quote(known)} read before; the record has one controller, so its details were not used`);
    return;
  }
  if (name) builder.setOrganisation("name", name, place);
  const controllerContact = contact(resource.controller);
  if (controllerContact) builder.setOrganisation("contact", controllerContact, place);
  const dpo = contact(resource.data_protection_officer);
  if (dpo) builder.setOrganisation("dpo", dpo, place);
  const representative = contact(resource.representative);
  if (representative) builder.setOrganisation("representative", representative, place);
}
function contactOf(party) {
  const contact = ["address", "email", "phone"].map((key) => text(party[key])).filter(Boolean).join(", ");
  return contact === "" ? {} : { contact };
}
var ROLES = { controller: "controller", processor: "processor", "sub-processor": "processor" };
function readRole2(system, activity, builder, place) {
  const titles = [...list(system.responsibility), system.data_responsibility_title].filter((title) => typeof title === "string");
  const roles = [...new Set(titles.map((title) => ROLES[title.trim().toLowerCase()]).filter((role) => role !== void 0))];
  const jointInfo = text(system.joint_controller_info) ?? (isObject(system.joint_controller) ? ["name", "address", "email", "phone"].map((key) => text(system.joint_controller[key])).filter(Boolean).join(", ") : void 0);
  if (jointInfo) {
    const legacy = text(system.joint_controller_info) === void 0 && isObject(system.joint_controller) ? system.joint_controller : void 0;
    const legacyName = legacy ? text(legacy.name) : void 0;
    const parties = legacyName !== void 0 ? [{ name: legacyName, ...contactOf(legacy) }] : splitParties(jointInfo);
    for (const party of parties) builder.addJointController(party, place);
    if (!roles.includes("processor")) {
      activity.role = "joint-controller";
      builder.report("inferred", place, `role joint-controller: the system names a joint controller, ${quote(jointInfo)}`);
      return;
    }
  }
  if (roles.length === 1) activity.role = roles[0];
  else if (roles.length > 1) {
    activity.role = roles.includes("controller") ? "controller" : roles[0];
    builder.report("inferred", place, `the system is ${titles.join(" and ")}: written as ${activity.role}; split it into two activities if it acts in both roles`);
  }
}
function readSystemFields(system, activity, builder, place) {
  const mechanisms = list(system.legal_basis_for_transfers).map((basis) => typeof basis === "string" ? TRANSFER_BASES[basis.trim().toLowerCase()] : void 0).filter((mechanism2) => mechanism2 !== void 0);
  const mechanism = new Set(mechanisms).size === 1 ? mechanisms[0] : void 0;
  const countries = list(system.third_country_transfers).filter((country) => typeof country === "string");
  if (countries.length > 0) {
    activity.transfers = [];
    for (const country of countries) {
      const code = countryCode(country);
      if (code === void 0) {
        builder.report("unmapped", place(["third_country_transfers"]), `transfer country ${quote(country)} is no ISO country code; left out`);
        continue;
      }
      activity.transfers.push({ country: code, ...mechanism ? { mechanism } : {} });
    }
  } else if (system.does_international_transfers === true) {
    activity.transfers = [{ ...mechanism ? { mechanism } : {} }];
    builder.report("inferred", place(["does_international_transfers"]), "the system transfers data abroad but names no country: one transfer without a country is written");
  } else if (system.does_international_transfers === false) activity.transfers = [];
  if (list(system.legal_basis_for_transfers).length > 0 && mechanism === void 0) {
    activity.x.set("x-legal-basis-for-transfers", system.legal_basis_for_transfers);
    builder.report("unmapped", place(["legal_basis_for_transfers"]), `transfer bases ${quote(JSON.stringify(system.legal_basis_for_transfers))} are not one mechanism ropa-lint can tie to the transfers; kept as x-legal-basis-for-transfers`);
  }
  const old = isObject(system.data_protection_impact_assessment) ? system.data_protection_impact_assessment : void 0;
  const required = old ? old.is_required : system.requires_data_protection_assessments;
  const progress = text(old?.progress) ?? text(system.dpa_progress);
  const reference = text(old?.link) ?? text(system.dpa_location);
  const status = progress !== void 0 ? readDpiaStatus(progress) : required === true ? "missing" : required === false && old ? "not-required" : void 0;
  if (progress !== void 0 && status === void 0) activity.x.set("x-dpia-progress", progress);
  if (status !== void 0 || reference !== void 0) activity.dpia = { ...status ? { status } : {}, ...reference ? { reference } : {} };
  if (status !== void 0) builder.report("inferred", place([old ? "data_protection_impact_assessment" : "dpa_progress"]), `dpia status ${status}${progress ? ` from ${quote(progress)}` : " (a DPIA is required and no progress is given)"}`);
  if (typeof system.uses_profiling === "boolean") activity.automatedDecisions = system.uses_profiling;
  const security = text(system.data_security_practices);
  if (security) activity.security = splitList(security);
  const department = text(system.administrating_department);
  if (department && department !== "Not defined") activity.x.set("x-business-function", department);
  const dpo = text(system.dpo);
  if (dpo) builder.setOrganisation("dpo", dpo, place(["dpo"]));
}
function readDeclarationSharing(declaration, use, system, systems, activity, builder, place) {
  const flows = list(system.egress).filter(isObject);
  const named = list(declaration.egress).filter((key) => typeof key === "string");
  const used = named.length > 0 ? flows.filter((flow) => named.includes(String(flow.fides_key))) : flows;
  for (const key of named) if (!flows.some((flow) => flow.fides_key === key)) used.push({ fides_key: key, type: "system" });
  for (const flow of used) {
    const key = String(flow.fides_key ?? "");
    const type = String(flow.type ?? "system");
    if (type !== "system") continue;
    const target = systems.get(key);
    const name = text(target?.name) ?? humanise(key);
    const responsibilities = target ? [...list(target.responsibility), target.data_responsibility_title].map((title) => String(title).toLowerCase()) : [];
    const isProcessor = responsibilities.some((title) => title === "processor" || title === "sub-processor") || target !== void 0 && text(target.vendor_id) !== void 0;
    if (isProcessor) {
      activity.processors ??= [];
      if (!activity.processors.some((processor) => processor.name === name)) {
        const processor = { name, x: /* @__PURE__ */ new Map([["x-fides-key", key]]) };
        activity.processors.push(processor);
        builder.report("inferred", place, `processor ${quote(name)} from egress to system ${key}`);
      }
    } else {
      activity.recipients ??= [];
      if (!activity.recipients.includes(name)) {
        activity.recipients.push(name);
        builder.report("inferred", place, `recipient ${quote(name)} from egress to system ${key}${target ? "" : " (not defined in the manifests)"}`);
      }
    }
  }
  const thirdParties = text(declaration.third_parties);
  if (thirdParties && !isNothing(thirdParties)) {
    activity.recipients ??= [];
    for (const party of splitList(thirdParties)) if (!activity.recipients.some((known) => fold(known) === fold(party))) activity.recipients.push(party);
  } else if (declaration.data_shared_with_third_parties === false && activity.recipients === void 0 && used.length === 0) activity.recipients = [];
  for (const recipient of list(use?.recipients)) {
    if (typeof recipient !== "string") continue;
    activity.recipients ??= [];
    if (!activity.recipients.includes(recipient)) activity.recipients.push(recipient);
  }
}
function fidesCategory(builder, key, definedName, place) {
  const bare = key.replace(/\.(?:provided|derived)\.(?:identifiable|nonidentifiable)(?=\.|$)/u, "").replace(/^user\./u, "");
  const name = definedName ?? humanise(bare);
  const { category, isNew } = builder.category(name, place);
  if (!isNew) return category.id;
  category.x.set("x-fides-key", key);
  const facts = fidesCategoryFacts(key);
  if (facts) {
    category.source = facts.source;
    if (facts.special.length > 0) category.special = facts.special;
    if (facts.criminal) category.criminal = true;
    const extras = [facts.special.length > 0 ? `special ${facts.special.join(", ")}` : "", facts.criminal ? "criminal: true" : ""].filter(Boolean).join(", ");
    builder.report("inferred", place, `data category ${key}: source ${facts.source}${extras ? `, ${extras}` : ""} (fides table${facts.note ? `: ${facts.note}` : ""})`);
    return category.id;
  }
  const reading = readCategoryName(tidy(`${definedName ?? ""} ${key.replace(/[._]/gu, " ")}`));
  if (reading.source) category.source = reading.source.source;
  if (reading.special.length > 0) category.special = reading.special.map((found) => found.kind);
  if (reading.criminal) category.criminal = true;
  if (category.source !== void 0 || category.special !== void 0) {
    builder.report("inferred", place, `data category ${key} is not in the fides taxonomy: ${[category.source ? `source ${category.source}` : "", category.special ? `special ${category.special.join(", ")}` : ""].filter(Boolean).join(", ")} from its name`);
  }
  return category.id;
}

// src/importers/markdown.ts
function plain(tokens, fallback) {
  if (tokens === void 0) return fallback;
  let out = "";
  for (const token of tokens) {
    switch (token.type) {
      case "br":
        out += "\n";
        break;
      case "html":
        out += /^<br\s*\/?>$/iu.test(token.raw.trim()) ? "\n" : "";
        break;
      case "strong":
      case "em":
      case "del":
      case "link":
        out += plain(token.tokens, token.raw);
        break;
      case "codespan":
        out += token.text;
        break;
      case "escape":
      case "text":
        out += "tokens" in token && token.tokens ? plain(token.tokens, token.text) : decode(token.text);
        break;
      default:
        out += "text" in token && typeof token.text === "string" ? token.text : "";
    }
  }
  return out;
}
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };
function decode(text2) {
  return text2.replace(/&(amp|lt|gt|quot|#39|nbsp);/gu, (_, name) => ENTITIES[name] ?? "");
}
function readMarkdown(text2, file) {
  const source = text2.replace(/\r\n?/g, "\n");
  const grids = [];
  let line = 1;
  let heading;
  let cells = 0;
  for (const token of w.lex(source)) {
    if (token.type === "heading") heading = plain(token.tokens, token.text).trim();
    if (token.type === "table") {
      const table = token;
      const rows = [
        { cells: table.header.map((cell) => plain(cell.tokens, cell.text)), place: { file, line } },
        ...table.rows.map((row, index) => ({ cells: row.map((cell) => plain(cell.tokens, cell.text)), place: { file, line: line + 2 + index } }))
      ];
      if (rows.length > LIMITS.rows) throw new ImportError({ file, line }, `a table of more than ${LIMITS.rows} rows: too large to import`);
      cells += rows.length * table.header.length;
      if (cells > LIMITS.cells) throw new ImportError({ file, line }, `more than ${LIMITS.cells} table cells: too large to import`);
      grids.push({ file, ...heading !== void 0 ? { heading } : {}, place: { file, line }, rows, headerFixed: true });
    }
    line += countLines(token.raw);
  }
  return grids;
}
function countLines(raw) {
  let count2 = 0;
  for (let index = raw.indexOf("\n"); index >= 0; index = raw.indexOf("\n", index + 1)) count2 += 1;
  return count2;
}

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flm = /* @__PURE__ */ hMap(flt, 9, 0);
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var wbits = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
};
var wbits16 = function(d, p, v) {
  v <<= p & 7;
  var o = p / 8 | 0;
  d[o] |= v;
  d[o + 1] |= v >> 8;
  d[o + 2] |= v >> 16;
};
var hTree = function(d, mb) {
  var t = [];
  for (var i2 = 0; i2 < d.length; ++i2) {
    if (d[i2])
      t.push({ s: i2, f: d[i2] });
  }
  var s = t.length;
  var t2 = t.slice();
  if (!s)
    return { t: et, l: 0 };
  if (s == 1) {
    var v = new u8(t[0].s + 1);
    v[t[0].s] = 1;
    return { t: v, l: 1 };
  }
  t.sort(function(a, b) {
    return a.f - b.f;
  });
  t.push({ s: -1, f: 25001 });
  var l = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
  t[0] = { s: -1, f: l.f + r.f, l, r };
  while (i1 != s - 1) {
    l = t[t[i0].f < t[i22].f ? i0++ : i22++];
    r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++];
    t[i1++] = { s: -1, f: l.f + r.f, l, r };
  }
  var maxSym = t2[0].s;
  for (var i2 = 1; i2 < s; ++i2) {
    if (t2[i2].s > maxSym)
      maxSym = t2[i2].s;
  }
  var tr = new u16(maxSym + 1);
  var mbt = ln(t[i1 - 1], tr, 0);
  if (mbt > mb) {
    var i2 = 0, dt = 0;
    var lft = mbt - mb, cst = 1 << lft;
    t2.sort(function(a, b) {
      return tr[b.s] - tr[a.s] || a.f - b.f;
    });
    for (; i2 < s; ++i2) {
      var i2_1 = t2[i2].s;
      if (tr[i2_1] > mb) {
        dt += cst - (1 << mbt - tr[i2_1]);
        tr[i2_1] = mb;
      } else
        break;
    }
    dt >>= lft;
    while (dt > 0) {
      var i2_2 = t2[i2].s;
      if (tr[i2_2] < mb)
        dt -= 1 << mb - tr[i2_2]++ - 1;
      else
        ++i2;
    }
    for (; i2 >= 0 && dt; --i2) {
      var i2_3 = t2[i2].s;
      if (tr[i2_3] == mb) {
        --tr[i2_3];
        ++dt;
      }
    }
    mbt = mb;
  }
  return { t: new u8(tr), l: mbt };
};
var ln = function(n, l, d) {
  return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
};
var lc = function(c) {
  var s = c.length;
  while (s && !c[--s])
    ;
  var cl = new u16(++s);
  var cli = 0, cln = c[0], cls = 1;
  var w2 = function(v) {
    cl[cli++] = v;
  };
  for (var i2 = 1; i2 <= s; ++i2) {
    if (c[i2] == cln && i2 != s)
      ++cls;
    else {
      if (!cln && cls > 2) {
        for (; cls > 138; cls -= 138)
          w2(32754);
        if (cls > 2) {
          w2(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
          cls = 0;
        }
      } else if (cls > 3) {
        w2(cln), --cls;
        for (; cls > 6; cls -= 6)
          w2(8304);
        if (cls > 2)
          w2(cls - 3 << 5 | 8208), cls = 0;
      }
      while (cls--)
        w2(cln);
      cls = 1;
      cln = c[i2];
    }
  }
  return { c: cl.subarray(0, cli), n: s };
};
var clen = function(cf, cl) {
  var l = 0;
  for (var i2 = 0; i2 < cl.length; ++i2)
    l += cf[i2] * cl[i2];
  return l;
};
var wfblk = function(out, pos, dat) {
  var s = dat.length;
  var o = shft(pos + 2);
  out[o] = s & 255;
  out[o + 1] = s >> 8;
  out[o + 2] = out[o] ^ 255;
  out[o + 3] = out[o + 1] ^ 255;
  for (var i2 = 0; i2 < s; ++i2)
    out[o + i2 + 4] = dat[i2];
  return (o + 4 + s) * 8;
};
var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
  wbits(out, p++, final);
  ++lf[256];
  var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
  var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
  var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
  var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
  var lcfreq = new u16(19);
  for (var i2 = 0; i2 < lclt.length; ++i2)
    ++lcfreq[lclt[i2] & 31];
  for (var i2 = 0; i2 < lcdt.length; ++i2)
    ++lcfreq[lcdt[i2] & 31];
  var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
  var nlcc = 19;
  for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
    ;
  var flen = bl + 5 << 3;
  var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
  var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
  if (bs >= 0 && flen <= ftlen && flen <= dtlen)
    return wfblk(out, p, dat.subarray(bs, bs + bl));
  var lm, ll, dm, dl;
  wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
  if (dtlen < ftlen) {
    lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
    var llm = hMap(lct, mlcb, 0);
    wbits(out, p, nlc - 257);
    wbits(out, p + 5, ndc - 1);
    wbits(out, p + 10, nlcc - 4);
    p += 14;
    for (var i2 = 0; i2 < nlcc; ++i2)
      wbits(out, p + 3 * i2, lct[clim[i2]]);
    p += 3 * nlcc;
    var lcts = [lclt, lcdt];
    for (var it = 0; it < 2; ++it) {
      var clct = lcts[it];
      for (var i2 = 0; i2 < clct.length; ++i2) {
        var len = clct[i2] & 31;
        wbits(out, p, llm[len]), p += lct[len];
        if (len > 15)
          wbits(out, p, clct[i2] >> 5 & 127), p += clct[i2] >> 12;
      }
    }
  } else {
    lm = flm, ll = flt, dm = fdm, dl = fdt;
  }
  for (var i2 = 0; i2 < li; ++i2) {
    var sym = syms[i2];
    if (sym > 255) {
      var len = sym >> 18 & 31;
      wbits16(out, p, lm[len + 257]), p += ll[len + 257];
      if (len > 7)
        wbits(out, p, sym >> 23 & 31), p += fleb[len];
      var dst = sym & 31;
      wbits16(out, p, dm[dst]), p += dl[dst];
      if (dst > 3)
        wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
    } else {
      wbits16(out, p, lm[sym]), p += ll[sym];
    }
  }
  wbits16(out, p, lm[256]);
  return p + ll[256];
};
var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
var et = /* @__PURE__ */ new u8(0);
var dflt = function(dat, lvl, plvl, pre, post, st) {
  var s = st.z || dat.length;
  var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
  var w2 = o.subarray(pre, o.length - post);
  var lst = st.l;
  var pos = (st.r || 0) & 7;
  if (lvl) {
    if (pos)
      w2[0] = st.r >> 3;
    var opt = deo[lvl - 1];
    var n = opt >> 13, c = opt & 8191;
    var msk_1 = (1 << plvl) - 1;
    var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
    var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
    var hsh = function(i3) {
      return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
    };
    var syms = new i32(25e3);
    var lf = new u16(288), df = new u16(32);
    var lc_1 = 0, eb = 0, i2 = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
    for (; i2 + 2 < s; ++i2) {
      var hv = hsh(i2);
      var imod = i2 & 32767, pimod = head[hv];
      prev[imod] = pimod;
      head[hv] = imod;
      if (wi <= i2) {
        var rem = s - i2;
        if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
          pos = wblk(dat, w2, 0, syms, lf, df, eb, li, bs, i2 - bs, pos);
          li = lc_1 = eb = 0, bs = i2;
          for (var j = 0; j < 286; ++j)
            lf[j] = 0;
          for (var j = 0; j < 30; ++j)
            df[j] = 0;
        }
        var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
        if (rem > 2 && hv == hsh(i2 - dif)) {
          var maxn = Math.min(n, rem) - 1;
          var maxd = Math.min(32767, i2);
          var ml = Math.min(258, rem);
          while (dif <= maxd && --ch_1 && imod != pimod) {
            if (dat[i2 + l] == dat[i2 + l - dif]) {
              var nl2 = 0;
              for (; nl2 < ml && dat[i2 + nl2] == dat[i2 + nl2 - dif]; ++nl2)
                ;
              if (nl2 > l) {
                l = nl2, d = dif;
                if (nl2 > maxn)
                  break;
                var mmd = Math.min(dif, nl2 - 2);
                var md = 0;
                for (var j = 0; j < mmd; ++j) {
                  var ti = i2 - dif + j & 32767;
                  var pti = prev[ti];
                  var cd = ti - pti & 32767;
                  if (cd > md)
                    md = cd, pimod = ti;
                }
              }
            }
            imod = pimod, pimod = prev[imod];
            dif += imod - pimod & 32767;
          }
        }
        if (d) {
          syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
          var lin = revfl[l] & 31, din = revfd[d] & 31;
          eb += fleb[lin] + fdeb[din];
          ++lf[257 + lin];
          ++df[din];
          wi = i2 + l;
          ++lc_1;
        } else {
          syms[li++] = dat[i2];
          ++lf[dat[i2]];
        }
      }
    }
    for (i2 = Math.max(i2, wi); i2 < s; ++i2) {
      syms[li++] = dat[i2];
      ++lf[dat[i2]];
    }
    pos = wblk(dat, w2, lst, syms, lf, df, eb, li, bs, i2 - bs, pos);
    if (!lst) {
      st.r = pos & 7 | w2[pos / 8 | 0] << 3;
      pos -= 7;
      st.h = head, st.p = prev, st.i = i2, st.w = wi;
    }
  } else {
    for (var i2 = st.w || 0; i2 < s + lst; i2 += 65535) {
      var e = i2 + 65535;
      if (e >= s) {
        w2[pos / 8 | 0] = lst;
        e = s;
      }
      pos = wfblk(w2, pos + 1, dat.subarray(i2, e));
    }
    st.i = s;
  }
  return slc(o, 0, pre + shft(pos) + post);
};
var crct = /* @__PURE__ */ (function() {
  var t = new Int32Array(256);
  for (var i2 = 0; i2 < 256; ++i2) {
    var c = i2, k = 9;
    while (--k)
      c = (c & 1 && -306674912) ^ c >>> 1;
    t[i2] = c;
  }
  return t;
})();
var crc = function() {
  var c = -1;
  return {
    p: function(d) {
      var cr2 = c;
      for (var i2 = 0; i2 < d.length; ++i2)
        cr2 = crct[cr2 & 255 ^ d[i2]] ^ cr2 >>> 8;
      c = cr2;
    },
    d: function() {
      return ~c;
    }
  };
};
var dopt = function(dat, opt, pre, post, st) {
  if (!st) {
    st = { l: 1 };
    if (opt.dictionary) {
      var dict = opt.dictionary.subarray(-32768);
      var newDat = new u8(dict.length + dat.length);
      newDat.set(dict);
      newDat.set(dat, dict.length);
      dat = newDat;
      st.w = dict.length;
    }
  }
  return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
};
var mrg = function(a, b) {
  var o = {};
  for (var k in a)
    o[k] = a[k];
  for (var k in b)
    o[k] = b[k];
  return o;
};
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
var wbytes = function(d, b, v) {
  for (; v; ++b)
    d[b] = v, v >>>= 8;
};
function deflateSync(data, opts) {
  return dopt(data, opts || {}, 0, 0);
}
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var fltn = function(d, p, t, o) {
  for (var k in d) {
    var val = d[k], n = p + k, op = o;
    if (Array.isArray(val))
      op = mrg(o, val[1]), val = val[0];
    if (ArrayBuffer.isView(val))
      t[n] = [val, op];
    else {
      t[n += "/"] = [new u8(0), op];
      fltn(val, n, t, o);
    }
  }
};
var te = typeof TextEncoder != "undefined" && /* @__PURE__ */ new TextEncoder();
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
  }
};
function strToU8(str, latin1) {
  if (latin1) {
    var ar_1 = new u8(str.length);
    for (var i2 = 0; i2 < str.length; ++i2)
      ar_1[i2] = str.charCodeAt(i2);
    return ar_1;
  }
  if (te)
    return te.encode(str);
  var l = str.length;
  var ar = new u8(str.length + (str.length >> 1));
  var ai = 0;
  var w2 = function(v) {
    ar[ai++] = v;
  };
  for (var i2 = 0; i2 < l; ++i2) {
    if (ai + 5 > ar.length) {
      var n = new u8(ai + 8 + (l - i2 << 1));
      n.set(ar);
      ar = n;
    }
    var c = str.charCodeAt(i2);
    if (c < 128 || latin1)
      w2(c);
    else if (c < 2048)
      w2(192 | c >> 6), w2(128 | c & 63);
    else if (c > 55295 && c < 57344)
      c = 65536 + (c & 1023 << 10) | str.charCodeAt(++i2) & 1023, w2(240 | c >> 18), w2(128 | c >> 12 & 63), w2(128 | c >> 6 & 63), w2(128 | c & 63);
    else
      w2(224 | c >> 12), w2(128 | c >> 6 & 63), w2(128 | c & 63);
  }
  return slc(ar, 0, ai);
}
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var slzh = function(d, b) {
  return b + 30 + b2(d, b + 26) + b2(d, b + 28);
};
var zh = function(d, b, z) {
  var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
  var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
var exfl = function(ex) {
  var le = 0;
  if (ex) {
    for (var k in ex) {
      var l = ex[k].length;
      if (l > 65535)
        err(9);
      le += l + 4;
    }
  }
  return le;
};
var wzh = function(d, b, f, fn, u, c, ce, co) {
  var fl2 = fn.length, ex = f.extra, col = co && co.length;
  var exl = exfl(ex);
  wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4;
  if (ce != null)
    d[b++] = 20, d[b++] = f.os;
  d[b] = 20, b += 2;
  d[b++] = f.flag << 1 | (c < 0 && 8), d[b++] = u && 8;
  d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
  var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
  if (y < 0 || y > 119)
    err(10);
  wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
  if (c != -1) {
    wbytes(d, b, f.crc);
    wbytes(d, b + 4, c < 0 ? -c - 2 : c);
    wbytes(d, b + 8, f.size);
  }
  wbytes(d, b + 12, fl2);
  wbytes(d, b + 14, exl), b += 16;
  if (ce != null) {
    wbytes(d, b, col);
    wbytes(d, b + 6, f.attrs);
    wbytes(d, b + 10, ce), b += 14;
  }
  d.set(fn, b);
  b += fl2;
  if (exl) {
    for (var k in ex) {
      var exf = ex[k], l = exf.length;
      wbytes(d, b, +k);
      wbytes(d, b + 2, l);
      d.set(exf, b + 4), b += 4 + l;
    }
  }
  if (col)
    d.set(co, b), b += col;
  return b;
};
var wzf = function(o, b, c, d, e) {
  wbytes(o, b, 101010256);
  wbytes(o, b + 8, c);
  wbytes(o, b + 10, c);
  wbytes(o, b + 12, d);
  wbytes(o, b + 16, e);
};
function zipSync(data, opts) {
  if (!opts)
    opts = {};
  var r = {};
  var files = [];
  fltn(data, "", r, opts);
  var o = 0;
  var tot = 0;
  for (var fn in r) {
    var _a2 = r[fn], file = _a2[0], p = _a2[1];
    var compression = p.level == 0 ? 0 : 8;
    var f = strToU8(fn), s = f.length;
    var com = p.comment, m = com && strToU8(com), ms = m && m.length;
    var exl = exfl(p.extra);
    if (s > 65535)
      err(11);
    var d = compression ? deflateSync(file, p) : file, l = d.length;
    var c = crc();
    c.p(file);
    files.push(mrg(p, {
      size: file.length,
      crc: c.d(),
      c: d,
      f,
      m,
      u: s != fn.length || m && com.length != ms,
      o,
      compression
    }));
    o += 30 + s + exl + l;
    tot += 76 + 2 * (s + exl) + (ms || 0) + l;
  }
  var out = new u8(tot + 22), oe = o, cdl = tot - o;
  for (var i2 = 0; i2 < files.length; ++i2) {
    var f = files[i2];
    wzh(out, f.o, f, f.f, f.u, f.c.length);
    var badd = 30 + f.f.length + exfl(f.extra);
    out.set(f.c, f.o + badd);
    wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
  }
  wzf(out, o, files.length, cdl, oe);
  return out;
}
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c = b2(data, e + 8);
  if (!c)
    return {};
  var o = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i2 = 0; i2 < c; ++i2) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}

// src/importers/spreadsheet.ts
var ZIP_MAGIC = [80, 75, 3, 4];
var OLE_MAGIC = [208, 207, 17, 224];
function startsWith(bytes, magic) {
  return magic.every((byte, index) => bytes[index] === byte);
}
function sniffWorkbook(bytes) {
  if (startsWith(bytes, OLE_MAGIC)) return "xls";
  if (!startsWith(bytes, ZIP_MAGIC)) return void 0;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  return head.includes("mimetype") && head.includes("opendocument.spreadsheet") ? "ods" : "xlsx";
}
function openArchive(bytes, file) {
  let declared = 0;
  let entries = 0;
  try {
    return unzipSync(bytes, {
      filter(entry) {
        entries += 1;
        declared += entry.originalSize;
        if (entries > LIMITS.zipEntries) throw new ImportError({ file }, `the archive has more than ${LIMITS.zipEntries} entries: refused (a workbook has a few dozen)`);
        if (declared > LIMITS.unzippedBytes) {
          throw new ImportError({ file }, `the archive unpacks to more than ${LIMITS.unzippedBytes / 1048576} MB: refused (a zip bomb, or a workbook too large to import)`);
        }
        if (entry.compression !== 0 && entry.compression !== 8) throw new ImportError({ file }, `entry ${entry.name} uses compression method ${entry.compression}, which a workbook never uses: refused`);
        return true;
      }
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError({ file }, `not a readable XLSX or ODS archive (${error instanceof Error ? error.message : String(error)})`);
  }
}
function countDeclaredCells(entries, format, file) {
  let cells = 0;
  const refuse = () => {
    throw new ImportError({ file }, `the sheets declare more than ${LIMITS.cells} cells: too large to import`);
  };
  for (const [name, data] of Object.entries(entries)) {
    if (format === "xlsx" && /^xl\/worksheets\/[^/]+\.xml$/u.test(name)) {
      const xml = strFromU8(data);
      for (let at = xml.indexOf("<c"); at >= 0; at = xml.indexOf("<c", at + 2)) {
        const next = xml[at + 2];
        if ((next === " " || next === ">") && (cells += 1) > LIMITS.cells) refuse();
      }
    } else if (format === "ods" && name === "content.xml") {
      const xml = strFromU8(data);
      let rowRepeat = 1;
      for (const match of xml.matchAll(/<table:(table-row|table-cell|covered-table-cell)\b([^>]*?)(\/?)>/gu)) {
        const repeat = (attribute) => Number(new RegExp(`${attribute}="(\\d+)"`, "u").exec(match[2])?.[1] ?? 1);
        if (match[1] === "table-row") rowRepeat = repeat("table:number-rows-repeated");
        else if (match[3] !== "/" && (cells += repeat("table:number-columns-repeated") * rowRepeat) > LIMITS.cells) refuse();
      }
    }
  }
}
function cellText(cell) {
  if (cell === void 0 || cell.t === "z" || cell.t === "e") return "";
  if (typeof cell.w === "string") return cell.w;
  if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  return cell.v === void 0 || cell.v === null ? "" : String(cell.v);
}
function readWorkbook(bytes, file, expected) {
  const sniffed = sniffWorkbook(bytes);
  if (sniffed === "xls") throw new ImportError({ file }, "an Excel 97-2003 workbook or a password-protected one: save it as .xlsx without a password and import that");
  if (sniffed === void 0) throw new ImportError({ file }, `not an ${expected === "ods" ? "ODS" : "XLSX"} workbook (it is no zip archive)`);
  const entries = openArchive(bytes, file);
  const format = entries["mimetype"] && strFromU8(entries["mimetype"]).trim() === "application/vnd.oasis.opendocument.spreadsheet" ? "ods" : sniffed;
  if (format === "xlsx" && entries["xl/workbook.xml"] === void 0 && entries["xl/workbook.bin"] === void 0) {
    throw new ImportError({ file }, "a zip archive, but no workbook in it (no xl/workbook.xml)");
  }
  if (format === "ods" && entries["content.xml"] === void 0) throw new ImportError({ file }, "an OpenDocument archive without content.xml");
  countDeclaredCells(entries, format, file);
  const repacked = {};
  for (const [name, data] of Object.entries(entries)) repacked[name] = [data, { level: 0 }];
  let workbook;
  try {
    workbook = readSync(zipSync(repacked), {
      type: "array",
      dense: true,
      cellFormula: true,
      cellHTML: false,
      cellNF: false,
      cellStyles: false,
      cellDates: true,
      bookVBA: false,
      sheetRows: LIMITS.rows + 1
    });
  } catch (error) {
    throw new ImportError({ file }, `SheetJS could not read the workbook: ${error instanceof Error ? error.message : String(error)}`);
  }
  const grids = [];
  const hidden = [];
  let cells = 0;
  workbook.SheetNames.forEach((name, index) => {
    if ((workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0) {
      hidden.push(name);
      return;
    }
    const sheet = workbook.Sheets[name];
    const data = sheet?.["!data"] ?? [];
    const place = (row) => ({ file, sheet: name, row: row + 1 });
    if (data.length > LIMITS.rows) throw new ImportError(place(LIMITS.rows), `sheet "${name}" has more than ${LIMITS.rows} rows: too large to import`);
    const rows = [];
    let width = 0;
    for (let r = 0; r < data.length; r += 1) {
      const source = data[r] ?? [];
      const cellsOfRow = [];
      let formulas;
      source.forEach((cell, c) => {
        if (c >= LIMITS.columns) throw new ImportError(place(r), `sheet "${name}" has more than ${LIMITS.columns} columns: too wide to import`);
        const text2 = cellText(cell);
        if (text2 !== "") cellsOfRow[c] = text2;
        if (cell?.f !== void 0) (formulas ??= /* @__PURE__ */ new Set()).add(c);
      });
      cells += source.length;
      if (cells > LIMITS.cells) throw new ImportError(place(r), `more than ${LIMITS.cells} cells: too large to import`);
      for (let c = 0; c < cellsOfRow.length; c += 1) cellsOfRow[c] ??= "";
      width = Math.max(width, cellsOfRow.length);
      rows.push({ cells: cellsOfRow, place: place(r), ...formulas ? { formulas } : {} });
    }
    const mergedAcross = fillMerges(sheet?.["!merges"] ?? [], rows, width, LIMITS.cells - cells, place);
    grids.push({ file, sheet: name, place: { file, sheet: name, row: 1 }, rows, headerFixed: false, mergedAcross });
  });
  return { grids, format, hidden };
}
function fillMerges(merges, rows, width, budget, place) {
  const across = /* @__PURE__ */ new Set();
  let filled = 0;
  for (const { s, e } of merges) {
    const value = rows[s.r]?.cells[s.c] ?? "";
    const lastRow = Math.min(e.r, rows.length - 1);
    const lastColumn = Math.min(e.c, width - 1);
    for (let r = s.r; r <= lastRow; r += 1) {
      const row = rows[r];
      for (let c = s.c; c <= lastColumn; c += 1) {
        if (c >= row.cells.length) for (let fill = row.cells.length; fill <= c; fill += 1) row.cells[fill] = "";
        row.cells[c] = value;
        if (e.c > s.c) across.add(`${r}:${c}`);
        if ((filled += 1) > budget) throw new ImportError(place(r), `merged cells cover more than ${LIMITS.cells} cells: too large to import`);
      }
    }
  }
  return across;
}

// src/importers/headers.ts
var PHRASINGS = {
  // The ids of the record, in columns of their own (ropa-lint's export writes them): a record
  // that goes out as a spreadsheet and comes back keeps the ids its notices, ignores and
  // baselines refer to.
  "activity.id": ["activity id", "activity ids", "processing activity id", "activity identifier"],
  "activity.name": [
    "processing activity",
    "processing activities",
    "activity",
    "activities",
    "name of processing",
    "name of the processing activity",
    "processing operation",
    "processing",
    "name of processing activity",
    "activity name",
    "process",
    "process name",
    "traitement",
    "activite de traitement",
    "activites de traitement",
    "activite",
    "activites",
    "nom du traitement",
    "designation des activites",
    "designation du traitement",
    "intitule du traitement",
    "nom de l activite",
    "denomination du traitement",
    "verarbeitungstatigkeit",
    "bezeichnung der verarbeitungstatigkeit",
    "bezeichnung der verarbeitung",
    "verarbeitung",
    "tatigkeit",
    "actividad de tratamiento",
    "actividad",
    "tratamiento",
    "nombre del tratamiento",
    "nombre de la actividad"
  ],
  "activity.reference": [
    "id",
    "ref",
    "reference",
    "ref no",
    "reference number",
    "no",
    "number",
    "n",
    "numero",
    "n de reference",
    "nr",
    "nummer",
    "lfd nr",
    "identificador",
    "num"
  ],
  "activity.description": [
    "description",
    "description of processing",
    "description of the processing",
    "summary",
    "details of processing",
    "description du traitement",
    "descriptif",
    "beschreibung",
    "beschreibung der verarbeitung",
    "descripcion",
    "descripcion del tratamiento"
  ],
  "activity.role": [
    "role",
    "our role",
    "controller or processor",
    "capacity",
    "role controller processor",
    "qualite",
    "role de l organisme",
    "responsable ou sous traitant",
    "rolle",
    "funktion verantwortlicher auftragsverarbeiter",
    "rol",
    "condicion"
  ],
  "activity.function": [
    "business function",
    "function",
    "department",
    "team",
    "business area",
    "business unit",
    "owner",
    "process owner",
    "service",
    "direction",
    "service concerne",
    "direction metier",
    "pole",
    "abteilung",
    "fachbereich",
    "organisationseinheit",
    "departamento",
    "area",
    "unidad"
  ],
  "activity.onBehalfOf": [
    "name and contact details of controller",
    "controller on whose behalf",
    "controller we act for",
    "on behalf of",
    "client controller",
    "responsable de traitement pour le compte duquel",
    "pour le compte de",
    "nom et coordonnees du responsable de traitement",
    "im auftrag von",
    "auftraggeber",
    "verantwortlicher im auftrag",
    "por cuenta de",
    "responsable por cuenta del cual"
  ],
  "activity.jointController": [
    "name and contact details of joint controller",
    "joint controller",
    "joint controllers",
    "joint controllership",
    "responsable conjoint",
    "responsables conjoints",
    "nom du responsable conjoint du traitement",
    "co responsable",
    "gemeinsam verantwortlicher",
    "gemeinsam verantwortliche",
    "gemeinsame verantwortliche",
    "corresponsable",
    "corresponsables"
  ],
  "activity.updated": [
    "last updated",
    "date of last update",
    "updated",
    "last review",
    "last reviewed",
    "date of last review",
    "review date",
    "date de derniere mise a jour",
    "derniere mise a jour",
    "mise a jour",
    "mise a jour de la fiche",
    "date de mise a jour",
    "letzte aktualisierung",
    "stand",
    "aktualisiert am",
    "fecha de actualizacion",
    "ultima actualizacion"
  ],
  "activity.created": [
    "date created",
    "created",
    "creation date",
    "date de creation",
    "date de creation de la fiche",
    "creation de la fiche",
    "erstellt am",
    "datum der anlage",
    "fecha de creacion"
  ],
  "activity.system": [
    "system",
    "systems",
    "application",
    "applications",
    "software",
    "it system",
    "tool",
    "tools",
    "location of personal data",
    "where the data is held",
    "logiciel",
    "nom du logiciel",
    "nom du logiciel ou de l application",
    "application utilisee",
    "outil",
    "system anwendung",
    "anwendung",
    "it verfahren",
    "eingesetzte software",
    "sistema",
    "aplicacion",
    "aplicaciones"
  ],
  "purpose.id": ["purpose id", "purpose ids", "purpose identifier"],
  "purpose.description": [
    "purpose",
    "purposes",
    "purpose of processing",
    "purposes of processing",
    "purpose of the processing",
    "purposes of the processing",
    "processing purpose",
    "processing purposes",
    "purpose description",
    "description of purpose",
    "description of the purpose",
    "why we process",
    "why we use it",
    "reason for processing",
    "categories of processing",
    "finalite",
    "finalites",
    "finalite du traitement",
    "finalites du traitement",
    "finalite principale",
    "objectif",
    "objectifs",
    "objectifs poursuivis",
    "finalites du traitement effectue",
    "sous finalites",
    "finalite s",
    "zweck",
    "zwecke",
    "zweck der verarbeitung",
    "zwecke der verarbeitung",
    "verarbeitungszweck",
    "verarbeitungszwecke",
    "finalidad",
    "finalidades",
    "finalidad del tratamiento",
    "finalidades del tratamiento",
    "fines del tratamiento"
  ],
  "purpose.lawfulBasis": [
    "lawful basis",
    "lawful bases",
    "legal basis",
    "legal bases",
    "article 6 lawful basis",
    "article 6 lawful basis for processing personal data",
    "lawful basis for processing",
    "legal ground",
    "legal grounds",
    "basis for processing",
    "art 6 basis",
    "article 6 basis",
    "gdpr basis",
    "lawful basis art 6",
    "lawful basis article 6",
    "base legale",
    "bases legales",
    "base juridique",
    "fondement juridique",
    "fondement legal",
    "base legale du traitement",
    "lic\xE9it\xE9",
    "liceite",
    "liceite du traitement",
    "rechtsgrundlage",
    "rechtsgrundlagen",
    "rechtsgrundlage der verarbeitung",
    "base juridica",
    "bases juridicas",
    "base de legitimacion",
    "legitimacion",
    "base legal",
    "licitud",
    "base juridica del tratamiento"
  ],
  "purpose.specialCondition": [
    "article 9 basis",
    "article 9 basis for processing special category data",
    "article 9 condition",
    "art 9 condition",
    "special category condition",
    "condition for processing special category data",
    "special category basis",
    "lawful basis article 9",
    "lawful basis art 9",
    "condition article 9",
    "exception article 9",
    "derogation article 9",
    "condition de l article 9",
    "exception au titre de l article 9",
    "base legale article 9",
    "ausnahme nach art 9",
    "ausnahmetatbestand art 9",
    "rechtsgrundlage art 9",
    "excepcion del articulo 9",
    "circunstancia del articulo 9"
  ],
  "purpose.legalReference": [
    "legal basis reference",
    "law relied on",
    "legislation",
    "statutory basis",
    "texte de reference",
    "reference legale",
    "texte legal",
    "gesetzliche grundlage",
    "norma",
    "normativa"
  ],
  "purpose.interest": [
    "legitimate interests for the processing",
    "legitimate interest",
    "legitimate interests",
    "interest pursued",
    "interet legitime",
    "interets legitimes",
    "interet legitime poursuivi",
    "berechtigtes interesse",
    "berechtigte interessen",
    "interes legitimo",
    "intereses legitimos"
  ],
  "purpose.interestAssessment": [
    "link to record of legitimate interests assessment",
    "legitimate interests assessment",
    "lia",
    "link to lia",
    "balancing test",
    "test de mise en balance",
    "analyse de l interet legitime",
    "interessenabwagung",
    "ponderacion",
    "evaluacion del interes legitimo"
  ],
  "purpose.consentRecords": [
    "link to record of consent",
    "record of consent",
    "consent records",
    "proof of consent",
    "preuve du consentement",
    "nachweis der einwilligung",
    "registro del consentimiento",
    "prueba del consentimiento"
  ],
  "purpose.aiTraining": [
    "ai training",
    "used for ai training",
    "used to train ai",
    "ai model training",
    "model training",
    "machine learning",
    "used to train models",
    "entrainement ia",
    "entrainement de modeles",
    "apprentissage automatique",
    "ki training",
    "ki training modelltraining",
    "modelltraining",
    "entrenamiento de ia",
    "entrenamiento de modelos"
  ],
  subjects: [
    "data subjects",
    "categories of data subjects",
    "categories of individuals",
    "individuals",
    "data subject categories",
    "whose data",
    "people",
    "data subject",
    "subjects",
    "categories of people",
    "personnes concernees",
    "categories de personnes concernees",
    "categorie de personnes concernees",
    "personnes",
    "betroffene personen",
    "kategorien betroffener personen",
    "betroffene",
    "betroffenengruppen",
    "interesados",
    "categorias de interesados",
    "colectivo",
    "colectivos",
    "personas afectadas"
  ],
  "subjects.ids": ["data subject ids", "data subject id", "data subjects ids"],
  "categories.ids": ["data category ids", "data category id", "data categories ids"],
  categories: [
    "personal data",
    "categories of personal data",
    "data categories",
    "personal data categories",
    "types of personal data",
    "data collected",
    "data",
    "data processed",
    "categories of data",
    "information",
    "donnees",
    "categories de donnees",
    "categories de donnees personnelles",
    "categories de donnees collectees",
    "donnees collectees",
    "donnees personnelles",
    "donnees traitees",
    "donnees personnelles concernees",
    "categories de donnees personnelles concernees",
    "kategorien personenbezogener daten",
    "personenbezogene daten",
    "datenkategorien",
    "daten",
    "datenarten",
    "categorias de datos",
    "categorias de datos personales",
    "datos personales",
    "datos",
    "tipos de datos"
  ],
  "categories.special": [
    "special category data",
    "special categories",
    "special categories of personal data",
    "sensitive data",
    "special category",
    "donnees sensibles",
    "categories particulieres de donnees",
    "besondere kategorien personenbezogener daten",
    "besondere kategorien",
    "sensible daten",
    "categorias especiales de datos",
    "datos sensibles",
    "categorias especiales"
  ],
  "categories.criminal": [
    "criminal offence data",
    "criminal convictions",
    "criminal data",
    "data relating to criminal convictions and offences",
    "donnees d infraction",
    "infractions condamnations",
    "donnees relatives aux condamnations penales",
    "strafrechtliche daten",
    "daten uber strafrechtliche verurteilungen",
    "datos penales",
    "condenas e infracciones penales"
  ],
  "categories.source": [
    "source of personal data",
    "source of the personal data",
    "source",
    "sources",
    "data source",
    "data sources",
    "where data comes from",
    "origin of data",
    "source des donnees",
    "origine des donnees",
    "provenance des donnees",
    "herkunft der daten",
    "datenquelle",
    "datenherkunft",
    "origen de los datos",
    "procedencia de los datos",
    "fuente de los datos"
  ],
  children: ["children", "childrens data", "minors", "enfants", "mineurs", "donnees de mineurs", "kinder", "minderjahrige", "menores", "ninos"],
  recipients: [
    "recipients",
    "categories of recipients",
    "recipient",
    "recipient categories",
    "who we share with",
    "shared with",
    "disclosed to",
    "destinataires",
    "categories de destinataires",
    "categories de destinataires des donnees",
    "destinataires des donnees",
    "empfanger",
    "kategorien von empfangern",
    "empfangerkategorien",
    "destinatarios",
    "categorias de destinatarios"
  ],
  processors: [
    "processors",
    "processor",
    "data processors",
    "sub processors",
    "service providers",
    "vendors",
    "suppliers",
    "sous traitants",
    "sous traitant",
    "prestataires",
    "auftragsverarbeiter",
    "dienstleister",
    "encargados del tratamiento",
    "encargado del tratamiento",
    "encargados",
    "proveedores"
  ],
  "processors.contract": [
    "link to contract with processor",
    "processor contract",
    "contract with processor",
    "data processing agreement",
    "dpa",
    "dpa reference",
    "link to dpa",
    "contrat de sous traitance",
    "contrat avec le sous traitant",
    "av vertrag",
    "auftragsverarbeitungsvertrag",
    "contrato de encargo",
    "contrato de encargado"
  ],
  transfers: [
    "names of third countries or international organisations that personal data are transferred to",
    "transfers to third countries",
    "international transfers",
    "third countries",
    "third country transfers",
    "transfers",
    "transfers outside the eea",
    "transfers outside the uk",
    "countries",
    "transferts hors ue",
    "transferts des donnees hors ue",
    "transferts",
    "transferts hors de l union europeenne",
    "pays",
    "transfert hors ue",
    "ubermittlung in drittlander",
    "ubermittlungen in drittlander",
    "drittlandubermittlung",
    "drittlander",
    "transferencias internacionales",
    "transferencias internacionales de datos",
    "transferencias a terceros paises",
    "paises"
  ],
  "transfers.safeguards": [
    "safeguards for exceptional transfers of personal data to third countries or international organisations",
    "safeguards",
    "transfer safeguards",
    "transfer mechanism",
    "transfer mechanisms",
    "safeguards for transfers",
    "appropriate safeguards",
    "garanties",
    "garanties appropriees",
    "type de garanties",
    "mecanisme de transfert",
    "garanties pour les transferts",
    "geeignete garantien",
    "garantien",
    "garantias",
    "garantias adecuadas",
    "mecanismo de transferencia"
  ],
  retention: [
    "retention",
    "retention schedule",
    "retention period",
    "retention periods",
    "how long we keep it",
    "storage period",
    "time limits for erasure",
    "duree de conservation",
    "durees de conservation",
    "duree de conservation des donnees",
    "durees de conservation des categories de donnees",
    "conservation",
    "loschfrist",
    "loschfristen",
    "speicherdauer",
    "aufbewahrungsfrist",
    "aufbewahrungsdauer",
    "fristen fur die loschung",
    "plazo de conservacion",
    "plazos de conservacion",
    "plazo de supresion",
    "conservacion"
  ],
  security: [
    "general description of technical and organisational security measures",
    "security measures",
    "technical and organisational measures",
    "technical and organizational measures",
    "toms",
    "tom",
    "security",
    "mesures de securite",
    "mesures de securite techniques et organisationnelles",
    "securite",
    "technische und organisatorische massnahmen",
    "massnahmen",
    "sicherheitsmassnahmen",
    "medidas de seguridad",
    "medidas tecnicas y organizativas",
    "seguridad"
  ],
  "dpia.required": [
    "data protection impact assessment required",
    "dpia required",
    "dpia needed",
    "is a dpia required",
    "aipd requise",
    "aipd necessaire",
    "analyse d impact requise",
    "dsfa erforderlich",
    "dsfa notwendig",
    "eipd necesaria",
    "eipd requerida"
  ],
  "dpia.status": [
    "dpia progress",
    "dpia status",
    "dpia",
    "data protection impact assessment",
    "impact assessment",
    "etat de l aipd",
    "aipd",
    "analyse d impact",
    "analyse d impact relative a la protection des donnees",
    "statut aipd",
    "dsfa",
    "datenschutz folgenabschatzung",
    "stand der dsfa",
    "eipd",
    "evaluacion de impacto",
    "estado de la eipd"
  ],
  "dpia.reference": [
    "link to data protection impact assessment",
    "link to dpia",
    "dpia reference",
    "dpia link",
    "lien vers l aipd",
    "reference de l aipd",
    "lien vers l analyse d impact",
    "verweis auf dsfa",
    "link zur dsfa",
    "link zur datenschutz folgenabschatzung",
    "enlace a la eipd",
    "referencia eipd",
    "enlace a la evaluacion de impacto"
  ],
  automatedDecisions: [
    "existence of automated decision making including profiling",
    "automated decision making",
    "automated decisions",
    "profiling",
    "automated decision making profiling",
    "decision automatisee",
    "decisions automatisees",
    "prise de decision automatisee",
    "profilage",
    "automatisierte entscheidung",
    "automatisierte entscheidungsfindung",
    "profiling",
    "decisiones automatizadas",
    "decisiones individuales automatizadas",
    "elaboracion de perfiles"
  ],
  "controller.name": [
    "name and contact details of your organisation",
    "controller",
    "organisation",
    "organization",
    "organisation name",
    "company",
    "company name",
    "data controller",
    "name of controller",
    "controller name",
    "responsable du traitement",
    "responsable de traitement",
    "organisme",
    "nom de l organisme",
    "raison sociale",
    "nom",
    "verantwortlicher",
    "verantwortliche stelle",
    "name des verantwortlichen",
    "unternehmen",
    "responsable del tratamiento",
    "responsable",
    "entidad",
    "razon social"
  ],
  "controller.contact": [
    "contact details",
    "contact",
    "controller contact",
    "address",
    "adresse",
    "coordonnees",
    "kontaktdaten",
    "anschrift",
    "datos de contacto",
    "direccion",
    "contacto"
  ],
  "controller.dpo": [
    "name and contact details of your data protection officer",
    "data protection officer",
    "dpo",
    "dpo contact",
    "delegue a la protection des donnees",
    "dpd",
    "dpo dpd",
    "coordonnees du dpo",
    "datenschutzbeauftragter",
    "datenschutzbeauftragte",
    "dsb",
    "delegado de proteccion de datos",
    "dpd contacto"
  ],
  "controller.representative": [
    "name and contact details of your representative",
    "representative",
    "eu representative",
    "uk representative",
    "representant",
    "representant dans l ue",
    "vertreter",
    "vertreter in der union",
    "representante",
    "representante en la ue"
  ],
  "record.owner": ["record owner", "owner of this record", "maintained by", "completed by", "tenu par", "redige par", "erstellt von", "gepflegt von", "elaborado por"],
  "record.updated": ["record last updated", "record updated", "date of this record", "version date", "date du registre", "stand des verzeichnisses", "fecha del registro"]
};
var ORGANISATION_FIELDS = /* @__PURE__ */ new Set([
  "controller.name",
  "controller.contact",
  "controller.dpo",
  "controller.representative",
  "record.owner",
  "record.updated"
]);
var DISTINCTIVE = /* @__PURE__ */ new Set([
  "purpose",
  "purposes",
  "finalite",
  "finalites",
  "zweck",
  "zwecke",
  "verarbeitungszweck",
  "verarbeitungszwecke",
  "finalidad",
  "finalidades",
  "recipients",
  "destinataires",
  "empfanger",
  "destinatarios",
  "retention",
  "loschfrist",
  "loschfristen",
  "rechtsgrundlage",
  "legitimacion",
  "interesados",
  "auftragsverarbeiter",
  "datenschutzbeauftragter",
  "verarbeitungstatigkeit",
  "dpia",
  "aipd",
  "dsfa",
  "eipd",
  "processors"
]);
var EXACT = /* @__PURE__ */ new Map();
var CONTAINED = [];
for (const [field, phrasings] of Object.entries(PHRASINGS)) {
  for (const phrasing of phrasings) {
    const form = headingWords(phrasing);
    if (!EXACT.has(form)) EXACT.set(form, field);
    if (form.includes(" ") || DISTINCTIVE.has(form)) CONTAINED.push({ words: form, field });
  }
}
CONTAINED.sort((a, b) => b.words.length - a.words.length);
var VALUE_HEADINGS = new Set(
  ["value", "values", "valeur", "valeurs", "wert", "angabe", "angaben", "valor", "answer", "response", "reponse", "respuesta", "details", "detail", "entry", "contenu", "inhalt", "contenido", "information", "informations", "informationen", "informacion"].map((word) => headingWords(word))
);
var FIELD_HEADINGS = new Set(
  ["field", "fields", "item", "question", "heading", "attribute", "key", "champ", "rubrique", "element", "feld", "merkmal", "campo", "elemento", "apartado"].map((word) => headingWords(word))
);
var EXPLANATION_HEADINGS = new Set(
  ["description", "meaning", "guidance", "explanation", "instructions", "instruction", "example", "examples", "what to enter", "how to complete", "notes", "help", "definition", "required", "mandatory", "signification", "explication", "consignes", "exemple", "aide", "erlauterung", "erklarung", "beispiel", "hinweis", "hinweise", "explicacion", "ejemplo", "ayuda", "significado"].map((word) => headingWords(word))
);
var NOT_A_FIELD = new Set(
  ["personal data breaches", "data breaches", "breaches", "violations de donnees", "datenpannen", "brechas de seguridad", "rights available to individuals"].map((heading) => headingWords(heading))
);
var LINK_WORDS = ["link", "url", "location", "reference", "ref", "document", "lien", "emplacement", "verweis", "ablageort", "fundstelle", "enlace", "referencia", "ubicacion"];
function matchHeading(heading) {
  const form = headingWords(heading);
  if (form === "" || NOT_A_FIELD.has(form)) return void 0;
  const field = EXACT.get(form) ?? CONTAINED.find(({ words: words2 }) => containsPhrase(form, words2))?.field;
  if (field === "dpia.status" && LINK_WORDS.some((word) => containsPhrase(form, word))) return "dpia.reference";
  return field;
}
function isValueHeading(heading) {
  return VALUE_HEADINGS.has(headingWords(heading));
}
function isFieldHeading(heading) {
  return FIELD_HEADINGS.has(headingWords(heading));
}
function isExplanationHeading(heading) {
  return EXPLANATION_HEADINGS.has(headingWords(heading));
}
var FIELD_KEYS = Object.keys(PHRASINGS);

// src/importers/write.ts
var import_yaml2 = __toESM(require_dist(), 1);
var INVENTORY_SCHEMA_URL = "https://raw.githubusercontent.com/ropa-lint/ropa-lint/main/schemas/inventory.schema.json";
function needs(what) {
  return `[NEEDS ${what}]`;
}
function buildInventory(builder) {
  const comments = [];
  const firstFile = { file: builder.files[0]?.file ?? "" };
  const controller = {};
  if (builder.controller.name) controller.name = builder.controller.name.value;
  else {
    controller.name = needs("the controller's name");
    builder.report("placeholder", firstFile, "the source names no controller: controller.name is written as [NEEDS the controller's name]");
  }
  if (builder.controller.contact) controller.contact = builder.controller.contact.value;
  if (builder.controller.dpo) controller.dpo = builder.controller.dpo.value;
  if (builder.controller.representative) controller.representative = builder.controller.representative.value;
  if (builder.jointControllers.size > 0) controller.joint_controllers = [...builder.jointControllers.values()].map((party) => ({ ...party }));
  const inventory = { version: 1, controller };
  const record = {};
  if (builder.record.owner) record.owner = builder.record.owner.value;
  if (builder.record.updated) record.updated = builder.record.updated.value;
  if (Object.keys(record).length > 0) inventory.record = record;
  inventory.data_subjects = [...builder.subjects.values()].map((subject) => {
    const out = { id: subject.id, name: subject.name };
    if (subject.children !== void 0) out.children = subject.children;
    return out;
  });
  const assumed = /* @__PURE__ */ new Map();
  inventory.data_categories = [...builder.categories.values()].map((category) => {
    if (category.source === void 0) {
      category.source = "provided-by-subject";
      const key = describePlace(category.place);
      const group = assumed.get(key) ?? { place: category.place, names: [] };
      group.names.push(quote2(category.name));
      assumed.set(key, group);
    }
    const out = { id: category.id, name: category.name, source: category.source };
    if (category.special !== void 0) out.special = [...category.special];
    if (category.criminal !== void 0) out.criminal = category.criminal;
    if (category.retention !== void 0) out.retention = category.retention;
    for (const [key, value] of category.x) out[key] = value;
    return out;
  });
  for (const { place, names } of assumed.values()) {
    builder.report(
      "inferred",
      place,
      `data ${names.length === 1 ? "category" : "categories"} ${names.join(", ")}: source provided-by-subject assumed, as the record does not say where the data comes from (change it for data from elsewhere: third-party, public, observed, inferred)`
    );
  }
  const activities = [];
  let index = 0;
  for (const activity of builder.activities.values()) {
    if (activity.purposes.length === 0) {
      builder.purpose(activity, needs(`the purpose of ${activity.name}`), activity.place, `${activity.name} purpose`);
      builder.report("placeholder", activity.place, `activity ${quote2(activity.name)} names no purpose: one purpose is written as [NEEDS the purpose of ${activity.name}]`);
    }
    placeRowExtensions(activity);
    activities.push(activityJson(activity));
    comments.push({ path: ["processing_activities", index], text: ` from ${describePlace(activity.place)}` });
    activity.purposes.forEach((purpose, purposeIndex) => {
      if (purposeIndex > 0 && !samePlace2(purpose.place, activity.place)) {
        comments.push({ path: ["processing_activities", index, "purposes", purposeIndex], text: ` from ${describePlace(purpose.place)}` });
      }
    });
    index += 1;
  }
  inventory.processing_activities = activities;
  for (const [key, value] of builder.rootExtensions) inventory[key] = value;
  return { inventory, comments };
}
function quote2(text2) {
  return `"${text2.length > 60 ? `${text2.slice(0, 59)}\u2026` : text2}"`;
}
function samePlace2(a, b) {
  return a.file === b.file && a.sheet === b.sheet && a.row === b.row && a.line === b.line;
}
function placeRowExtensions(activity) {
  const keys = /* @__PURE__ */ new Set();
  for (const purpose of activity.purposes) for (const key of purpose.rowX.keys()) keys.add(key);
  for (const key of keys) {
    const values = activity.purposes.map((purpose) => purpose.rowX.has(key) ? JSON.stringify(purpose.rowX.get(key)) : void 0);
    const first = values[0];
    const shared = first !== void 0 && values.every((value) => value === first) && !activity.x.has(key);
    if (shared) {
      activity.x.set(key, activity.purposes[0].rowX.get(key));
      for (const purpose of activity.purposes) purpose.rowX.delete(key);
    }
  }
}
function purposeJson(purpose) {
  const out = { id: purpose.id, description: purpose.description, ai_training: purpose.aiTraining };
  if (purpose.lawfulBasis !== void 0) out.lawful_basis = purpose.lawfulBasis;
  if (purpose.legalBasisReference !== void 0) out.legal_basis_reference = purpose.legalBasisReference;
  if (purpose.specialCondition !== void 0) out.special_category_condition = purpose.specialCondition;
  if (purpose.interest !== void 0 || purpose.interestAssessment !== void 0) {
    const interests = {};
    if (purpose.interest !== void 0) interests.interest = purpose.interest;
    if (purpose.interestAssessment !== void 0) interests.assessment = purpose.interestAssessment;
    out.legitimate_interests = interests;
  }
  for (const [key, value] of purpose.x) out[key] = value;
  for (const [key, value] of purpose.rowX) if (!(key in out)) out[key] = value;
  return out;
}
function activityJson(activity) {
  const out = { id: activity.id, name: activity.name };
  if (activity.description !== void 0) out.description = activity.description;
  out.role = activity.role ?? "controller";
  if (activity.onBehalfOf.length > 0) out.on_behalf_of = activity.onBehalfOf.map((party) => ({ ...party }));
  out.data_subjects = [...activity.subjects];
  out.data_categories = [...activity.categories];
  out.purposes = activity.purposes.map(purposeJson);
  if (activity.recipients !== void 0) out.recipients = [...activity.recipients];
  if (activity.processors !== void 0) {
    out.processors = activity.processors.map((processor) => {
      const entry = { name: processor.name };
      if (processor.dpa !== void 0) entry.dpa = processor.dpa;
      if (processor.dpaReference !== void 0) entry.dpa_reference = processor.dpaReference;
      if (processor.country !== void 0) entry.country = processor.country;
      for (const [key, value] of processor.x) entry[key] = value;
      return entry;
    });
  }
  if (activity.transfers !== void 0) {
    out.transfers = activity.transfers.map((transfer) => {
      const entry = {};
      if (transfer.country !== void 0) entry.country = transfer.country;
      if (transfer.mechanism !== void 0) entry.mechanism = transfer.mechanism;
      if (transfer.safeguardReference !== void 0) entry.safeguard_reference = transfer.safeguardReference;
      return entry;
    });
  }
  if (activity.retention !== void 0) out.retention = activity.retention;
  if (activity.security !== void 0) out.security_measures = [...activity.security];
  if (activity.dpia !== void 0) out.dpia = { ...activity.dpia };
  if (activity.automatedDecisions !== void 0) out.automated_decision_making = activity.automatedDecisions;
  for (const [key, value] of activity.x) out[key] = value;
  return out;
}
var FLOW_KEYS = ["data_subjects", "data_categories"];
function toYaml(annotated, sources) {
  const document = new import_yaml2.Document(annotated.inventory);
  document.commentBefore = [
    ` yaml-language-server: $schema=${INVENTORY_SCHEMA_URL}`,
    ` Imported by \`ropa-lint import\` from ${sources.join(", ")}.`,
    " Check it with `npx ropa-lint <this file>`: the findings name what the source did not say."
  ].join("\n");
  const flow = (path2) => {
    const node = document.getIn(path2, true);
    if ((0, import_yaml2.isSeq)(node) && node.items.every((item) => (0, import_yaml2.isScalar)(item))) node.flow = true;
  };
  const json = annotated.inventory;
  json.data_categories.forEach((_, index) => flow(["data_categories", index, "special"]));
  json.processing_activities.forEach((_, index) => {
    for (const key of FLOW_KEYS) flow(["processing_activities", index, key]);
  });
  for (const { path: path2, text: text2 } of annotated.comments) {
    const node = document.getIn(path2, true);
    if ((0, import_yaml2.isMap)(node)) node.commentBefore = text2;
  }
  if ((0, import_yaml2.isMap)(document.contents)) {
    for (const pair of document.contents.items) {
      const key = pair.key;
      if (["data_subjects", "data_categories", "processing_activities"].includes(String(key.value))) key.spaceBefore = true;
    }
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

// src/importers/tables.ts
var HEADER_SEARCH_ROWS = 40;
var EXAMPLE_SHEET = /\b(?:example|examples|exemple|exemples|beispiel|ejemplo|sample|guidance|instructions?|read ?me|how to use|mode d emploi|lisez moi|anleitung|ausfullhinweise|instrucciones)\b/u;
var INSTRUCTION_SHEET = /\b(?:notes?|introduction|intro|guide|notice|aide|hinweise|help|ayuda|guia|cover|about|glossary|glossaire|glossar|definitions?|lists?|listes?|dropdowns?|lookups?|validation|lookup)\b/u;
var LIST_FIELDS = /* @__PURE__ */ new Set(["subjects", "categories", "categories.special", "recipients", "processors", "transfers", "security"]);
var scopeCounter = 0;
function importGrids(grids, builder) {
  for (const grid of grids) importGrid(grid, builder);
}
function isBlank(row) {
  return row.cells.every((cell) => cell.trim() === "");
}
function importGrid(grid, builder) {
  const rows = grid.rows;
  if (rows.every(isBlank)) {
    if (grid.sheet !== void 0) builder.report("skipped", grid.place, "empty sheet");
    return;
  }
  if (grid.sheet !== void 0 && EXAMPLE_SHEET.test(words(grid.sheet))) {
    builder.report("skipped", grid.place, `sheet "${grid.sheet}" holds the template's instructions or example, not the record (rename the sheet to import it)`);
    return;
  }
  if (grid.headerFixed) {
    const header2 = { index: 0, top: 0, headings: rows[0].cells, dataStart: 1 };
    for (const heading of header2.headings) refusePrototypeKey(heading, rows[0].place, "column heading");
    if (isFieldValueHeader(grid, header2)) importFieldValues(grid, isFieldHeading(rows[0].cells[0] ?? "") || isValueHeading(rows[0].cells[1] ?? "") ? 1 : 0, builder);
    else if (isRecordHeader(fieldsOf(header2.headings))) importRecordTable(grid, header2, builder);
    else builder.report("skipped", grid.place, `${describeTable(grid)} is not a record: ${whyNotRecord(grid)}; not imported`);
    return;
  }
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) for (const cell of row.cells) refusePrototypeKey(cell, row.place, "column heading");
  if (looksLikeFieldValues(grid)) {
    importFieldValues(grid, 0, builder);
    return;
  }
  const header = findHeader(grid);
  if (header !== void 0) {
    importRecordTable(grid, header, builder);
    return;
  }
  const index = findIndex(grid);
  if (index !== void 0) readTitleRows(grid, { index, top: index, headings: [], dataStart: index + 1 }, builder);
  else if (organisationOnly(grid)) {
    importFieldValues(grid, 0, builder);
    return;
  }
  builder.report("skipped", grid.place, `${describeTable(grid)} is not a record: ${whyNotRecord(grid)}; not imported`);
}
function findIndex(grid) {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) if (isIndexHeader(fieldsOf(grid.rows[index].cells))) return index;
  return void 0;
}
function describeTable(grid) {
  if (grid.sheet !== void 0) return `sheet "${grid.sheet}"`;
  if (grid.headerFixed) return grid.heading !== void 0 ? `the table under "${grid.heading}"` : "the table";
  return "the file";
}
function fieldsOf(cells) {
  return cells.map((cell) => matchHeading(cell));
}
var INDEX_FIELDS = /* @__PURE__ */ new Set(["activity.name", "activity.reference", "activity.created", "activity.updated", "activity.function", "activity.description"]);
function namedFields(fields) {
  return new Set(fields.filter((field) => field !== void 0 && !ORGANISATION_FIELDS.has(field)));
}
function isRecordHeader(fields) {
  const named = namedFields(fields);
  return (named.has("purpose.description") || named.has("activity.name")) && named.size >= 2 && [...named].some((field) => !INDEX_FIELDS.has(field));
}
function isIndexHeader(fields) {
  const named = namedFields(fields);
  return named.has("activity.name") && named.size >= 2 && [...named].every((field) => INDEX_FIELDS.has(field));
}
function findHeader(grid) {
  const rows = grid.rows;
  if (grid.headerFixed) {
    const headings = rows[0].cells;
    return isRecordHeader(fieldsOf(headings)) ? { index: 0, top: 0, headings, dataStart: 1 } : void 0;
  }
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const cells = rows[index].cells;
    if (!isRecordHeader(fieldsOf(cells))) continue;
    return twoRowHeader(grid, index) ?? { index, top: index, headings: cells, dataStart: index + 1 };
  }
  return void 0;
}
function twoRowHeader(grid, index) {
  const merged = grid.mergedAcross;
  const below = grid.rows[index + 1];
  if (merged === void 0 || below === void 0) return void 0;
  const top = grid.rows[index].cells;
  const width = Math.max(top.length, below.cells.length);
  let groups = 0;
  const headings = [];
  for (let column = 0; column < width; column += 1) {
    const upper = top[column] ?? "";
    const lower = below.cells[column] ?? "";
    if (merged.has(`${index}:${column}`)) {
      if (lower.trim() === "") return void 0;
      groups += 1;
      headings.push(matchHeading(lower) !== void 0 ? lower : `${upper} ${lower}`);
    } else {
      if (lower.trim() !== "" && lower.trim() !== upper.trim()) return void 0;
      headings.push(upper);
    }
  }
  return groups > 0 ? { index: index + 1, top: index, headings, dataStart: index + 2 } : void 0;
}
function isFieldValueHeader(grid, header) {
  const used = usedColumns(grid);
  if (used > 2) return false;
  const [first = "", second = ""] = header.headings;
  if (isValueHeading(second)) return true;
  if (isExplanationHeading(second)) return false;
  return matchHeading(first) !== void 0 && matchHeading(second) === void 0 && labelledRows(grid, 0) >= 3;
}
function usedColumns(grid) {
  let used = 0;
  for (const row of grid.rows) {
    for (let column = row.cells.length - 1; column >= used; column -= 1) {
      if (row.cells[column].trim() !== "") {
        used = column + 1;
        break;
      }
    }
  }
  return used;
}
function labelledRows(grid, from) {
  let count2 = 0;
  for (const row of grid.rows.slice(from)) {
    const label = row.cells.find((cell) => cell.trim() !== "");
    if (label !== void 0 && matchHeading(label) !== void 0) count2 += 1;
  }
  return count2;
}
function countLabels(grid) {
  const count2 = { labelled: 0, record: 0, filled: 0 };
  for (const row of grid.rows) {
    const filled = row.cells.filter((cell) => cell.trim() !== "");
    if (filled.length === 0) continue;
    count2.filled += 1;
    const pair = labelAndValue(row);
    const field = pair ? matchHeading(pair.label) : void 0;
    if (field === void 0) continue;
    count2.labelled += 1;
    if (!ORGANISATION_FIELDS.has(field)) count2.record += 1;
  }
  return count2;
}
function looksLikeFieldValues(grid) {
  if (usedColumns(grid) > 3) return false;
  const { labelled, record, filled } = countLabels(grid);
  return record >= 3 && labelled * 5 >= filled * 2;
}
function organisationOnly(grid) {
  const { labelled, record, filled } = countLabels(grid);
  return labelled >= 1 && record === 0 && labelled * 2 >= filled;
}
var PROCESSOR_WORDS = ["processor", "processors", "sub processor", "sub processors", "vendor", "vendors", "supplier", "suppliers", "service provider", "sous traitant", "sous traitants", "prestataire", "auftragsverarbeiter", "dienstleister", "encargado", "encargados", "proveedor"];
var SECURITY_WORDS = ["security measure", "security measures", "measure", "measures", "control", "controls", "mesure", "mesures", "massnahme", "massnahmen", "medida", "medidas", "tom", "toms"];
function whyNotRecord(grid) {
  let best = grid.rows.find((row) => !isBlank(row));
  let bestCount = 0;
  for (const row of grid.headerFixed ? [] : grid.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const count2 = namedFields(fieldsOf(row.cells)).size;
    if (count2 > bestCount) [best, bestCount] = [row, count2];
  }
  const headings = best?.cells.filter((cell) => cell.trim() !== "") ?? [];
  const fields = fieldsOf(headings);
  const first = words(headings[0] ?? "");
  const sheetName = grid.sheet !== void 0 ? words(grid.sheet) : "";
  const named = namedFields(fields);
  if (named.has("activity.name") && [...named].every((field) => INDEX_FIELDS.has(field))) {
    return "it lists activities by name only (an index); their details are read where the record gives them";
  }
  if (fields.includes("processors") || PROCESSOR_WORDS.some((word) => first === word || first.startsWith(`${word} `))) return "it lists processors, not processing activities";
  if (fields.includes("security") || SECURITY_WORDS.some((word) => first === word || first.startsWith(`${word} `))) return "it lists security measures, not processing activities";
  if (isFieldHeading(headings[0] ?? "") || headings.length >= 2 && headings.slice(1).some((heading) => isExplanationHeading(heading))) {
    return "it describes the record's fields (a comparison or the template's instructions), it holds no values";
  }
  if (grid.rows.length > 1 && labelledRows(grid, 1) >= 3) return "it describes the record's fields (a comparison or the template's instructions), it holds no values";
  if (INSTRUCTION_SHEET.test(sheetName) || headings.length === 1) return "it holds text, not a table of activities (instructions or notes)";
  const shown = headings.slice(0, 4).map((heading) => quote(heading, 30)).join(", ");
  return `no column heading names a purpose or an activity${shown ? ` (headings: ${shown}${headings.length > 4 ? ", \u2026" : ""})` : ""}`;
}
function columnsOf(grid, header, builder) {
  const place = grid.rows[header.index].place;
  const width = Math.max(header.headings.length, ...grid.rows.slice(header.dataStart).map((row) => row.cells.length));
  const columns = [];
  const taken = /* @__PURE__ */ new Map();
  const extensionKeys = /* @__PURE__ */ new Set();
  for (let index = 0; index < width; index += 1) {
    const heading = tidy(header.headings[index] ?? "");
    refusePrototypeKey(heading, place, "column heading");
    const hasData = grid.rows.slice(header.dataStart).some((row) => (row.cells[index] ?? "").trim() !== "");
    if (!hasData) continue;
    let field = heading === "" ? void 0 : matchHeading(heading);
    if (field !== void 0 && taken.has(field) && !LIST_FIELDS.has(field)) {
      builder.report("unmapped", place, `column ${quote(heading, 50)} is a second column for the same field as ${quote(taken.get(field).heading, 50)}; kept as an x- key`);
      field = void 0;
    }
    if (field !== void 0) {
      taken.set(field, taken.get(field) ?? { index, heading, field });
      columns.push({ index, heading, field });
      continue;
    }
    let extension = `x-${slugify(heading) || `column-${columnLetter(index)}`}`;
    for (let counter = 2; extensionKeys.has(extension); counter += 1) extension = `x-${slugify(heading) || "column"}-${counter}`;
    extensionKeys.add(extension);
    columns.push({ index, heading: heading || `column ${columnLetter(index)}`, extension });
    builder.report("unmapped", place, `column ${quote(heading || columnLetter(index), 50)} has no field in the format; kept as ${extension}`);
  }
  return columns;
}
function columnLetter(index) {
  let name = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + (rest - 1) % 26) + name;
  return name;
}
var KEPT_AS = {
  "activity.function": "x-business-function",
  "activity.reference": "x-reference",
  "activity.updated": "x-updated",
  "activity.created": "x-created",
  "activity.system": "x-systems",
  "purpose.consentRecords": "x-consent-records (a consent block needs how consent is collected, which the table does not say)"
};
function importRecordTable(grid, header, builder) {
  readTitleRows(grid, header, builder);
  const columns = columnsOf(grid, header, builder);
  const headerPlace = grid.rows[header.index].place;
  for (const column of columns) {
    const kept = column.field !== void 0 ? KEPT_AS[column.field] : void 0;
    if (kept !== void 0) builder.report("unmapped", headerPlace, `column ${quote(column.heading, 50)} has no field in the format; kept as ${kept}`);
  }
  const fields = new Set(columns.map((column) => column.field));
  const context = {
    scope: `table-${scopeCounter += 1}`,
    hasActivityColumn: fields.has("activity.name") || fields.has("activity.reference"),
    hasSubjectColumn: fields.has("subjects")
  };
  if (!context.hasSubjectColumn) {
    const subject = builder.subject(needs("the people whose data this is"), headerPlace);
    context.placeholderSubject = subject;
    builder.report("placeholder", headerPlace, `no column names the data subjects: every activity of this table gets the placeholder subject ${subject.id}`);
  }
  if (!fields.has("categories")) builder.report("placeholder", headerPlace, "no column names the categories of personal data: data_categories is left empty for the rules to report");
  let previous;
  for (const row of grid.rows.slice(header.dataStart)) {
    if (isBlank(row)) continue;
    builder.rowsRead += 1;
    const values = { place: row.place, fields: /* @__PURE__ */ new Map(), extensions: [] };
    for (const column of columns) {
      const text2 = row.cells[column.index] ?? "";
      if (text2.trim() === "") continue;
      noteFormula(builder, row, column.index, column.heading, text2);
      const value = { text: text2, place: row.place, heading: column.heading };
      if (column.field === void 0) values.extensions.push({ key: column.extension, value });
      else {
        const existing = values.fields.get(column.field);
        values.fields.set(column.field, existing ? { ...existing, text: `${existing.text}
${text2}` } : value);
      }
    }
    const activity = importRecordRow(builder, values, { ...context, ...previous ? { previous } : {} });
    if (activity) previous = activity;
  }
}
function readTitleRows(grid, header, builder) {
  for (const row of grid.rows.slice(0, header.top)) {
    if (isBlank(row) || readOrganisationRow(row, builder)) continue;
    const text2 = row.cells.filter((cell, index) => cell.trim() !== "" && cell !== row.cells[index - 1]).join(" | ");
    builder.report("skipped", row.place, `title row above the header: ${quote(text2)}`);
  }
}
function labelAndValue(row) {
  const filled = row.cells.filter((cell) => cell.trim() !== "");
  if (filled.length >= 2) return { label: filled[0], value: [...new Set(filled.slice(1))].join("\n") };
  const colon = /^([^:]{2,80}):\s*(.+)$/su.exec(filled[0] ?? "");
  return colon ? { label: colon[1], value: colon[2] } : void 0;
}
function readOrganisationRow(row, builder) {
  const pair = labelAndValue(row);
  if (pair === void 0) return false;
  const field = matchHeading(pair.label);
  if (field === void 0 || !ORGANISATION_FIELDS.has(field)) return false;
  importOrganisation(builder, { place: row.place, fields: /* @__PURE__ */ new Map([[field, { text: pair.value, place: row.place, heading: tidy(pair.label) }]]), extensions: [] });
  return true;
}
function noteFormula(builder, row, column, heading, text2) {
  if (row.formulas?.has(column)) {
    builder.report("inferred", row.place, `column ${quote(heading, 40)} holds a formula: its last computed value ${quote(text2, 40)} was used (formulas are never run)`);
  } else if (looksLikeFormula(text2)) {
    builder.report("inferred", row.place, `column ${quote(heading, 40)}: ${quote(text2, 40)} looks like a spreadsheet formula; kept as text, never run`);
  }
}
var NOTE_LABELS = new Set(
  ["notes", "note", "comments", "comment", "remarks", "observations", "observation", "remarques", "remarque", "commentaires", "commentaire", "bemerkungen", "bemerkung", "anmerkungen", "anmerkung", "hinweis", "observaciones", "comentarios", "notas"].map((word) => words(word))
);
function importFieldValues(grid, from, builder) {
  const scope = `table-${scopeCounter += 1}`;
  let block;
  let blockHasRecordField = false;
  let listField;
  const blocks = [];
  const start = (place) => ({ place, fields: /* @__PURE__ */ new Map(), extensions: [] });
  for (const row of grid.rows.slice(from)) {
    if (isBlank(row)) continue;
    const pair = labelAndValue(row) ?? { label: row.cells.find((cell) => cell.trim() !== ""), value: "" };
    const label = tidy(pair.label);
    refusePrototypeKey(label, row.place, "field heading");
    const value = pair.value;
    const field = matchHeading(label);
    builder.rowsRead += 1;
    if (field !== void 0) {
      if (field === "activity.name" && block?.fields.has("activity.name")) {
        blocks.push({ values: block, record: blockHasRecordField });
        block = void 0;
        blockHasRecordField = false;
      }
      block ??= start(row.place);
      if (!ORGANISATION_FIELDS.has(field)) blockHasRecordField = true;
      listField = LIST_FIELDS.has(field) && tidy(value) === "" ? { field, heading: label } : void 0;
      if (tidy(value) === "") continue;
      noteFormula(builder, row, 1, label, value);
      const existing = block.fields.get(field);
      block.fields.set(field, existing ? { ...existing, text: `${existing.text}
${value}` } : { text: value, place: row.place, heading: label });
      continue;
    }
    block ??= start(row.place);
    if (NOTE_LABELS.has(words(label))) listField = void 0;
    if (listField !== void 0) {
      const answer = words(value);
      if (["no", "non", "nein", "n", "false"].includes(answer)) {
        builder.report("skipped", row.place, `${quote(label, 40)} answered ${quote(value, 10)}: not collected, left out`);
        continue;
      }
      const item = value === "" || ["yes", "oui", "ja", "si", "x", "true"].includes(answer) ? label : `${label}: ${tidy(value)}`;
      const existing = block.fields.get(listField.field);
      block.fields.set(listField.field, existing ? { ...existing, text: `${existing.text}
${item}` } : { text: item, place: row.place, heading: listField.heading });
      blockHasRecordField = true;
      continue;
    }
    if (tidy(value) === "") {
      builder.report("skipped", row.place, `${quote(label, 60)} has no value; not imported`);
      continue;
    }
    const key = `x-${slugify(label) || "field"}`;
    block.extensions.push({ key, value: { text: value, place: row.place, heading: label } });
    builder.report("unmapped", row.place, `${quote(label, 50)} has no field in the format; kept as ${key}`);
  }
  if (block) blocks.push({ values: block, record: blockHasRecordField });
  for (const { values, record } of blocks) {
    if (!record) {
      importOrganisation(builder, values);
      for (const { key, value } of values.extensions) if (!builder.rootExtensions.has(key)) builder.rootExtensions.set(key, tidy(value.text));
      continue;
    }
    const context = {
      scope,
      hasActivityColumn: values.fields.has("activity.name"),
      hasSubjectColumn: values.fields.has("subjects"),
      ...values.fields.has("activity.name") ? {} : { defaultName: grid.heading ?? grid.sheet ?? needs("the name of this activity") }
    };
    if (!context.hasSubjectColumn) {
      const subject = builder.subject(needs("the people whose data this is"), values.place);
      context.placeholderSubject = subject;
      builder.report("placeholder", values.place, `no field names the data subjects: the activity gets the placeholder subject ${subject.id}`);
    }
    importRecordRow(builder, values, context);
  }
}

// src/importers/index.ts
var IMPORT_FORMATS = ["csv", "xlsx", "ods", "markdown", "fides"];
function isImportFormat(value) {
  return IMPORT_FORMATS.includes(value);
}
var BY_EXTENSION = {
  csv: "csv",
  tsv: "csv",
  xlsx: "xlsx",
  xlsm: "xlsx",
  ods: "ods",
  md: "markdown",
  markdown: "markdown",
  yml: "fides",
  yaml: "fides",
  json: "fides"
};
function guessFormat(file, bytes) {
  const extension = /\.([a-z0-9]+)$/iu.exec(file)?.[1]?.toLowerCase();
  if (extension === "xls") throw new ImportError({ file }, "an Excel 97-2003 workbook: save it as .xlsx and import that");
  const known = extension !== void 0 ? BY_EXTENSION[extension] : void 0;
  if (known) return known;
  const workbook = sniffWorkbook(bytes);
  if (workbook === "xls") throw new ImportError({ file }, "an Excel 97-2003 workbook or a password-protected one: save it as .xlsx without a password and import that");
  if (workbook) return workbook;
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 64 * 1024));
  if (/^\s*\|?\s*:?-{3,}:?\s*\|/mu.test(head)) return "markdown";
  if (/^(?:system|data_use|data_category|data_subject|organization)\s*:/mu.test(head) || /^\s*\{\s*"(?:system|organization)"/u.test(head)) return "fides";
  return "csv";
}
function importRecords(inputs, options = {}) {
  const builder = new RecordBuilder();
  const manifests = [];
  for (const { file, bytes } of inputs) {
    if (bytes.length > LIMITS.fileBytes) throw new ImportError({ file }, `the file is larger than ${LIMITS.fileBytes / 1048576} MB: too large to import`);
    const format = options.from ?? guessFormat(file, bytes);
    builder.files.push({ file, format });
    switch (format) {
      case "csv":
        importGrids(readCsv(decodeText(bytes, file).text, file), builder);
        break;
      case "markdown": {
        const grids = readMarkdown(decodeText(bytes, file).text, file);
        if (grids.length === 0) builder.report("skipped", { file }, "no table in the Markdown file");
        importGrids(grids, builder);
        break;
      }
      case "xlsx":
      case "ods": {
        const { grids, hidden, format: read } = readWorkbook(bytes, file, format);
        builder.files[builder.files.length - 1].format = read;
        for (const name of hidden) builder.report("skipped", { file, sheet: name }, "hidden sheet (a template keeps its drop-down lists there); not imported");
        importGrids(grids, builder);
        break;
      }
      case "fides":
        manifests.push(parseFides(decodeText(bytes, file).text, file));
        break;
    }
  }
  if (manifests.length > 0) importFides(manifests, builder);
  if (builder.activities.size === 0) {
    const reasons = builder.lines.filter((line) => line.kind === "skipped").slice(0, 3).map((line) => line.message);
    throw new ImportError({ file: inputs.map((input) => input.file).join(", ") }, `no processing activity found${reasons.length > 0 ? ` (${reasons.join("; ")})` : ""}`);
  }
  const annotated = buildInventory(builder);
  const text2 = toYaml(annotated, inputs.map((input) => input.file));
  return { text: text2, inventory: annotated.inventory, report: builder.summary() };
}

// src/cli/import.ts
var IMPORT_OPTIONS = {
  from: { type: "string" },
  output: { type: "string", short: "o" },
  help: { type: "boolean", short: "h" }
};
var IMPORT_HELP = `Usage: ropa-lint import FILE... [--from csv|xlsx|ods|markdown|fides] [-o OUT.ropa.yaml]

Reads an existing record of processing activities and writes it as a ropa-lint inventory:
a spreadsheet on the ICO's or the CNIL's template (XLSX, ODS, CSV), Markdown tables, or
Fides manifests. Several files make one inventory. Columns are matched by their headings
(English, French, German, Spanish); what has no field is kept as an x- key; what the source
does not say is left out, so that checking the result reports it.

Options:
      --from <format>     csv, xlsx, ods, markdown or fides (default: from each file's extension
                          and content)
  -o, --output <file>     write the inventory to this file, whole or not at all (default: stdout)
  -h, --help              print this help

The report (rows read, activities and purposes written, what was inferred, kept as x- keys or
skipped, each with its row or line) goes to stderr. Then check the result:
  ropa-lint import record.xlsx -o privacy/ropa.yaml && npx ropa-lint privacy/ropa.yaml

Exit codes: 0 imported; 2 usage error or a file that cannot be imported (one line on stderr,
nothing written). Reference: docs/import.md
`;
function readInput(file, cwd) {
  const absolute = path.resolve(cwd, file);
  try {
    const stat = statSync(absolute);
    if (stat.isDirectory()) throw new UsageError(`import: ${file} is a directory; name the record's files`);
    if (stat.size > LIMITS.fileBytes) throw new UsageError(`import: ${file}: the file is ${(stat.size / 1048576).toFixed(1)} MB, above the limit of ${LIMITS.fileBytes / 1048576} MB`);
    return { file, bytes: readFileSync(absolute) };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = error instanceof Error && "code" in error ? String(error.code) : String(error);
    const reason = code === "ENOENT" ? "file not found" : code === "EACCES" || code === "EPERM" ? "permission denied" : code;
    throw new UsageError(`import: cannot read ${file}: ${reason}`);
  }
}
async function run(io) {
  const { values, positionals } = parseCommandArgs(io.argv, IMPORT_OPTIONS, "import");
  if (values.help) {
    io.stdout.write(IMPORT_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("import: name the file(s) of the record to import; see ropa-lint import --help");
  const from = values.from;
  if (from !== void 0 && !isImportFormat(from)) {
    const suggestion = suggestClosest(from, IMPORT_FORMATS);
    throw new UsageError(`import: unknown format ${from}${suggestion ? ` (did you mean ${suggestion}?)` : ""}; use one of ${IMPORT_FORMATS.join(", ")}`);
  }
  const output = values.output;
  if (output !== void 0) {
    checkWritable(output, io.cwd);
    const target = path.resolve(io.cwd, output);
    if (positionals.some((file) => path.resolve(io.cwd, file) === target)) throw new UsageError(`import: -o ${output} is one of the files being imported; write the inventory elsewhere`);
  }
  const inputs = positionals.map((file) => readInput(file, io.cwd));
  let result;
  try {
    result = importRecords(inputs, from !== void 0 && isImportFormat(from) ? { from } : {});
  } catch (error) {
    if (error instanceof ImportError) throw new UsageError(`import: ${error.message}`);
    throw error;
  }
  if (output !== void 0) writeFileAtomically(output, io.cwd, result.text);
  else io.stdout.write(result.text);
  const report = formatImportReport(result.report, output ?? "standard output").trimEnd();
  const next = output !== void 0 ? `

Next: npx ropa-lint ${output}` : "";
  for (const line of `${report}${next}`.split("\n")) io.stderr.write(`${stripControlCharacters(line)}
`);
  return 0;
}
export {
  IMPORT_HELP,
  IMPORT_OPTIONS,
  run
};
