import { createRequire as __ropaCreateRequire } from 'node:module';
const require = __ropaCreateRequire(import.meta.url);
import {
  classifyDocumentValue,
  defineRule,
  discloses,
  misplacedIgnores,
  noticeEntries,
  readIgnores,
  writesIgnores
} from "./chunk-NLTGYQNA.js";
import {
  compareStrings
} from "./chunk-V2HEZWUS.js";
import {
  trainingPhrase
} from "./chunk-3MYTIAQK.js";
import {
  LAWFUL_BASES,
  describeLocation,
  fileNameFor,
  hasMalformedEntries,
  isMalformed,
  isRecord,
  isStated,
  misspeltKey,
  recordsOf,
  schema,
  stringsOf,
  validate
} from "./chunk-F4WG2D33.js";
import {
  joinPointer,
  lastSegment,
  parentPointer,
  pointerOf
} from "./chunk-4UDDO77X.js";
import {
  require_mod,
  suggestClosest
} from "./chunk-IFVXAW5K.js";
import {
  __toESM
} from "./chunk-3NTWQZSC.js";

// src/rules/shared/consent.ts
var COMMUNICATIONS_SOURCES = /* @__PURE__ */ new Set(["communications-content", "communications-metadata"]);
var TERMINAL_SOURCES = /* @__PURE__ */ new Set(["terminal-equipment"]);
function categoriesFrom(purpose, sources) {
  return purpose.activity.categories.filter((category) => typeof category.value.source === "string" && sources.has(category.value.source));
}
function isAiTraining(purpose) {
  return purpose.value.ai_training === true;
}
function reachesSource(purpose, sources) {
  return purpose.activity.categories.some((category) => typeof category.value.source === "string" && sources.has(category.value.source));
}
function usesCommunications(purpose) {
  return reachesSource(purpose, COMMUNICATIONS_SOURCES);
}
function needsCommunicationsConsent(purpose) {
  return isAiTraining(purpose) && usesCommunications(purpose);
}
function needsTerminalConsent(purpose) {
  return isAiTraining(purpose) && reachesSource(purpose, TERMINAL_SOURCES);
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
function consentUnreadable(purpose) {
  return isMalformed(purpose.value.consent, "mapping") || misspeltKey(purpose.value, "consent", "purpose") !== void 0;
}
function consentFieldUnreadable(consent, field, shape) {
  return isMalformed(consent[field], shape) || misspeltKey(consent, field, "consent") !== void 0;
}
var WITHDRAWAL_ROUTES = ["in-product", "email", "support-request", "none"];
var CONSENT_GIVERS = ["data-subject", "all-participants", "account-admin", "parent-or-guardian"];
function hasSpecialCategoryData(activity) {
  return activity.categories.some((category) => Array.isArray(category.value.special) && category.value.special.length > 0);
}
function involvesChildren(purpose) {
  return purpose.activity.subjects.some((subject) => subject.value.children === true);
}
var OTHER_ART9_CONDITIONS = /* @__PURE__ */ new Set(["employment", "vital-interests", "not-for-profit", "made-public", "legal-claims", "substantial-public-interest", "health-care", "public-health", "archiving-research"]);
var ART9_CONDITIONS = ["explicit-consent", ...OTHER_ART9_CONDITIONS];
function needsExplicitConsent(purpose) {
  if (!hasSpecialCategoryData(purpose.activity)) return false;
  const condition = purpose.value.special_category_condition;
  if (isMalformed(condition, ART9_CONDITIONS)) return false;
  return !(typeof condition === "string" && OTHER_ART9_CONDITIONS.has(condition));
}
var NOT_OPT_IN = /* @__PURE__ */ new Set(["opt-out", "pre-ticked", "implied", "terms-acceptance"]);
var HARDER_THAN_GIVING = /* @__PURE__ */ new Set(["none", "email", "support-request"]);
var consentDefects = {
  "consent-not-opt-in": (consent) => typeof consent.collection === "string" && NOT_OPT_IN.has(consent.collection),
  "consent-bundled": (consent) => consent.required_for_service === true,
  "consent-not-granular": (consent) => consent.granular === false,
  // `explicit: yes` (text in YAML 1.2) or `explicitt: true` is the schema rule's finding, not consent that is not explicit.
  "consent-not-explicit": (consent, purpose) => needsExplicitConsent(purpose) && consent.explicit !== true && !consentFieldUnreadable(consent, "explicit", "boolean"),
  // Left empty or a placeholder (SPEC §2.1 "Not written"), a route is not stated.
  "consent-withdrawal": (consent) => !isStated(consent.withdrawal) && !consentFieldUnreadable(consent, "withdrawal", WITHDRAWAL_ROUTES) || typeof consent.withdrawal === "string" && HARDER_THAN_GIVING.has(consent.withdrawal),
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
var blocksOf = /* @__PURE__ */ new WeakMap();
function consentBlocks(purposes) {
  let blocks = blocksOf.get(purposes);
  if (blocks === void 0) {
    blocks = [];
    for (const purpose of purposes) {
      const consent = consentBlock(purpose);
      if (consent) blocks.push({ purpose, consent });
    }
    blocksOf.set(purposes, blocks);
  }
  return blocks;
}
function rejectedBlocks(purposes, ruleId) {
  const defective = consentDefects[ruleId];
  return consentBlocks(purposes).filter((block) => defective(block.consent, block.purpose));
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
function markUnreadable(purpose) {
  return isMalformed(purpose.value.ai_training, "boolean") || misspeltKey(purpose.value, "ai_training", "purpose") !== void 0;
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
      const marked = activity.purposes.some((purpose) => purpose.value.ai_training === true || markUnreadable(purpose));
      const activityPhrase = marked || typeof description !== "string" || !isStated(description) ? void 0 : trainingPhrase(description);
      for (const purpose of activity.purposes) {
        if (purpose.value.ai_training === true || markUnreadable(purpose)) continue;
        const own = ownPhrase(purpose);
        if (own !== void 0) {
          yield { messageId: "undeclared", pointer: pointerOf2(purpose, own.field), data: { purpose: describeLocation(model.root, purpose.pointer), phrase: own.phrase } };
        } else if (activityPhrase !== void 0) {
          const data = { purpose: describeLocation(model.root, purpose.pointer), activity: describeLocation(model.root, activity.pointer), phrase: activityPhrase };
          yield { messageId: "undeclaredByActivity", pointer: pointerOf2(purpose, void 0), data };
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
        data: { category: describeLocation(model.root, category.pointer), file: fileNameFor(id, "category") }
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
    return consent === void 0 || consent.explicit === true || consentFieldUnreadable(consent, "explicit", "boolean") ? void 0 : "consent that is not explicit";
  }
  if (isMalformed(basis, LAWFUL_BASES) || misspeltKey(purpose.value, "lawful_basis", "purpose") !== void 0) return void 0;
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
function idsOf(categories) {
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
      if (consentBlock(purpose) || !consentRequired(purpose) || consentUnreadable(purpose)) continue;
      const pointer = `${purpose.pointer}${pointerOf("consent")}`;
      const data = { purpose: describeLocation(model.root, purpose.pointer), block: suggestedBlock(purpose) };
      let report;
      if (purpose.value.lawful_basis === "consent") {
        report = { messageId: "basisConsent", pointer, data };
      } else if (namesExplicitConsent(purpose)) {
        report = { messageId: "explicitCondition", pointer, data };
      } else if (needsCommunicationsConsent(purpose)) {
        report = { messageId: "communicationsConsent", pointer, data: { ...data, categories: idsOf(categoriesFrom(purpose, COMMUNICATIONS_SOURCES)) } };
      } else {
        report = { messageId: "terminalConsent", pointer, data: { ...data, categories: idsOf(categoriesFrom(purpose, TERMINAL_SOURCES)) } };
      }
      yield report;
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
    for (const { purpose, consent } of consentBlocks(model.purposes)) {
      if (recordsKept(consent.records)) continue;
      if (misspeltKey(consent, "records", "consent") !== void 0) continue;
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
      if (before !== void 0 && after === void 0 && !consentUnreadable(pair.head)) {
        if (pair.base.value.lawful_basis === "consent" && pair.head.value.lawful_basis === "consent") {
          yield { messageId: "removed", pointer: joinPointer(pair.head.pointer, "consent"), data: { purpose, was: summary(before), atBase: atBase(pair, file) } };
        }
        continue;
      }
      if (before === void 0 || after === void 0) continue;
      for (const field of FIELDS) {
        if (misspeltKey(after, field, "consent") !== void 0) continue;
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
      if (!isStated(withdrawal)) yield { messageId: "notStated", pointer, data };
      else if (withdrawal === "none") yield { messageId: "noWithdrawal", pointer, data };
      else yield { messageId: "harderThanGiving", pointer, data: { ...data, withdrawal: String(withdrawal), route: ROUTE_NAMES[String(withdrawal)] ?? String(withdrawal) } };
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
function numbered(kind, pointer) {
  return `${kind} #${Number(pointer.slice(pointer.lastIndexOf("/") + 1)) + 1}`;
}
var located = (named, root) => describeLocation(root, named.element.pointer);
var ofActivity = (named, root) => describeLocation(root, named.activity.pointer);
var ARRANGEMENT = {
  below: "/arrangement",
  field: "arrangement",
  key: "arrangement",
  what: "Art. 26 arrangement",
  owner: ({ element: joint }) => typeof joint.value.name === "string" && joint.value.name.trim() !== "" ? `joint controller \`${joint.value.name}\`` : numbered("joint controller", joint.pointer),
  example: (joint) => `docs/contracts/${slug(joint.name, "joint-controller")}-arrangement.md`
};
var ANONYMISATION = {
  below: "/anonymisation_assessment",
  field: "anonymisation_assessment",
  key: "anonymisation_assessment",
  what: "anonymisation assessment",
  owner: located,
  example: (category) => `docs/anonymisation/${slug(category.id, "category")}.md`
};
var LEGITIMATE_INTERESTS = {
  below: "/legitimate_interests/assessment",
  field: "legitimate_interests.assessment",
  key: "assessment",
  what: "legitimate-interests assessment",
  owner: located,
  example: (purpose) => `docs/lia/${slug(purpose.id, "purpose")}.md`
};
var COMPATIBILITY = {
  below: "/compatibility_assessment",
  field: "compatibility_assessment",
  key: "compatibility_assessment",
  what: "compatibility assessment",
  owner: located,
  example: (purpose) => `docs/compatibility/${slug(purpose.id, "purpose")}.md`
};
var DPIA = {
  below: "/dpia/reference",
  field: "dpia.reference",
  key: "reference",
  what: "DPIA",
  owner: located,
  example: (activity) => `docs/dpia/${slug(activity.id, "activity")}.md`
};
var DPA = {
  below: "/dpa_reference",
  field: "dpa_reference",
  key: "dpa_reference",
  what: "data processing agreement",
  owner: (named, root) => `${located(named, root)} of ${ofActivity(named, root)}`,
  example: (processor) => `docs/contracts/${slug(processor.name, "processor")}-dpa.md`
};
var SAFEGUARDS = {
  below: "/safeguard_reference",
  field: "safeguard_reference",
  key: "safeguard_reference",
  what: "transfer-safeguards document",
  owner: (named, root) => {
    const { country } = named.element.value;
    const transfer = typeof country === "string" && country.trim() !== "" ? `the transfer to \`${country}\`` : numbered("transfer", named.element.pointer);
    return `${transfer} of ${ofActivity(named, root)}`;
  },
  example: (transfer) => `docs/transfers/${slug(transfer.country, "transfer")}-${slug(transfer.mechanism, "safeguards")}.md`
};
function pathIn(value) {
  return typeof value === "string" && isStated(value) && classifyDocumentValue(value).kind !== "other" ? value.trim() : void 0;
}
function* documentFields(model) {
  const controller = model.root.controller;
  if (isRecord(controller)) {
    for (const joint of recordsOf(controller.joint_controllers, "/controller/joint_controllers")) {
      const path = pathIn(joint.value.arrangement);
      if (path !== void 0) yield { kind: ARRANGEMENT, path, element: joint };
    }
  }
  for (const category of model.categories) {
    const path = pathIn(category.value.anonymisation_assessment);
    if (path !== void 0) yield { kind: ANONYMISATION, path, element: category };
  }
  for (const activity of model.activities) {
    for (const purpose of activity.purposes) {
      const interests = purpose.value.legitimate_interests;
      const assessment = pathIn(isRecord(interests) ? interests.assessment : void 0);
      if (assessment !== void 0) yield { kind: LEGITIMATE_INTERESTS, path: assessment, element: purpose };
      const compatibility = pathIn(purpose.value.compatibility_assessment);
      if (compatibility !== void 0) yield { kind: COMPATIBILITY, path: compatibility, element: purpose };
    }
    const dpia = activity.value.dpia;
    const reference = pathIn(isRecord(dpia) ? dpia.reference : void 0);
    if (reference !== void 0) yield { kind: DPIA, path: reference, element: activity };
    yield* entryFields(activity, "processors", DPA);
    yield* entryFields(activity, "transfers", SAFEGUARDS);
  }
}
function* entryFields(activity, list, kind) {
  const entries = activity.value[list];
  if (!Array.isArray(entries)) return;
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    const path = isRecord(entry) ? pathIn(entry[kind.key]) : void 0;
    if (path !== void 0) yield { kind, path, element: { value: entry, pointer: `${activity.pointer}/${list}/${index}` }, activity };
  }
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
var UNTIDY = /\\|\/\/|^\/|\/$|(?:^|\/)\.\.?(?:\/|$)/;
function locations(folder) {
  const base = locationOf(folder, "");
  const prefix = base === "" || base.endsWith("/") ? base : `${base}/`;
  return (documentPath) => UNTIDY.test(documentPath) ? locationOf(folder, documentPath) : `${prefix}${documentPath}`;
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
    const location = locations(folder);
    const root = context.model.root;
    for (const named of documentFields(context.model)) {
      const state = lookup(named.path);
      if (state.status === "present") continue;
      const { kind, path } = named;
      const pointer = `${named.element.pointer}${kind.below}`;
      const owner = kind.owner(named, root);
      if (state.status === "missing") yield { messageId: "missing", pointer, data: { what: kind.what, path, owner, field: kind.field, key: kind.key, folder, location: location(path) } };
      else if (state.status === "unchecked") yield { messageId: "unchecked", pointer, data: { what: kind.what, path, owner, field: kind.field, key: kind.key, folder, detail: state.detail, location: location(path) } };
      else yield { messageId: state.reason === "link" ? "link" : "outside", pointer, data: { what: kind.what, path, owner, field: kind.field, key: kind.key, folder, detail: outsideDetail(state), example: kind.example(named.element.value) } };
    }
  }
});

// src/rules/dpia-required.ts
var UNDER_WAY = /* @__PURE__ */ new Set(["completed", "in-progress"]);
var STATUSES = ["completed", "in-progress", "not-required", "missing"];
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
function nameOf(element, root) {
  return typeof element.value.id === "string" ? code(element.value.id) : describeLocation(root, element.pointer);
}
function criteriaOf(activity, training, root) {
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
    const name = nameOf(category, root);
    if (stringsOf(category.value.special).length > 0) add("sensitive-data", `special-category data in ${name}`);
    if (category.value.criminal === true) add("sensitive-data", `criminal-offence data in ${name}`);
    if (category.value.source === "public") add("large-scale", `publicly available data in ${name}`);
  }
  for (const subject of activity.subjects) {
    if (subject.value.children === true) add("vulnerable-subjects", `children among ${nameOf(subject, root)}`);
  }
  if (activity.value.automated_decision_making === true) add("automated-decision", code("automated_decision_making: true"));
  for (const purpose of training) add("innovative-technology", `AI-training purpose ${nameOf(purpose, root)}`, true);
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
      if (isMalformed(dpia, "mapping") || isMalformed(status, STATUSES)) continue;
      if (misspeltKey(activity.value, "dpia", "activity") !== void 0 || misspeltKey(dpia, "status", "dpia") !== void 0) continue;
      const training = activity.purposes.filter(isAiTraining);
      const met = criteriaOf(activity, training, model.root);
      if (training.length === 0 && (met.sources.size < 2 || activity.value.role === "processor")) continue;
      const pointer = joinPointer(joinPointer(activity.pointer, "dpia"), "status");
      const written2 = isStated(status) ? { status: String(status) } : void 0;
      const data = {
        activity: describeLocation(model.root, activity.pointer),
        file: fileNameFor(activity.value.id, "activity"),
        criteria: criteriaInWords(met)
      };
      if (training.length === 0) {
        const count = met.sources.size;
        if (written2) yield { messageId: "criteriaNotDone", pointer, severity: "warning", data: { ...data, ...written2, count } };
        else yield { messageId: "criteriaMissing", pointer, severity: "warning", data: { ...data, count } };
        continue;
      }
      const purposes = training.map((purpose) => nameOf(purpose, model.root)).join(", ");
      const causes = met.withoutTraining.size >= 2 ? {} : { causes: training.map((purpose) => purpose.pointer) };
      if (written2) yield { messageId: "notDone", pointer, data: { ...data, ...written2, purposes }, ...causes };
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
function idPointer(item) {
  return joinPointer(item.pointer, "id");
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
        const earlier = first.get(id);
        if (earlier === void 0) first.set(id, item);
        else yield { messageId: "duplicate", pointer: idPointer(item), related: idPointer(earlier), data: { kind, id } };
      }
    }
    const firstPurpose = /* @__PURE__ */ new Map();
    let taken;
    for (const purpose of model.purposes) {
      const id = purpose.value.id;
      if (typeof id !== "string") continue;
      const earlier = firstPurpose.get(id);
      if (earlier === void 0) {
        firstPurpose.set(id, purpose);
        continue;
      }
      taken ??= new Set(model.purposes.map((other) => other.value.id).filter((other) => typeof other === "string"));
      const firstActivity = earlier.activity === purpose.activity ? "the same activity" : describeLocation(model.root, earlier.activity.pointer);
      const suggestion = freeId(id, purpose.activity.value.id, taken);
      taken.add(suggestion);
      yield { messageId: "duplicatePurpose", pointer: idPointer(purpose), related: idPointer(earlier), data: { id, firstActivity, suggestion } };
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
      if (!needsCommunicationsConsent(purpose) || consentUnreadable(purpose)) continue;
      const consentPointer = joinPointer(purpose.pointer, "consent");
      const consent = consentBlock(purpose);
      if (!consent) {
        yield { messageId: "noConsent", pointer: consentPointer, data: dataOf(model.root, purpose) };
        continue;
      }
      const rejecting = rejectedBy(purpose);
      if (rejecting.some((id) => id !== GIVEN_BY_DEFECT)) {
        yield { messageId: "rejected", pointer: consentPointer, target: "key", data: { ...dataOf(model.root, purpose), rules: rejecting.map((id) => `\`${id}\``).join(", ") } };
      } else if (consent.given_by !== "all-participants" && !consentFieldUnreadable(consent, "given_by", CONSENT_GIVERS)) {
        const givenBy = isStated(consent.given_by) ? `\`${String(consent.given_by)}\`` : "nobody named";
        yield { messageId: "givenBy", pointer: joinPointer(consentPointer, "given_by"), data: { ...dataOf(model.root, purpose), givenBy } };
      }
    }
  }
});
function dataOf(root, purpose) {
  return {
    purpose: describeLocation(root, purpose.pointer),
    categories: categoriesFrom(purpose, COMMUNICATIONS_SOURCES).map((category) => `\`${String(category.value.id)}\``).join(", ")
  };
}

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
      if (!needsTerminalConsent(purpose) || consentUnreadable(purpose)) continue;
      const consentPointer = joinPointer(purpose.pointer, "consent");
      if (!consentBlock(purpose)) {
        yield { messageId: "noConsent", pointer: consentPointer, data: dataOf2(model.root, purpose) };
        continue;
      }
      const rejecting = rejectedBy(purpose);
      if (rejecting.length > 0) {
        yield { messageId: "rejected", pointer: consentPointer, target: "key", data: { ...dataOf2(model.root, purpose), rules: rejecting.map((id) => `\`${id}\``).join(", ") } };
      }
    }
  }
});
function dataOf2(root, purpose) {
  return {
    purpose: describeLocation(root, purpose.pointer),
    categories: categoriesFrom(purpose, TERMINAL_SOURCES).map((category) => `\`${String(category.value.id)}\``).join(", ")
  };
}

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
  *check({ document, model, ruleIds, today }) {
    if (!writesIgnores(document)) return;
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
    description: "Every purpose of a controller names the Art. 6(1) lawful basis it relies on.",
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
      if (purpose.activity.value.role === "processor" && purpose.value.ai_training !== true) continue;
      if (misspeltKey(purpose.value, "lawful_basis", "purpose") !== void 0) continue;
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
      if (isMalformed(was, LAWFUL_BASES) || isMalformed(now, LAWFUL_BASES)) continue;
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
      if (isMalformed(interests, "mapping")) continue;
      if (misspeltKey(purpose.value, "legitimate_interests", "purpose") !== void 0 || misspeltKey(interests, "assessment", "legitimateInterests") !== void 0) continue;
      const id = purpose.value.id;
      yield {
        messageId: "missing",
        pointer: joinPointer(joinPointer(purpose.pointer, "legitimate_interests"), "assessment"),
        data: { purpose: describeLocation(model.root, purpose.pointer), file: fileNameFor(id, "purpose") }
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
  const quoted = [...new Set(paths)].map((path) => `\`${path}\``);
  return quoted.length <= 1 ? quoted[0] ?? "" : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}

// src/rules/notice-missing.ts
function unreadable(notice) {
  if (!isStated(notice) || typeof notice === "string") return false;
  return !Array.isArray(notice) || notice.some((item) => typeof item !== "string" && isStated(item));
}
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
      const { root } = context.model;
      if (!unreadable(root.notice) && misspeltKey(root, "notice", "inventory") === void 0) yield { messageId: "none", pointer: "/notice" };
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
        if (processor.value.dpa === true || isMalformed(processor.value.dpa, "boolean") || misspeltKey(processor.value, "dpa", "processor") !== void 0) continue;
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
      if (isMalformed(purpose.value.lawful_basis, LAWFUL_BASES) || misspeltKey(purpose.value, "lawful_basis", "purpose") !== void 0) continue;
      if (misspeltKey(purpose.value, "compatibility_assessment", "purpose") !== void 0) continue;
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
        data: { purpose: describeLocation(model.root, purpose.pointer), reuse: reused.join("; "), file: fileNameFor(id, "purpose") }
      };
    }
  }
});

// src/rules/purpose-scope-expanded.ts
function idsOf2(purpose, key) {
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
        const before = new Set(idsOf2(pair.base, key2));
        return idsOf2(pair.head, key2).filter((id) => !before.has(id));
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

// src/fixes/closest.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function normalise(text) {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, "-");
}
function slipDistance(a, b) {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i][j] = best;
    }
  }
  return rows[a.length][b.length];
}
function fixableClosest(given, candidates) {
  const suggestion = suggestClosest(given, candidates);
  if (suggestion === void 0) return void 0;
  const lower = given.toLowerCase();
  const far = (0, import_fastest_levenshtein.distance)(lower, suggestion.toLowerCase());
  const shape = normalise(given);
  for (const candidate of candidates) {
    if (candidate === suggestion) continue;
    const lowered = candidate.toLowerCase();
    if (Math.abs(lowered.length - lower.length) <= far && (0, import_fastest_levenshtein.distance)(lower, lowered) <= far) return void 0;
    const other = normalise(candidate);
    if (Math.abs(other.length - shape.length) <= 1 && slipDistance(shape, other) <= 1) return void 0;
  }
  return slipDistance(shape, normalise(suggestion)) <= 1 ? suggestion : void 0;
}

// src/core/countries.ts
var COUNTRIES = [
  ["US", "USA", "United States", "United States of America", "America", "U S A", "U S"],
  ["GB", "GBR", "UK", "U K", "United Kingdom", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland"],
  ["DE", "DEU", "Germany", "Deutschland"],
  ["FR", "FRA", "France"],
  ["IE", "IRL", "Ireland", "Republic of Ireland", "Eire"],
  ["NL", "NLD", "Netherlands", "Holland", "Nederland"],
  ["BE", "BEL", "Belgium"],
  ["LU", "LUX", "Luxembourg"],
  ["AT", "AUT", "Austria", "\xD6sterreich"],
  ["CH", "CHE", "Switzerland", "Schweiz", "Suisse"],
  ["ES", "ESP", "Spain", "Espa\xF1a"],
  ["PT", "PRT", "Portugal"],
  ["IT", "ITA", "Italy", "Italia"],
  ["GR", "GRC", "EL", "Greece", "Hellas"],
  ["SE", "SWE", "Sweden", "Sverige"],
  ["DK", "DNK", "Denmark", "Danmark"],
  ["FI", "FIN", "Finland", "Suomi"],
  ["NO", "NOR", "Norway", "Norge"],
  ["IS", "ISL", "Iceland"],
  ["PL", "POL", "Poland", "Polska"],
  ["CZ", "CZE", "Czechia", "Czech Republic"],
  ["RO", "ROU", "Romania"],
  ["CA", "CAN", "Canada"],
  ["AU", "AUS", "Australia"],
  ["NZ", "NZL", "New Zealand"],
  ["JP", "JPN", "Japan"],
  ["KR", "KOR", "South Korea", "Korea", "Republic of Korea"],
  ["CN", "CHN", "China", "People's Republic of China", "PRC"],
  ["HK", "HKG", "Hong Kong"],
  ["TW", "TWN", "Taiwan"],
  ["IN", "IND", "India"],
  ["SG", "SGP", "Singapore"],
  ["IL", "ISR", "Israel"],
  ["AE", "ARE", "UAE", "United Arab Emirates"],
  ["BR", "BRA", "Brazil", "Brasil"],
  ["MX", "MEX", "Mexico"],
  ["AR", "ARG", "Argentina"],
  ["ZA", "ZAF", "South Africa"],
  ["PH", "PHL", "Philippines"],
  ["UA", "UKR", "Ukraine"],
  ["TR", "TUR", "Turkey", "T\xFCrkiye", "Turkiye"],
  ["RU", "RUS", "Russia", "Russian Federation"]
];
function normalise2(text) {
  return text.trim().toLowerCase().replace(/\./g, " ").replace(/\s+/g, " ").trim().replace(/^the /, "");
}
var CODE_BY_NAME = new Map(COUNTRIES.flatMap(([code2, ...names]) => names.map((name) => [normalise2(name), code2])));
function countryCode(text) {
  const trimmed = text.trim();
  const named = CODE_BY_NAME.get(normalise2(trimmed));
  if (named !== void 0) return named;
  return /^[a-z]{2}$/i.test(trimmed) ? trimmed.toUpperCase() : void 0;
}

// src/core/schema-check.ts
var validated = /* @__PURE__ */ new WeakMap();
function validateInventory(value) {
  if (!isRecord(value)) return violationsOf(value);
  let violations = validated.get(value);
  if (violations === void 0) validated.set(value, violations = violationsOf(value));
  return violations;
}
function violationsOf(value) {
  if (validate(value)) return [];
  return reported(validate.errors ?? []).map((error) => {
    const violation = toViolation(error, value);
    const fix = fixOf(error, violation);
    return fix === void 0 ? violation : { ...violation, fix };
  });
}
function reported(errors) {
  const told = /* @__PURE__ */ new Set();
  const empty = new Set(errors.filter((error) => error.keyword === "enum" && error.data === null).map((error) => error.instancePath));
  return errors.filter((error) => {
    if (!isBlank(error.data)) return true;
    const field = fieldAt(error.instancePath);
    if (field === void 0 || !holdsNothing(error.data, field.node)) return true;
    if (!field.required) return false;
    if (empty.has(error.instancePath) && error.keyword !== "enum") return false;
    if (told.has(error.instancePath)) return false;
    told.add(error.instancePath);
    return true;
  });
}
function isBlank(value) {
  return value === null || typeof value === "string" && !isStated(value);
}
function holdsNothing(value, node) {
  if (value === null) return true;
  if (!isBlank(value)) return false;
  const types = typesOf(node);
  return types.includes("string") || types.includes("object");
}
function fieldAt(pointer) {
  let node = ROOT;
  let field;
  for (const segment of pointer.split("/").slice(1)) {
    const property = node.properties?.[segment];
    if (property !== void 0) {
      field = { node: resolve(property), required: (node.required ?? []).includes(segment) };
      node = field.node;
    } else if (/^\d+$/.test(segment) && node.items !== void 0) {
      field = void 0;
      node = resolve(node.items);
    } else {
      return void 0;
    }
  }
  return field;
}
function oncePerSlip(find) {
  const found = /* @__PURE__ */ new Map();
  return (given, candidates) => {
    const key = `${given}\0${candidates.join("\0")}`;
    if (found.has(key)) return found.get(key);
    if (found.size >= 1e3) found.clear();
    const to = find(given, candidates);
    found.set(key, to);
    return to;
  };
}
var closestFix = oncePerSlip(fixableClosest);
var closestKey = oncePerSlip(suggestClosest);
var BOOLEAN_WORDS = { yes: true, no: false, true: true, false: false, on: true, off: false };
var SHARED_COUNTRY_NAMES = /* @__PURE__ */ new Set(["korea", "america"]);
function fixOf(error, violation) {
  switch (violation.messageId) {
    case "unknownKey": {
      const key = violation.data.key;
      const known = Object.keys((error.parentSchema ?? {}).properties ?? {});
      const to = closestFix(key, known);
      if (to === void 0 || isRecord(error.data) && Object.prototype.hasOwnProperty.call(error.data, to)) return void 0;
      return { replace: "key", from: key, to };
    }
    case "enum":
    case "enumItem": {
      if (typeof error.data !== "string") return void 0;
      const allowed = error.schema.map((option) => option === null ? "null" : String(option));
      const to = closestFix(error.data, allowed);
      return to === void 0 || to === "null" ? void 0 : { replace: "value", from: error.data, to };
    }
    case "type": {
      const expected = [].concat(error.params.type);
      if (!expected.includes("boolean") || typeof error.data !== "string") return void 0;
      const to = Object.prototype.hasOwnProperty.call(BOOLEAN_WORDS, error.data.toLowerCase()) ? BOOLEAN_WORDS[error.data.toLowerCase()] : void 0;
      return to === void 0 ? void 0 : { replace: "value", from: error.data, to };
    }
    case "country": {
      const given = violation.data.given;
      const code2 = countryCode(given);
      const name = given.trim().toLowerCase().replace(/\./g, " ").replace(/\s+/g, " ").trim().replace(/^the /, "");
      return code2 === void 0 || code2 === given || SHARED_COUNTRY_NAMES.has(name) ? void 0 : { replace: "value", from: given, to: code2 };
    }
    default:
      return void 0;
  }
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
var ROOT = schema;
function resolve(node) {
  if (!node?.$ref) return node ?? {};
  const { $ref, ...own } = node;
  return { ...resolve(ROOT.$defs[$ref.replace("#/$defs/", "")]), ...own };
}
function typesOf(node) {
  return [node.type ?? []].flat();
}
function plainDescription(description) {
  return (description ?? "").replace(/\s*Drives: [^]*$/, "");
}
function exampleOf(raw, depth = 0) {
  const node = resolve(raw);
  if (node.examples && node.examples.length > 0) return node.examples[0];
  const allowed = [node, ...node.anyOf ?? []].flatMap((branch) => branch.enum ?? []).find((value) => value !== null);
  if (allowed !== void 0) return allowed;
  if (node.const !== void 0) return node.const;
  const types = typesOf(node);
  if (types.includes("object") && node.properties) {
    if (depth >= 2) return void 0;
    const keys = Object.keys(node.properties);
    const required = node.required ?? [];
    const chosen = required.length >= 2 ? required : [.../* @__PURE__ */ new Set([...required, ...keys])].slice(0, 2);
    const entries = chosen.map((key) => [key, exampleOf(node.properties[key], depth + 1)]).filter(([, value]) => value !== void 0);
    return entries.length > 0 ? Object.fromEntries(entries) : void 0;
  }
  if (types.includes("array")) {
    const item = exampleOf(node.items, depth + 1);
    return item === void 0 ? [] : [item];
  }
  if (types.includes("boolean")) return true;
  return void 0;
}
function flowScalar(value) {
  if (typeof value !== "string") return String(value);
  const plain = value.trim() === value && value !== "" && !/[,[\]{}]|: | #|:$/.test(value) && !/^[-?:#&*!|>'"%@`]/.test(value) && !/^(true|false|null|~|yes|no|on|off|[-+.\d][\d_.:eE+-]*)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}
function flowYaml(value) {
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(", ")}]`;
  if (isRecord(value)) return `{${Object.entries(value).map(([key, item]) => `${key}: ${flowYaml(item)}`).join(", ")}}`;
  return flowScalar(value);
}
function written(key, value) {
  return key === void 0 ? flowYaml(value) : `${key}: ${flowYaml(value)}`;
}
var ACTIVITY_LISTS = /* @__PURE__ */ new Set(["processors", "transfers", "on_behalf_of"]);
function placeOf(root, pointer) {
  if (pointer === "") return { subject: "the file", key: void 0, entry: void 0, where: "the inventory" };
  const segment = lastSegment(pointer);
  if (/^\d+$/.test(segment)) {
    const list = parentPointer(pointer);
    const key = lastSegment(list);
    const where2 = describeLocation(root, list);
    return { subject: `entry #${Number(segment) + 1} of \`${key}\` in ${where2}`, key, entry: Number(segment) + 1, where: where2 };
  }
  const owner = parentPointer(pointer);
  let where = describeLocation(root, owner);
  if (/^\d+$/.test(lastSegment(owner)) && ACTIVITY_LISTS.has(lastSegment(parentPointer(owner)))) where = `${where} of ${describeLocation(root, parentPointer(parentPointer(owner)))}`;
  return { subject: `\`${segment}\` in ${where}`, key: segment, entry: void 0, where };
}
function itemsOf(node) {
  return resolve(node.items);
}
function entryWord(items) {
  return items.title ? items.title.charAt(0).toLowerCase() + items.title.slice(1) : "entry";
}
var closestAllowed = oncePerSlip((given, allowed) => {
  const whole = suggestClosest(given, allowed);
  if (whole !== void 0) return whole;
  const owners = /* @__PURE__ */ new Map();
  for (const value of allowed) {
    for (const word2 of value.split("-")) if (word2.length >= 3) owners.set(word2, (owners.get(word2) ?? /* @__PURE__ */ new Set()).add(value));
  }
  const unique = [...owners].filter(([, values]) => values.size === 1);
  const word = suggestClosest(given.toLowerCase().replace(/[\s_]+/g, "-"), unique.map(([candidate]) => candidate));
  return word === void 0 ? void 0 : [...owners.get(word)][0];
});
function toViolation(error, root) {
  if (error.keyword === "additionalProperties" || error.keyword === "required") return keyViolation(error, describeLocation(root, error.instancePath));
  const place = placeOf(root, error.instancePath);
  const field = place.key ?? "the inventory";
  const parentSchema = error.parentSchema ?? {};
  switch (error.keyword) {
    case "enum": {
      const allowed = error.schema.map((option) => option === null ? "null" : String(option));
      if (error.data === null && place.entry === void 0) {
        return { messageId: "empty", pointer: error.instancePath, target: "node", data: { subject: place.subject, fix: `fill in \`${field}\` with one of: ${allowed.filter((option) => option !== "null").join(", ")}` } };
      }
      const given = typeof error.data === "string" ? error.data : typeOfValue(error.data);
      const suggestion = typeof error.data === "string" ? closestAllowed(error.data, allowed) : void 0;
      const fix = suggestion ? `did you mean \`${suggestion}\`?` : `use one of: ${allowed.join(", ")}`;
      if (place.entry !== void 0) return { messageId: "enumItem", pointer: error.instancePath, target: "node", data: { given, list: field, where: place.where, fix } };
      return { messageId: "enum", pointer: error.instancePath, target: "node", data: { subject: place.subject, given, allowed: allowed.join(", "), fix } };
    }
    case "type":
      return typeViolation(error, place);
    case "pattern": {
      const given = String(error.data);
      if (place.key === "country" && place.entry === void 0) {
        const code2 = countryCode(given);
        const fix2 = code2 !== void 0 && code2 !== given ? `did you mean \`${code2}\`?` : "write the two-letter ISO 3166-1 code in capitals, e.g. `US` for the United States, `GB` for the United Kingdom, `DE` for Germany";
        return { messageId: "country", pointer: error.instancePath, target: "node", data: { given, where: place.where, fix: fix2 } };
      }
      const isId = error.schema.startsWith("^[a-z0-9]+");
      const kebab = given.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
      const expected = isId ? "a kebab-case id (lowercase letters and digits joined by single hyphens)" : firstSentence(parentSchema.description) || `text matching ${String(error.schema)}`;
      const fix = isId && kebab ? `write \`${kebab}\`` : `write ${firstSentence(parentSchema.description) || "a value in the documented form"}`;
      if (place.entry !== void 0) return { messageId: "patternItem", pointer: error.instancePath, target: "node", data: { given, list: field, where: place.where, expected, fix } };
      return { messageId: "pattern", pointer: error.instancePath, target: "node", data: { subject: place.subject, given, expected, fix } };
    }
    case "format":
      return { messageId: "format", pointer: error.instancePath, target: "node", data: { subject: place.subject, given: String(error.data), format: String(error.schema) } };
    case "const":
      return { messageId: "const", pointer: error.instancePath, target: "node", data: { field, expected: String(error.schema), given: typeOfValue(error.data) } };
    case "minLength":
      return { messageId: "empty", pointer: error.instancePath, target: "node", data: { subject: place.subject, fix: place.entry === void 0 ? `fill in \`${field}\`: the format requires it` : "fill in the entry or remove it" } };
    case "minItems": {
      const example = parentSchema.examples?.[0];
      const entry = Array.isArray(example) && example.length > 0 ? `, e.g. \`- ${flowYaml(example[0])}\`` : "";
      return { messageId: "tooFew", pointer: error.instancePath, target: "node", data: { field, where: describeLocation(root, error.instancePath), example: entry } };
    }
    case "uniqueItems":
      return { messageId: "unique", pointer: error.instancePath, target: "node", data: { subject: place.subject } };
    default:
      return { messageId: "invalid", pointer: error.instancePath, target: "node", data: { subject: place.subject, detail: error.message ?? "is invalid" } };
  }
}
function keyViolation(error, where) {
  const parentSchema = error.parentSchema ?? {};
  if (error.keyword === "additionalProperties") {
    const key = String(error.params.additionalProperty);
    const known = Object.keys(parentSchema.properties ?? {});
    const suggestion = closestKey(key, known);
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
  const missing = String(error.params.missingProperty);
  const property = parentSchema.properties?.[missing];
  const values = property?.enum?.filter((option) => option !== null);
  const description = `${plainDescription(property?.description)}${values ? ` One of: ${values.join(", ")}.` : ""}`;
  return { messageId: "missing", pointer: joinPointer(error.instancePath, missing), target: "key", data: { key: missing, where, description } };
}
function typeViolation(error, place) {
  const node = resolve(error.parentSchema);
  const expected = [].concat(error.params.type);
  const given = typeOfValue(error.data);
  const base = { pointer: error.instancePath, target: "node" };
  const key = place.entry === void 0 ? place.key : void 0;
  const example = exampleOf(node);
  if (expected.length === 1 && expected[0] === "object") {
    return { ...base, messageId: "notMapping", data: { subject: place.subject, given, fix: mappingFix(node, error.data, place, example) } };
  }
  if (expected.includes("array") && !expected.includes("string")) {
    return { ...base, messageId: "notList", data: { subject: place.subject, given, fix: listFix(node, error.data, place.key, example) } };
  }
  const words = expected.map((type) => TYPE_WORDS[type] ?? type).join(" or ");
  let fix;
  if (expected.includes("boolean")) fix = `write ${key === void 0 ? "`true` or `false`" : `\`${key}: true\` or \`${key}: false\``}, without quotes: YAML reads only these two words as true and false`;
  else if (example !== void 0) fix = `write ${words}, e.g. \`${written(key, example)}\``;
  else fix = `write ${key === void 0 ? "it" : `\`${key}\``} as ${words}`;
  return { ...base, messageId: "type", data: { subject: place.subject, expected: words, given, fix } };
}
function mappingFix(node, data, place, example) {
  if (place.key === void 0) {
    const first = Array.isArray(data) && isRecord(data[0]) ? Object.keys(data[0])[0] : void 0;
    return first === void 0 ? "start the file with `version: 1` and the other keys of the format, each at the start of its line" : `remove the \`- \` before \`${first}:\`: the keys of the file start at the beginning of their lines`;
  }
  const entry = place.entry !== void 0;
  const shown2 = (value) => entry ? `- ${flowYaml(value)}` : written(place.key, value);
  const shape = example === void 0 ? "" : `, e.g. \`${shown2(example)}\``;
  const what = entry ? `an entry of \`${place.key}\` is a mapping` : `the keys of \`${place.key}\` go under it`;
  if (Array.isArray(data) && data.length === 1 && isRecord(data[0])) {
    const first = Object.keys(data[0])[0];
    return `remove the \`- \`${first === void 0 ? "" : ` before \`${first}:\``}: ${what}${shape}`;
  }
  if (typeof data === "string" && node.properties && data.trim() !== "") {
    const meant = Object.entries(node.properties).find(([, property]) => resolve(property).enum?.includes(data))?.[0] ?? (node.properties.name ? "name" : void 0);
    if (meant !== void 0) return `did you mean \`${shown2({ [meant]: data })}\`? ${what.charAt(0).toUpperCase()}${what.slice(1)}${shape}`;
  }
  return `write it as a mapping: ${what}${shape}`;
}
function listFix(node, data, key, example) {
  const items = itemsOf(node);
  const name = key === void 0 ? "the list" : `\`${key}\``;
  if (typesOf(items).includes("object")) {
    const entry = Array.isArray(example) && isRecord(example[0]) ? Object.entries(example[0]) : [];
    if (entry.length === 0) return `start each ${entryWord(items)} of ${name} with \`- \``;
    const [[firstKey, firstValue], ...rest] = entry;
    const others = rest.map(([other, value]) => `\`${other}: ${flowYaml(value)}\``);
    const below = others.length === 0 ? "" : `, then ${others.length === 1 ? others[0] : `${others.slice(0, -1).join(", ")} and ${others.at(-1)}`} on the next line${others.length === 1 ? "" : "s"}, lined up with \`${firstKey}\``;
    const lead = isRecord(data) ? `start each ${entryWord(items)} with \`- \`` : `write each ${entryWord(items)} as an entry that starts with \`- \``;
    return `${lead}, e.g. \`- ${firstKey}: ${flowYaml(firstValue)}\`${below}`;
  }
  if (typeof data === "string" && fitsItem(items, data) && key !== void 0) return `write it as a list, with brackets: \`${key}: [${flowScalar(data)}]\``;
  return `write ${name} as a list${example === void 0 ? "" : `, e.g. \`${written(key, example)}\``}`;
}
function fitsItem(items, value) {
  if (!typesOf(items).includes("string") || value.trim() === "") return false;
  if (items.enum) return items.enum.includes(value);
  return items.pattern === void 0 || new RegExp(items.pattern, "u").test(value);
}
function firstSentence(description) {
  return plainDescription(description).split(/;|\s\(|\.\s|\.$/)[0];
}

// src/rules/record-incomplete.ts
var REQUIRED_FIELDS = [
  { field: "data_subjects", emptyMeansNone: false, controllerOnly: false, example: "`data_subjects: [customers]`" },
  { field: "data_categories", emptyMeansNone: false, controllerOnly: false, example: "`data_categories: [contact-details]`" },
  { field: "recipients", emptyMeansNone: true, controllerOnly: true, example: "`recipients: [Payment provider]` (or `recipients: []` when there are none)" },
  { field: "transfers", emptyMeansNone: true, controllerOnly: false, example: "`transfers: [{country: US, mechanism: scc}]` (or `transfers: []` when there are none)" },
  { field: "security_measures", emptyMeansNone: false, controllerOnly: false, example: "`security_measures: [encryption-at-rest, access-control]`" }
];
var ROLES = ["controller", "joint-controller", "processor"];
function schemaReports(value) {
  const reported2 = /* @__PURE__ */ new Set();
  const containing = /* @__PURE__ */ new Set();
  for (const { pointer } of validateInventory(value)) {
    reported2.add(pointer);
    for (let parent = parentPointer(pointer); parent !== ""; parent = parentPointer(parent)) containing.add(parent);
  }
  const at = (pointer) => {
    for (let node = pointer; node !== ""; node = parentPointer(node)) if (reported2.has(node)) return true;
    return false;
  };
  return { at, within: (pointer) => containing.has(pointer) || at(pointer) };
}
function gapOf(value, emptyMeansNone) {
  if (value === void 0 || value === null) return "absent";
  if (!Array.isArray(value)) return void 0;
  if (value.length === 0) return emptyMeansNone ? void 0 : "absent";
  return value.every((item) => typeof item === "string" && !isStated(item)) ? "placeholder" : void 0;
}
function namedParties(list, pointer) {
  return recordsOf(list, pointer).filter((party) => isStated(party.value.name));
}
function partiesReported(schema2, owner, key, ownerKind, partyKind, pointer) {
  if (schema2.at(pointer) || misspeltKey(owner, key, ownerKind) !== void 0) return true;
  const list = isRecord(owner) ? owner[key] : void 0;
  return Array.isArray(list) && list.some((party, index) => schema2.at(joinPointer(joinPointer(pointer, index), "name")) || misspeltKey(party, "name", partyKind) !== void 0);
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
        message: "{activity} is carried out as a processor (`role: processor`), but `on_behalf_of` names none of the controllers it acts for",
        help: "add each controller with its contact details, e.g. `on_behalf_of: [{name: Customer Ltd, contact: privacy@customer.example}]` (Art. 30(2)(a))"
      },
      partyContact: {
        message: "{party} has no contact details in the record",
        help: "add how to reach its data protection contact, e.g. `contact: privacy@partner.example` ({article})"
      },
      transferCountry: {
        message: "{transfer} of {activity} does not say which country the data goes to",
        help: "add the destination country as its ISO 3166-1 alpha-2 code, e.g. `country: US`: Art. 30(1)(e) asks for the third country, and whether the transfer needs a safeguard depends on it"
      }
    }
  },
  *check({ document, model }) {
    if (!isRecord(document.value)) return;
    const schema2 = schemaReports(document.value);
    const controller = model.root.controller;
    const contactPointer = pointerOf("controller", "contact");
    if (!(isRecord(controller) && isStated(controller.contact)) && !schema2.at(contactPointer) && misspeltKey(controller, "contact", "controller") === void 0) {
      yield { messageId: "controllerContact", pointer: contactPointer };
    }
    const jointPointer = pointerOf("controller", "joint_controllers");
    const jointList = isRecord(controller) ? controller.joint_controllers : void 0;
    const jointControllers = namedParties(jointList, jointPointer);
    yield* partiesWithoutContact(schema2, jointControllers, "jointController", (party) => `joint controller \`${party}\``, "Art. 30(1)(a)");
    for (const activity of model.activities) {
      const name = () => describeLocation(model.root, activity.pointer);
      const role = activity.value.role;
      const roleUnknown = Object.prototype.hasOwnProperty.call(activity.value, "role") && !ROLES.includes(role) || misspeltKey(activity.value, "role", "activity") !== void 0;
      if (role === "joint-controller" && jointControllers.length === 0 && !partiesReported(schema2, controller, "joint_controllers", "controller", "jointController", jointPointer)) {
        yield { messageId: "jointControllers", pointer: joinPointer(activity.pointer, "role"), data: { activity: name() } };
      }
      const actingForPointer = joinPointer(activity.pointer, "on_behalf_of");
      const actingFor = namedParties(activity.value.on_behalf_of, actingForPointer);
      if (role === "processor" && actingFor.length === 0 && !partiesReported(schema2, activity.value, "on_behalf_of", "activity", "party", actingForPointer)) {
        yield { messageId: "onBehalfOf", pointer: joinPointer(activity.pointer, "role"), data: { activity: name() } };
      }
      if (actingFor.length > 0) yield* partiesWithoutContact(schema2, actingFor, "party", (party) => `controller \`${party}\` that ${name()} acts for`, "Art. 30(2)(a)");
      const gaps = [];
      for (const { field, emptyMeansNone, controllerOnly, example } of REQUIRED_FIELDS) {
        const gap = gapOf(activity.value[field], emptyMeansNone);
        if (gap === void 0 || controllerOnly && (role === "processor" || roleUnknown)) continue;
        if (schema2.within(joinPointer(activity.pointer, field)) || misspeltKey(activity.value, field, "activity") !== void 0) continue;
        gaps.push({ field, gap, example });
      }
      if (gaps.length > 0) {
        yield {
          messageId: "activityFields",
          pointer: activity.pointer,
          target: "key",
          data: {
            activity: name(),
            fields: listInWords(gaps.map(({ field, gap }) => gap === "placeholder" ? `\`${field}\` (only a placeholder)` : `\`${field}\``)),
            examples: listInWords(gaps.map(({ example }) => example))
          }
        };
      }
      const transfers = activity.value.transfers;
      if (!Array.isArray(transfers) || transfers.length === 0) continue;
      for (const transfer of recordsOf(transfers, joinPointer(activity.pointer, "transfers"))) {
        if (isStated(transfer.value.country)) continue;
        const countryPointer = joinPointer(transfer.pointer, "country");
        if (schema2.at(countryPointer) || misspeltKey(transfer.value, "country", "transfer") !== void 0) continue;
        yield { messageId: "transferCountry", pointer: countryPointer, target: "key", data: { transfer: describeLocation(model.root, transfer.pointer), activity: name() } };
      }
    }
  }
});
function* partiesWithoutContact(schema2, parties, kind, describe, article) {
  for (const party of parties) {
    const pointer = joinPointer(party.pointer, "contact");
    if (isStated(party.value.contact) || schema2.at(pointer) || misspeltKey(party.value, "contact", kind) !== void 0) continue;
    yield { messageId: "partyContact", pointer, data: { party: describe(String(party.value.name)), article } };
  }
}

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
      if (misspeltKey(activity.value, "retention", "activity") !== void 0) continue;
      if (isMalformed(activity.value.data_categories, "list") || hasMalformedEntries(model.root.data_categories)) continue;
      if (misspeltKey(activity.value, "data_categories", "activity") || misspeltKey(model.root, "data_categories", "inventory") || model.categories.some((category) => misspeltKey(category.value, "id", "dataCategory"))) continue;
      const named = [...new Set(stringsOf(activity.value.data_categories))];
      const without = named.filter((id) => {
        const category = model.categoryById.get(id)?.value;
        return !isStated(category?.retention) && misspeltKey(category, "retention", "dataCategory") === void 0;
      });
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
      const interests = purpose.value.legitimate_interests;
      if (isMalformed(interests, "mapping") || misspeltKey(purpose.value, "legitimate_interests", "purpose") !== void 0) continue;
      const block = joinPointer(purpose.pointer, "legitimate_interests");
      if (!isRecord(interests)) {
        const beforeProcessing = purpose.value.ai_training === true ? " and `objection_before_processing: true`" : "";
        yield { messageId: "noBlock", pointer: block, data: { purpose: describeLocation(model.root, purpose.pointer), beforeProcessing } };
        continue;
      }
      const objection = interests.objection;
      if (!isStated(objection) || objection === "none") {
        if (misspeltKey(interests, "objection", "legitimateInterests") === void 0) {
          yield { messageId: "noObjection", pointer: joinPointer(block, "objection"), data: { purpose: describeLocation(model.root, purpose.pointer) } };
        }
      } else if (purpose.value.ai_training === true && interests.objection_before_processing !== true && !isMalformed(interests.objection_before_processing, "boolean") && misspeltKey(interests, "objection_before_processing", "legitimateInterests") === void 0) {
        yield { messageId: "objectionTooLate", pointer: joinPointer(block, "objection_before_processing"), data: { purpose: describeLocation(model.root, purpose.pointer) }, severity: "warning" };
      }
    }
  }
});

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
      enum: { message: "{subject} is `{given}`, which is not one of the allowed values", help: "{fix}" },
      enumItem: { message: "`{given}` in `{list}` of {where} is not one of the allowed values", help: "{fix}" },
      type: { message: "{subject} must be {expected}, but it is {given}", help: "{fix}" },
      notMapping: { message: "{subject} must be a mapping of keys to values, but it is {given}", help: "{fix}" },
      notList: { message: "{subject} must be a list, each entry starting with `- `, but it is {given}", help: "{fix}" },
      pattern: { message: "{subject} is `{given}`, which is not {expected}", help: "{fix}" },
      patternItem: { message: "`{given}` in `{list}` of {where} is not {expected}", help: "{fix}" },
      country: { message: "`{given}` in `country` of {where} is not a two-letter ISO 3166-1 code", help: "{fix}" },
      format: { message: "{subject} is `{given}`, which is not a valid {format}", help: "write a {format} as YYYY-MM-DD, e.g. 2027-01-31" },
      const: { message: "`{field}` must be {expected}, but it is {given}", help: "write `{field}: {expected}`: it is the only version of the format" },
      empty: { message: "{subject} is empty", help: "{fix}" },
      tooFew: { message: "`{field}` in {where} is an empty list, but needs at least one entry", help: "add at least one entry to `{field}`{example}" },
      unique: { message: "{subject} lists the same value twice", help: "remove the repeated value" },
      invalid: { message: "{subject} {detail}", help: "see schemas/inventory.schema.json and docs/inventory-format.md for the expected form" }
    }
  },
  *check({ document }) {
    for (const problem of document.problems) {
      yield { messageId: "syntax", pointer: "", span: problem.span, data: { problem: problem.message } };
    }
    if (document.problems.some((problem) => problem.fatal)) return;
    for (const violation of validateInventory(document.value)) {
      yield { messageId: violation.messageId, pointer: violation.pointer, target: violation.target, data: violation.data, ...violation.fix ? { fix: violation.fix } : {} };
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
    for (const activity of model.activities) {
      if (!hasSpecialCategoryData(activity)) continue;
      const kinds = kindsOf(activity);
      for (const purpose of activity.purposes) {
        const pointer = joinPointer(purpose.pointer, "special_category_condition");
        const condition = purpose.value.special_category_condition;
        if (!isStated(condition)) {
          if (misspeltKey(purpose.value, "special_category_condition", "purpose") === void 0) {
            yield { messageId: "missing", pointer, data: { purpose: describeLocation(model.root, purpose.pointer), kinds } };
          }
        } else if (isAiTraining(purpose) && typeof condition === "string" && !TRAINING_CONDITIONS.has(condition) && !isMalformed(condition, ART9_CONDITIONS)) {
          yield { messageId: "notForTraining", pointer, data: { purpose: describeLocation(model.root, purpose.pointer), kinds, condition } };
        }
      }
    }
  }
});
function kindsOf(activity) {
  const kinds = /* @__PURE__ */ new Set();
  for (const category of activity.categories) for (const kind of stringsOf(category.value.special)) kinds.add(kind);
  return kinds.size > 0 ? [...kinds].join(", ") : "kinds not named";
}

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
function countryOf(value) {
  if (typeof value !== "string" || !isStated(value)) return void 0;
  return { written: value.trim(), code: countryCode(value) };
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
        if (country?.code !== void 0 && EEA.has(country.code)) continue;
        if (hasMechanism(transfer.value.mechanism) || misspeltKey(transfer.value, "mechanism", "transfer") !== void 0) continue;
        const mechanismWritten = Object.prototype.hasOwnProperty.call(transfer.value, "mechanism");
        const pointer = joinPointer(transfer.pointer, !mechanismWritten && country !== void 0 ? "country" : "mechanism");
        yield { messageId: "transfer", pointer, data: { activity: activityName, country: country === void 0 ? "a country it does not name" : `\`${country.code ?? country.written}\`` } };
      }
      yield* processorsWithoutTransfer(activity, activityName, transfers.map((transfer) => transfer.value), model.root);
    }
  }
});
function* processorsWithoutTransfer(activity, activityName, transfers, root) {
  if (hasMalformedEntries(activity.value.transfers) || misspeltKey(activity.value, "transfers", "activity") !== void 0) return;
  if (transfers.some((transfer) => misspeltKey(transfer, "country", "transfer") !== void 0)) return;
  const recorded = new Set(transfers.map((transfer) => countryOf(transfer.country)?.code));
  for (const processor of recordsOf(activity.value.processors, joinPointer(activity.pointer, "processors"))) {
    const country = countryOf(processor.value.country)?.code;
    if (country === void 0 || EEA.has(country) || recorded.has(country)) continue;
    const data = { processor: describeLocation(root, processor.pointer), activity: activityName, country };
    const pointer = joinPointer(processor.pointer, "country");
    const own = processor.value.mechanism;
    if (typeof own === "string" && MECHANISMS.has(own)) yield { messageId: "processorMechanism", pointer, data: { ...data, mechanism: own } };
    else yield { messageId: "processor", pointer, data };
  }
}

// src/rules/unknown-reference.ts
var KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
var KnownIds = class {
  #ids;
  #suggestions = /* @__PURE__ */ new Map();
  /** The kebab-case ids, listed on the first unknown id: each one filtered the whole list again. */
  #offered;
  constructor(ids) {
    this.#ids = ids;
  }
  has(id) {
    return this.#ids.has(id);
  }
  /** The closest defined id that is a kebab-case id: one the schema rejects (`chat_messages`) is its finding, never offered. */
  closest(id) {
    if (!this.#suggestions.has(id)) this.#suggestions.set(id, suggestClosest(id, this.#offered ??= [...this.#ids.keys()].filter((known) => KEBAB_ID.test(known))));
    return this.#suggestions.get(id);
  }
};
function definitionsUnreadable(list) {
  return !Array.isArray(list) || hasMalformedEntries(list) || list.some((entry) => isRecord(entry) && typeof entry.id !== "string");
}
function once(compute) {
  let answer;
  return () => answer ??= compute();
}
function isUnknown(id, target) {
  return typeof id === "string" && !target.known.has(id) && isStated(id);
}
function namesUnknown(list, target) {
  return Array.isArray(list) && list.some((id) => isUnknown(id, target));
}
function nameOf2(kind, element) {
  return typeof element.id === "string" ? `${kind} \`${element.id}\`` : kind === "activity" ? "an activity" : "a data category";
}
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
      known: new KnownIds(model.subjectById),
      place: "in `data_subjects`",
      define: (id) => id === void 0 ? "define the data subject under `data_subjects` with a kebab-case id, and refer to it by that id" : `define \`${id}\` under \`data_subjects\``,
      unreadable: once(() => definitionsUnreadable(model.root.data_subjects))
    };
    const categories = {
      kind: "data category",
      known: new KnownIds(model.categoryById),
      place: "in `data_categories`",
      define: (id) => id === void 0 ? "define the data category under `data_categories` with a kebab-case id, and refer to it by that id" : `define \`${id}\` under \`data_categories\``,
      unreadable: once(() => definitionsUnreadable(model.root.data_categories))
    };
    const purposeIds = /* @__PURE__ */ new Set();
    for (const purpose of model.purposes) if (typeof purpose.value.id === "string") purposeIds.add(purpose.value.id);
    const purposes = {
      kind: "purpose",
      known: new KnownIds(purposeIds),
      place: "as a purpose of any activity",
      define: (id) => `record the purpose the data was collected for, with ${id === void 0 ? "a kebab-case id" : `\`id: ${id}\``}, under the \`purposes\` of the activity that collects it${id === void 0 ? ", and refer to it by that id" : ""}`,
      // The activities themselves define no purpose id: only their list's shape, and each list of purposes, count.
      unreadable: once(
        () => !Array.isArray(model.root.processing_activities) || hasMalformedEntries(model.root.processing_activities) || model.activities.some((activity) => definitionsUnreadable(activity.value.purposes))
      )
    };
    function* unknownIn(element, key, kind, target) {
      const list = element.value[key];
      if (!Array.isArray(list) || target.unreadable()) return;
      for (let index = 0; index < list.length; index += 1) {
        const id = list[index];
        if (!isUnknown(id, target)) continue;
        const suggestion = target.known.closest(id);
        const definable = KEBAB_ID.test(id) ? id : void 0;
        const fix = suggestion ? `did you mean \`${suggestion}\`? Otherwise ${target.define(definable)}` : `${target.define(definable)}, or remove it from this list`;
        yield { messageId: "unknown", pointer: joinPointer(joinPointer(element.pointer, key), index), data: { where: nameOf2(kind, element.value), kind: target.kind, id, place: target.place, fix } };
      }
    }
    for (const activity of model.activities) {
      if (namesUnknown(activity.value.data_subjects, subjects)) yield* unknownIn(activity, "data_subjects", "activity", subjects);
      if (namesUnknown(activity.value.data_categories, categories)) yield* unknownIn(activity, "data_categories", "activity", categories);
    }
    for (const category of model.categories) {
      if (namesUnknown(category.value.collected_for, purposes)) yield* unknownIn(category, "collected_for", "data category", purposes);
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

export {
  rules,
  rulesById
};
