import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  DPIA_STATUS,
  LAWFUL_BASIS,
  MECHANISM,
  ROLE,
  SPECIAL_CONDITION,
  wordsFor
} from "./chunk-WAWIOEUB.js";
import {
  NO_COUNTRY,
  partyNeedsBullet,
  readCategoryName,
  readProcessorName,
  utils,
  writeSync,
  writtenContact
} from "./chunk-WZAP4S55.js";
import {
  UsageError
} from "./chunk-O4XAVONC.js";
import {
  countryName
} from "./chunk-VZ6X3ZMH.js";
import {
  isRecord,
  isStated,
  recordsOf,
  stringsOf
} from "./chunk-F4WG2D33.js";
import {
  joinPointer,
  pointerOf
} from "./chunk-4UDDO77X.js";
import "./chunk-IFVXAW5K.js";
import "./chunk-3NTWQZSC.js";

// node_modules/csv-stringify/lib/utils/get.js
var charCodeOfDot = ".".charCodeAt(0);
var reEscapeChar = /\\(\\)?/g;
var rePropName = RegExp(
  // Match anything that isn't a dot or bracket.
  `[^.[\\]]+|\\[(?:([^"'][^[]*)|(["'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2)\\]|(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|$))`,
  "g"
);
var reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
var reIsPlainProp = /^\w*$/;
var getTag = function(value) {
  return Object.prototype.toString.call(value);
};
var isSymbol = function(value) {
  const type = typeof value;
  return type === "symbol" || type === "object" && value && getTag(value) === "[object Symbol]";
};
var isKey = function(value, object) {
  if (Array.isArray(value)) {
    return false;
  }
  const type = typeof value;
  if (type === "number" || type === "symbol" || type === "boolean" || !value || isSymbol(value)) {
    return true;
  }
  return reIsPlainProp.test(value) || !reIsDeepProp.test(value) || object != null && value in Object(object);
};
var stringToPath = function(string) {
  const result = [];
  if (string.charCodeAt(0) === charCodeOfDot) {
    result.push("");
  }
  string.replace(rePropName, function(match, expression, quote, subString) {
    let key = match;
    if (quote) {
      key = subString.replace(reEscapeChar, "$1");
    } else if (expression) {
      key = expression.trim();
    }
    result.push(key);
  });
  return result;
};
var castPath = function(value, object) {
  if (Array.isArray(value)) {
    return value;
  } else {
    return isKey(value, object) ? [value] : stringToPath(value);
  }
};
var toKey = function(value) {
  if (typeof value === "string" || isSymbol(value)) return value;
  const result = `${value}`;
  return result == "0" && 1 / value == -Infinity ? "-0" : result;
};
var get = function(object, path) {
  path = castPath(path, object);
  let index = 0;
  const length = path.length;
  while (object != null && index < length) {
    object = object[toKey(path[index++])];
  }
  return index && index === length ? object : void 0;
};

// node_modules/csv-stringify/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-stringify/lib/api/normalize_columns.js
var normalize_columns = function(columns) {
  if (columns === void 0 || columns === null) {
    return [void 0, void 0];
  }
  if (typeof columns !== "object") {
    return [Error('Invalid option "columns": expect an array or an object')];
  }
  if (!Array.isArray(columns)) {
    const newcolumns = [];
    for (const k in columns) {
      newcolumns.push({
        key: k,
        header: columns[k]
      });
    }
    columns = newcolumns;
  } else {
    const newcolumns = [];
    for (const column of columns) {
      if (typeof column === "string") {
        newcolumns.push({
          key: column,
          header: column
        });
      } else if (typeof column === "object" && column !== null && !Array.isArray(column)) {
        if (!column.key) {
          return [
            Error('Invalid column definition: property "key" is required')
          ];
        }
        if (column.header === void 0) {
          column.header = column.key;
        }
        newcolumns.push(column);
      } else {
        return [
          Error("Invalid column definition: expect a string or an object")
        ];
      }
    }
    columns = newcolumns;
  }
  return [void 0, columns];
};

// node_modules/csv-stringify/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ");
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString() : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-stringify/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-stringify/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    return [
      new CsvError("CSV_OPTION_BOOLEAN_INVALID_TYPE", [
        "option `bom` is optional and must be a boolean value,",
        `got ${JSON.stringify(options.bom)}`
      ])
    ];
  }
  if (options.delimiter === void 0 || options.delimiter === null) {
    options.delimiter = ",";
  } else if (Buffer.isBuffer(options.delimiter)) {
    options.delimiter = options.delimiter.toString();
  } else if (typeof options.delimiter !== "string") {
    return [
      new CsvError("CSV_OPTION_DELIMITER_INVALID_TYPE", [
        "option `delimiter` must be a buffer or a string,",
        `got ${JSON.stringify(options.delimiter)}`
      ])
    ];
  }
  if (options.quote === void 0 || options.quote === null) {
    options.quote = '"';
  } else if (options.quote === true) {
    options.quote = '"';
  } else if (options.quote === false) {
    options.quote = "";
  } else if (Buffer.isBuffer(options.quote)) {
    options.quote = options.quote.toString();
  } else if (typeof options.quote !== "string") {
    return [
      new CsvError("CSV_OPTION_QUOTE_INVALID_TYPE", [
        "option `quote` must be a boolean, a buffer or a string,",
        `got ${JSON.stringify(options.quote)}`
      ])
    ];
  }
  if (options.quoted === void 0 || options.quoted === null) {
    options.quoted = false;
  } else {
  }
  if (options.escape_formulas === void 0 || options.escape_formulas === null) {
    options.escape_formulas = false;
  } else if (typeof options.escape_formulas !== "boolean") {
    return [
      new CsvError("CSV_OPTION_ESCAPE_FORMULAS_INVALID_TYPE", [
        "option `escape_formulas` must be a boolean,",
        `got ${JSON.stringify(options.escape_formulas)}`
      ])
    ];
  }
  if (options.quoted_empty === void 0 || options.quoted_empty === null) {
    options.quoted_empty = void 0;
  } else {
  }
  if (options.quoted_match === void 0 || options.quoted_match === null || options.quoted_match === false) {
    options.quoted_match = null;
  } else if (!Array.isArray(options.quoted_match)) {
    options.quoted_match = [options.quoted_match];
  }
  if (options.quoted_match) {
    for (const quoted_match of options.quoted_match) {
      const isString = typeof quoted_match === "string";
      const isRegExp = quoted_match instanceof RegExp;
      if (!isString && !isRegExp) {
        return [
          new CsvError("CSV_OPTION_QUOTED_MATCH", [
            "option `quoted_match` must be a string or a regex,",
            `got ${JSON.stringify(options.quoted_match)}`
          ])
        ];
      }
    }
  }
  if (options.quoted_string === void 0 || options.quoted_string === null) {
    options.quoted_string = false;
  } else {
  }
  if (options.eof === void 0 || options.eof === null) {
    options.eof = true;
  } else {
  }
  if (options.escape === void 0 || options.escape === null) {
    options.escape = '"';
  } else if (Buffer.isBuffer(options.escape)) {
    options.escape = options.escape.toString();
  } else if (typeof options.escape !== "string") {
    return [
      Error(
        `Invalid Option: escape must be a buffer or a string, got ${JSON.stringify(options.escape)}`
      )
    ];
  }
  if (options.escape.length > 1) {
    return [
      Error(
        `Invalid Option: escape must be one character, got ${options.escape.length} characters`
      )
    ];
  }
  if (options.header === void 0 || options.header === null || options.header === false) {
    options.header = false;
  } else if (options.header !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER",
      [
        "option `header` is expected to be a boolean,",
        `got ${JSON.stringify(options.header)}`
      ],
      options
    );
  }
  if (options.header_as_comment === void 0 || options.header_as_comment === null || options.header_as_comment === false) {
    options.header_as_comment = false;
  } else if (options.header_as_comment === true) {
    options.header_as_comment = "#";
  } else if (Buffer.isBuffer(options.header_as_comment)) {
    options.header_as_comment = options.header_as_comment.toString();
  } else if (typeof options.header_as_comment !== "string") {
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER_AS_COMMENT",
      [
        "option `header_as_comment` must be a boolean, a string or a buffer,",
        `got ${JSON.stringify(options.header_as_comment)}`
      ],
      options
    );
  }
  const [errColumns, columns] = normalize_columns(options.columns);
  if (errColumns !== void 0) return [errColumns];
  options.columns = columns;
  if (options.quoted === void 0 || options.quoted === null) {
    options.quoted = false;
  } else {
  }
  if (options.cast === void 0 || options.cast === null) {
    options.cast = {};
  } else {
  }
  if (options.cast.bigint === void 0 || options.cast.bigint === null) {
    options.cast.bigint = (value) => "" + value;
  }
  if (options.cast.boolean === void 0 || options.cast.boolean === null) {
    options.cast.boolean = (value) => value ? "1" : "";
  }
  if (options.cast.date === void 0 || options.cast.date === null) {
    options.cast.date = (value) => "" + value.getTime();
  }
  if (options.cast.number === void 0 || options.cast.number === null) {
    options.cast.number = (value) => "" + value;
  }
  if (options.cast.object === void 0 || options.cast.object === null) {
    options.cast.object = (value) => JSON.stringify(value);
  }
  if (options.cast.string === void 0 || options.cast.string === null) {
    options.cast.string = function(value) {
      return value;
    };
  }
  if (options.on_record !== void 0 && typeof options.on_record !== "function") {
    return [Error(`Invalid Option: "on_record" must be a function.`)];
  }
  if (options.quote_record_delimiter === void 0 || options.quote_record_delimiter === null) {
    options.quote_record_delimiter = !options.record_delimiter;
  } else if (typeof options.quote_record_delimiter !== "boolean") {
    return [
      new CsvError("CSV_OPTION_QUOTE_RECORD_DELIMITER_INVALID_TYPE", [
        "option `quote_record_delimiter` must be a boolean,",
        `got ${JSON.stringify(options.quote_record_delimiter)}`
      ])
    ];
  }
  if (options.record_delimiter === void 0 || options.record_delimiter === null) {
    options.record_delimiter = "\n";
  } else if (Buffer.isBuffer(options.record_delimiter)) {
    options.record_delimiter = options.record_delimiter.toString();
  } else if (typeof options.record_delimiter !== "string") {
    return [
      Error(
        `Invalid Option: record_delimiter must be a buffer or a string, got ${JSON.stringify(options.record_delimiter)}`
      )
    ];
  }
  switch (options.record_delimiter) {
    case "unix":
      options.record_delimiter = "\n";
      break;
    case "mac":
      options.record_delimiter = "\r";
      break;
    case "windows":
      options.record_delimiter = "\r\n";
      break;
    case "ascii":
      options.record_delimiter = "";
      break;
    case "unicode":
      options.record_delimiter = "\u2028";
      break;
  }
  return [void 0, options];
};

// node_modules/csv-stringify/lib/api/index.js
var bom_utf8 = Buffer.from([239, 187, 191]);
var emits_separator = function(value, separators) {
  return separators.some(
    (separator) => separator.length !== 0 && (value.indexOf(separator) !== -1 || separator.length > 1 && (value + separator).indexOf(separator) < value.length)
  );
};
var matches_quoted_match = function(value, quoted_match) {
  if (!quoted_match) return false;
  return quoted_match.some(
    (pattern) => typeof pattern === "string" ? value.indexOf(pattern) !== -1 : value.search(pattern) !== -1
  );
};
var stringifier = function(options, state, info) {
  return {
    options,
    state,
    info,
    __transform: function(chunk, push) {
      if (!Array.isArray(chunk) && typeof chunk !== "object") {
        return Error(
          `Invalid Record: expect an array or an object, got ${JSON.stringify(chunk)}`
        );
      }
      if (this.info.records === 0) {
        if (Array.isArray(chunk)) {
          if (this.options.header === true && this.options.columns === void 0) {
            return Error(
              "Undiscoverable Columns: header option requires column option or object records"
            );
          }
        } else if (this.options.columns === void 0) {
          const [err2, columns] = normalize_columns(Object.keys(chunk));
          if (err2) return;
          this.options.columns = columns;
        }
      }
      if (this.info.records === 0) {
        this.bom(push);
        const err2 = this.headers(push);
        if (err2) return err2;
      }
      try {
        if (this.options.on_record) {
          this.options.on_record(chunk, this.info.records);
        }
      } catch (err2) {
        return err2;
      }
      let err, chunk_string;
      if (this.options.eof) {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === void 0) {
          return;
        } else {
          chunk_string = chunk_string + this.options.record_delimiter;
        }
      } else {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === void 0) {
          return;
        } else {
          if (this.options.header || this.info.records) {
            chunk_string = this.options.record_delimiter + chunk_string;
          }
        }
      }
      this.info.records++;
      push(chunk_string);
    },
    stringify: function(chunk, chunkIsHeader = false) {
      if (typeof chunk !== "object") {
        return [void 0, chunk];
      }
      const { columns } = this.options;
      const record = [];
      if (Array.isArray(chunk)) {
        const length = columns ? Math.min(chunk.length, columns.length) : chunk.length;
        for (let i = 0; i < length; i++) {
          const field = chunk[i];
          const [err, value] = this.__cast(field, {
            index: i,
            column: i,
            records: this.info.records,
            header: chunkIsHeader
          });
          if (err) return [err];
          record[i] = [value, field];
        }
      } else {
        for (let i = 0; i < columns.length; i++) {
          const field = get(chunk, columns[i].key);
          const [err, value] = this.__cast(field, {
            index: i,
            column: columns[i].key,
            records: this.info.records,
            header: chunkIsHeader
          });
          if (err) return [err];
          record[i] = [value, field];
        }
      }
      let csvrecord = "";
      for (let i = 0; i < record.length; i++) {
        let options2, err;
        let [value, field] = record[i];
        if (typeof value === "string") {
          options2 = this.options;
        } else if (is_object(value)) {
          options2 = { ...value };
          value = options2.value;
          delete options2.value;
          if (typeof value !== "string" && value !== void 0 && value !== null) {
            if (err)
              return [
                Error(
                  `Invalid Casting Value: returned value must return a string, null or undefined, got ${JSON.stringify(value)}`
                )
              ];
          }
          options2 = { ...this.options, ...options2 };
          [err, options2] = normalize_options(options2);
          if (err !== void 0) {
            return [err];
          }
        } else if (value === void 0 || value === null) {
          options2 = this.options;
        } else {
          return [
            Error(
              `Invalid Casting Value: returned value must return a string, an object, null or undefined, got ${JSON.stringify(value)}`
            )
          ];
        }
        const {
          delimiter,
          escape,
          quote,
          quoted,
          quoted_empty,
          quoted_string,
          quoted_match,
          record_delimiter,
          quote_record_delimiter,
          escape_formulas
        } = options2;
        if ("" === value && "" === field) {
          const quotedMatch = matches_quoted_match(value, quoted_match);
          const shouldQuote = quotedMatch || true === quoted_empty || true === quoted_string && false !== quoted_empty;
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (value) {
          if (typeof value !== "string") {
            return [
              Error(
                `Formatter must return a string, null or undefined, got ${JSON.stringify(value)}`
              )
            ];
          }
          const containsdelimiter = emits_separator(value, [delimiter]);
          const containsQuote = quote !== "" && value.indexOf(quote) >= 0;
          const containsEscape = value.indexOf(escape) >= 0 && escape !== quote;
          const containsRecordDelimiter = emits_separator(value, [
            record_delimiter,
            ...quote_record_delimiter === false ? [] : ["\n", "\r"]
          ]);
          const quotedString = quoted_string && typeof field === "string";
          const quotedMatch = matches_quoted_match(value, quoted_match);
          if (escape_formulas) {
            switch (value[0]) {
              case "-":
                if (typeof field === "number" || typeof field === "bigint") {
                  break;
                }
                value = `'${value}`;
                break;
              case "=":
              case "+":
              case "@":
              case "	":
              case "\r":
              case "\uFF1D":
              // Unicode '='
              case "\uFF0B":
              // Unicode '+'
              case "\uFF0D":
              // Unicode '-'
              case "\uFF20":
                value = `'${value}`;
                break;
            }
          }
          const shouldQuote = containsQuote === true || containsdelimiter || containsRecordDelimiter || quoted || quotedString || quotedMatch;
          if (shouldQuote === true && containsEscape === true) {
            value = value.replaceAll(escape, () => escape + escape);
          }
          if (containsQuote === true) {
            value = value.replaceAll(quote, () => escape + quote);
          }
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (quoted_empty === true || field === "" && quoted_string === true && quoted_empty !== false) {
          csvrecord += quote + quote;
        }
        if (i !== record.length - 1) {
          csvrecord += delimiter;
        }
      }
      return [void 0, csvrecord];
    },
    bom: function(push) {
      if (this.options.bom !== true) {
        return;
      }
      push(bom_utf8);
    },
    headers: function(push) {
      if (this.options.header === false) {
        return;
      }
      if (this.options.columns === void 0) {
        return;
      }
      let err;
      let headers = this.options.columns.map((column) => column.header);
      if (this.options.eof) {
        [err, headers] = this.stringify(headers, true);
        headers += this.options.record_delimiter;
      } else {
        [err, headers] = this.stringify(headers, true);
      }
      if (err) return err;
      if (this.options.header_as_comment) {
        headers = this.options.header_as_comment + " " + headers;
      }
      push(headers);
    },
    __cast: function(value, context) {
      const type = typeof value;
      try {
        if (type === "string") {
          return [void 0, this.options.cast.string(value, context)];
        } else if (type === "bigint") {
          return [void 0, this.options.cast.bigint(value, context)];
        } else if (type === "number") {
          return [void 0, this.options.cast.number(value, context)];
        } else if (type === "boolean") {
          return [void 0, this.options.cast.boolean(value, context)];
        } else if (value instanceof Date) {
          return [void 0, this.options.cast.date(value, context)];
        } else if (type === "object" && value !== null) {
          return [void 0, this.options.cast.object(value, context)];
        } else if (value === null && this.options.cast.null !== void 0) {
          return [void 0, this.options.cast.null(value, context)];
        } else if (value === void 0 && this.options.cast.undefined !== void 0) {
          return [void 0, this.options.cast.undefined(value, context)];
        } else {
          return [void 0, value];
        }
      } catch (err) {
        return [err];
      }
    }
  };
};

// node_modules/csv-stringify/lib/sync.js
var stringify = function(records, opts = {}) {
  const data = [];
  const [err, options] = normalize_options(opts);
  if (err !== void 0) throw err;
  const state = {
    stop: false
  };
  const info = {
    records: 0
  };
  const api = stringifier(options, state, info);
  for (const record of records) {
    const err2 = api.__transform(record, function(record2) {
      data.push(record2);
    });
    if (err2 !== void 0) throw err2;
  }
  if (data.length === 0) {
    api.bom((d) => {
      data.push(d);
    });
    const err2 = api.headers((headers) => {
      data.push(headers);
    });
    if (err2 !== void 0) throw err2;
  }
  return data.join("");
};

// src/exporters/ico-columns.ts
var ICO_COLUMNS = [
  "Business function",
  "Purpose of processing",
  "Name and contact details of joint controller (if applicable)",
  "Categories of individuals",
  "Categories of personal data",
  "Categories of recipients",
  "Link to contract with processor",
  "Names of third countries or international organisations that personal data are transferred to (if applicable)",
  "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)",
  "Retention schedule (if possible)",
  "General description of technical and organisational security measures (if possible)",
  "Article 6 lawful basis for processing personal data",
  "Article 9 condition for processing special category data",
  "Legitimate interests for the processing (if applicable)",
  "Link to record of legitimate interests assessment (if applicable)",
  "Rights available to individuals",
  "Existence of automated decision-making, including profiling (if applicable)",
  "The source of the personal data (if applicable)",
  "Link to record of consent",
  "Location of personal data",
  "Data Protection Impact Assessment required?",
  "Data Protection Impact Assessment progress",
  "Link to Data Protection Impact Assessment"
];
var EXTRA_COLUMNS = [
  "Processing activity",
  "Description",
  "Role",
  "On behalf of controller",
  "Processors",
  "AI training",
  "Legal basis reference",
  "Activity id",
  "Purpose id",
  "Data subject ids",
  "Data category ids"
];
var HEADER = [...ICO_COLUMNS, ...EXTRA_COLUMNS];
var TITLE = "Record of processing activities (Art. 30 GDPR)";
var SOURCE_CELL = {
  "communications-content": "Communications content",
  "communications-metadata": "Communications metadata",
  "terminal-equipment": "Read from the device",
  "provided-by-subject": "Provided by the individual",
  observed: "Observed use of the service",
  inferred: "Inferred",
  "third-party": "From third parties",
  public: "Publicly available"
};
function text(value) {
  return typeof value === "string" && isStated(value) ? value.replace(/\s+/g, " ").trim() : void 0;
}
function lines(items) {
  const written = items.map((item) => item.replace(/\s+/g, " ").trim()).filter((item) => item !== "");
  if (written.length === 1 && /[,;]/.test(written[0])) return `\u2022 ${written[0]}`;
  return written.join("\n");
}
function yesNo(value) {
  return value === true ? "Yes" : value === false ? "No" : "";
}
function parties(values) {
  const named = values.flatMap((value) => {
    const name = text(value.name);
    return name === void 0 ? [] : [{ name, contact: text(value.contact) }];
  });
  const bullets = named.length > 1 || named.some(({ name }) => partyNeedsBullet(name));
  return named.map(({ name, contact }) => [`${bullets ? "\u2022 " : ""}${name}`, ...contact === void 0 ? [] : [writtenContact(contact)]].join("\n")).join("\n");
}
function processorCell(name, country) {
  if (country !== void 0) return `${name} (${country.toUpperCase()})`;
  const read = readProcessorName(name);
  return read.name === name ? name : `${name} (${NO_COUNTRY})`;
}
function safeguardsCell(transfers) {
  const referenced = transfers.flatMap((transfer) => {
    const reference = text(transfer.safeguard_reference);
    return reference === void 0 ? [] : [{ country: text(transfer.country), reference }];
  });
  const references = new Set(referenced.map((entry) => entry.reference));
  const shared = references.size <= 1 && referenced.length === transfers.length;
  if (shared || referenced.some((entry) => entry.country === void 0)) return [...references].join("\n");
  return referenced.map((entry) => `${countryName(entry.country)}: ${entry.reference}`).join("\n");
}
function sourceCell(categories) {
  const known = categories.filter((category) => category.source !== void 0 && SOURCE_CELL[category.source] !== void 0);
  const sources = new Set(known.map((category) => category.source));
  const guessed = known.some((category) => {
    const guess = readCategoryName(category.name).source?.source;
    return guess !== void 0 && guess !== category.source;
  });
  if (sources.size <= 1 && !guessed) return [...sources].map((source) => SOURCE_CELL[source]).join("");
  return known.map((category) => `${category.name}: ${SOURCE_CELL[category.source]}`).join("\n");
}
function activityCells(model, activity) {
  const { value } = activity;
  const cells = /* @__PURE__ */ new Map();
  const controller = isRecord(model.root.controller) ? model.root.controller : {};
  if (value.role === "joint-controller") {
    cells.set(ICO_COLUMNS[2], parties(recordsOf(controller.joint_controllers, pointerOf("controller", "joint_controllers")).map(({ value: entry }) => entry)));
  }
  const subjects = activity.subjects.map(({ value: subject }) => ({ name: text(subject.name) ?? String(subject.id), id: String(subject.id) }));
  const categories = activity.categories.map(({ value: category }) => ({
    name: text(category.name) ?? String(category.id),
    id: String(category.id),
    source: typeof category.source === "string" ? category.source : void 0
  }));
  cells.set(ICO_COLUMNS[3], lines(subjects.map((subject) => subject.name)));
  cells.set(ICO_COLUMNS[4], lines(categories.map((category) => category.name)));
  cells.set(EXTRA_COLUMNS[9], subjects.map((subject) => subject.id).join("\n"));
  cells.set(EXTRA_COLUMNS[10], categories.map((category) => category.id).join("\n"));
  cells.set(EXTRA_COLUMNS[7], text(value.id) ?? "");
  if (Array.isArray(value.recipients)) cells.set(ICO_COLUMNS[5], value.recipients.length === 0 ? "None" : lines(stringsOf(value.recipients).filter(isStated)));
  const processors = recordsOf(value.processors, joinPointer(activity.pointer, "processors")).map(({ value: processor }) => processor);
  const contracts = processors.filter((processor) => text(processor.dpa_reference) !== void 0);
  if (processors.length === 1) cells.set(ICO_COLUMNS[6], text(processors[0].dpa_reference) ?? "");
  else cells.set(ICO_COLUMNS[6], lines(contracts.map((processor) => `${text(processor.name) ?? "Processor"}: ${text(processor.dpa_reference)}`)));
  if (Array.isArray(value.transfers)) {
    const transfers = recordsOf(value.transfers, joinPointer(activity.pointer, "transfers")).map(({ value: transfer }) => transfer);
    cells.set(
      ICO_COLUMNS[7],
      transfers.length === 0 ? "None" : transfers.map((transfer) => {
        const country = text(transfer.country);
        const mechanism = wordsFor(MECHANISM, transfer.mechanism);
        return [country === void 0 ? "Country not stated" : countryName(country), mechanism].filter(Boolean).join(": ");
      }).join("\n")
    );
    cells.set(ICO_COLUMNS[8], safeguardsCell(transfers));
  }
  cells.set(ICO_COLUMNS[9], text(value.retention) ?? "");
  cells.set(ICO_COLUMNS[10], lines(stringsOf(value.security_measures).filter(isStated)));
  cells.set(ICO_COLUMNS[16], yesNo(value.automated_decision_making));
  cells.set(ICO_COLUMNS[17], sourceCell(categories));
  const dpia = isRecord(value.dpia) ? value.dpia : void 0;
  if (dpia) {
    const status = typeof dpia.status === "string" ? dpia.status : void 0;
    cells.set(ICO_COLUMNS[20], status === void 0 ? "" : status === "not-required" ? "No" : "Yes");
    cells.set(ICO_COLUMNS[21], wordsFor(DPIA_STATUS, status) ?? "");
    cells.set(ICO_COLUMNS[22], text(dpia.reference) ?? "");
  }
  cells.set(EXTRA_COLUMNS[0], text(value.name) ?? text(value.id) ?? "");
  cells.set(EXTRA_COLUMNS[1], text(value.description) ?? "");
  cells.set(EXTRA_COLUMNS[2], wordsFor(ROLE, value.role) ?? "");
  if (value.role === "processor") {
    const controllers = recordsOf(value.on_behalf_of, joinPointer(activity.pointer, "on_behalf_of")).map(({ value: entry }) => text(entry.name)).filter((name) => name !== void 0);
    cells.set(EXTRA_COLUMNS[3], lines(controllers));
  }
  cells.set(
    EXTRA_COLUMNS[4],
    lines(
      processors.map((processor) => {
        const name = text(processor.name);
        return name === void 0 ? void 0 : processorCell(name, text(processor.country));
      }).filter((entry) => entry !== void 0)
    )
  );
  return cells;
}
function purposeCells(purpose) {
  const { value } = purpose;
  const cells = /* @__PURE__ */ new Map();
  cells.set(ICO_COLUMNS[1], text(value.description) ?? text(value.id) ?? "");
  cells.set(EXTRA_COLUMNS[8], text(value.id) ?? "");
  cells.set(ICO_COLUMNS[11], wordsFor(LAWFUL_BASIS, value.lawful_basis) ?? "");
  cells.set(ICO_COLUMNS[12], wordsFor(SPECIAL_CONDITION, value.special_category_condition) ?? "");
  const interests = isRecord(value.legitimate_interests) ? value.legitimate_interests : void 0;
  cells.set(ICO_COLUMNS[13], text(interests?.interest) ?? "");
  cells.set(ICO_COLUMNS[14], text(interests?.assessment) ?? "");
  const consent = isRecord(value.consent) ? value.consent : void 0;
  cells.set(ICO_COLUMNS[18], text(consent?.records) ?? "");
  cells.set(EXTRA_COLUMNS[5], yesNo(value.ai_training));
  cells.set(EXTRA_COLUMNS[6], text(value.legal_basis_reference) ?? "");
  return cells;
}
function recordTable(input, options) {
  const { model } = input;
  const root = model.root;
  const controller = isRecord(root.controller) ? root.controller : {};
  const bookkeeping = isRecord(root.record) ? root.record : {};
  const rows = [[TITLE, `Exported ${options.today} by ropa-lint ${options.version} from ${input.file}`]];
  for (const [label, value] of [
    ["Controller", text(controller.name)],
    ["Contact details", text(controller.contact)],
    ["Data protection officer", text(controller.dpo)],
    ["Representative", text(controller.representative)],
    ["Record owner", text(bookkeeping.owner)],
    ["Record last updated", text(bookkeeping.updated)]
  ]) {
    if (value !== void 0) rows.push([label, value]);
  }
  const errors = input.findings.filter((finding) => finding.severity === "error");
  if (errors.length > 0) {
    rows.push([`ropa-lint found ${errors.length} error${errors.length === 1 ? "" : "s"} in this record; the rows below show it as it is written.`]);
    for (const finding of errors) rows.push(["Error", `line ${finding.line}: ${finding.message.replace(/`/g, "")} (${finding.ruleId})`]);
  }
  rows.push([]);
  rows.push([...HEADER]);
  for (const activity of model.activities) {
    const shared = activityCells(model, activity);
    const purposes = activity.purposes.length > 0 ? activity.purposes.map(purposeCells) : [/* @__PURE__ */ new Map()];
    for (const own of purposes) rows.push(HEADER.map((heading) => own.get(heading) ?? shared.get(heading) ?? ""));
  }
  return rows;
}

// src/exporters/table.ts
var FORMULA_START = /^[=+\-@\t\r]/;
function neutraliseCsvCell(cell) {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
var CELL_LIMIT = 32767;
function fitCell(cell) {
  return cell.length <= CELL_LIMIT ? cell : `${cell.slice(0, CELL_LIMIT - 1)}\u2026`;
}
function exportCsv(record, options) {
  const rows = recordTable({ file: record.file, model: record.model, findings: record.report.findings }, options);
  return `\uFEFF${stringify(
    rows.map((row) => row.map((cell) => neutraliseCsvCell(fitCell(cell)))),
    // csv-stringify quotes a cell holding the record delimiter (CRLF), not one holding a bare line break.
    { record_delimiter: "windows", quoted_match: /[\r\n]/ }
  )}`;
}
function sheetName(file, taken) {
  const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.ropa\.ya?ml$|\.ya?ml$/i, "").replace(/[[\]:*?/\\\u0000-\u001f]/g, " ").replace(/^'+|'+$/g, "").replace(/\s+/g, " ").trim().slice(0, 31) || "Record";
  let name = base;
  for (let counter = 2; taken.has(name.toLowerCase()); counter += 1) name = `${base.slice(0, 31 - String(counter).length - 1)} ${counter}`;
  taken.add(name.toLowerCase());
  return name;
}
function exportXlsx(records, options) {
  const workbook = utils.book_new();
  const taken = /* @__PURE__ */ new Set();
  for (const record of records) {
    const rows = recordTable({ file: record.file, model: record.model, findings: record.report.findings }, options);
    const sheet = utils.aoa_to_sheet(rows.map((row) => row.map(fitCell)));
    for (const [address, cell] of Object.entries(sheet)) {
      if (!address.startsWith("!") && typeof cell === "object" && cell !== null) Object.assign(cell, { t: "s", v: String(cell.v ?? "") });
    }
    sheet["!cols"] = rows.reduce((widths, row) => {
      row.forEach((cell, index) => {
        const longest = Math.max(...cell.split("\n").map((line) => line.length));
        widths[index] = { wch: Math.min(60, Math.max(widths[index]?.wch ?? 12, longest)) };
      });
      return widths;
    }, []);
    utils.book_append_sheet(workbook, sheet, sheetName(record.file, taken));
  }
  return writeSync(workbook, { type: "buffer", bookType: "xlsx", compression: true });
}
async function exportTable(records, format, options) {
  if (format === "xlsx") return exportXlsx(records, options);
  if (records.length !== 1) {
    throw new UsageError(`a CSV file holds one record, and ${records.length} inventories were found: export each file on its own, or use --format xlsx (one sheet per inventory)`);
  }
  return exportCsv(records[0], options);
}
export {
  exportCsv,
  exportTable,
  exportXlsx,
  neutraliseCsvCell
};
