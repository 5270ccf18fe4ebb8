import rule from '../../src/rules/consent-weakened.js';
import { yaml } from '../support/dedent.js';
import { comparisonTester } from '../support/comparison-tester.js';

const base = yaml`
  version: 1
  controller: {name: Acme}
  processing_activities:
    - id: smart-replies
      name: Smart replies
      purposes:
        - id: train-replies
          description: Train the reply model on past conversations.
          ai_training: true
          lawful_basis: consent
          consent:
            collection: opt-in
            explicit: true
            granular: true
            required_for_service: false
            given_by: data-subject
            withdrawal: in-product
            records: consent-service
`;

/** The base with some consent lines replaced (`field: value`), or removed (undefined). */
function edit(changes: Record<string, string | undefined>, text = base): string {
  let result = text;
  for (const [field, value] of Object.entries(changes)) {
    const pattern = new RegExp(`^( +)${field}: .*\\n`, 'm');
    result = result.replace(pattern, (_line, indent: string) => (value === undefined ? '' : `${indent}${field}: ${value}\n`));
  }
  return result;
}

comparisonTester(rule, {
  valid: [
    { name: 'nothing changed', base, head: base },
    {
      name: 'reordered, reformatted and commented',
      base,
      head: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes:
              - id: train-replies
                description: Train the reply model on past conversations.
                ai_training: true
                lawful_basis: consent
                # asked in the composer, per purpose
                consent: {records: consent-service, withdrawal: in-product, given_by: data-subject, required_for_service: false, granular: true, explicit: true, collection: opt-in}
      `,
    },
    {
      name: 'every field made stronger',
      base: edit({ collection: 'opt-out', explicit: 'false', granular: 'false', required_for_service: 'true', given_by: 'account-admin', withdrawal: 'support-request', records: undefined }),
      head: base,
    },
    { name: 'values of equal strength: pre-ticked to implied, data-subject to all-participants', base: edit({ collection: 'pre-ticked' }), head: edit({ collection: 'implied', given_by: 'all-participants' }) },
    { name: 'explicit false to missing is no weaker', base: edit({ explicit: 'false' }), head: edit({ explicit: undefined }) },
    { name: 'a record kept elsewhere is no weaker', base, head: edit({ records: 'crm' }) },
    { name: 'fields whose absence says nothing: granular, withdrawal, collection removed', base, head: edit({ granular: undefined, withdrawal: undefined, collection: undefined }) },
    { name: 'values off the scale are the schema rule\'s finding', base, head: edit({ collection: 'optin', withdrawal: 'toString', given_by: '[data-subject]' }) },
    { name: 'below opt-in every way of collecting is equally no consent: opt-out to terms-acceptance', base: edit({ collection: 'opt-out' }), head: edit({ collection: 'terms-acceptance' }) },
    { name: 'data-subject, all-participants and parent-or-guardian are equally strong', base: edit({ given_by: 'parent-or-guardian' }), head: edit({ given_by: 'data-subject' }) },
    { name: 'a placeholder at the base was no record, so none now is no weaker', base: edit({ records: 'TODO' }), head: edit({ records: undefined }) },
    {
      name: 'a consent block removed together with the consent basis is lawful-basis-changed\'s finding',
      base,
      head: base.replace('lawful_basis: consent', 'lawful_basis: legitimate-interests').replace(/ {6}consent:[\s\S]*$/, ''),
    },
    {
      name: 'a consent block removed where the basis was never consent (kept for ePrivacy) is consent-details-missing\'s finding',
      base: base.replace('lawful_basis: consent', 'lawful_basis: legitimate-interests'),
      head: base.replace('lawful_basis: consent', 'lawful_basis: legitimate-interests').replace(/ {6}consent:[\s\S]*$/, ''),
    },
    { name: 'a consent block added to a purpose that had none', base: base.replace(/ {6}consent:[\s\S]*$/, ''), head: edit({ collection: 'opt-out' }) },
    { name: 'a new purpose has nothing to weaken', base: 'version: 1\ncontroller: {name: Acme}\nprocessing_activities: []\n', head: edit({ collection: 'opt-out' }) },
    {
      name: 'a consent block or a field rewritten under a misspelt key is the schema rule\'s finding, not a weakening',
      base,
      head: base.replace('explicit: true', 'explicitt: true').replace('records: consent-service', 'recods: consent-service'),
    },
    { name: 'a consent block under a misspelt key is not a removed one', base, head: base.replace('      consent:\n', '      consnet:\n') },
  ],
  invalid: [
    {
      name: 'opt-in to opt-out is reported at the collection value, with both values',
      base,
      head: edit({ collection: 'opt-out' }),
      errors: [{ messageId: 'collection', line: 12, column: 23, endLine: 12, endColumn: 30, severity: 'error', messageIncludes: ['purpose `train-replies`', 'collection was opt-in at base, is opt-out now'], helpIncludes: ['`collection: opt-in`'] }],
    },
    {
      name: 'opt-in to terms-acceptance, pre-ticked or implied is a step down',
      base,
      head: edit({ collection: 'terms-acceptance' }),
      errors: [{ messageId: 'collection', line: 12, column: 23, messageIncludes: ['collection was opt-in at base, is terms-acceptance now'] }],
    },
    {
      name: 'all-participants or parent-or-guardian to account-admin',
      base: { 'a.ropa.yaml': edit({ given_by: 'all-participants' }), 'b.ropa.yaml': edit({ given_by: 'parent-or-guardian' }).replace('id: smart-replies', 'id: kids-replies') },
      head: { 'a.ropa.yaml': edit({ given_by: 'account-admin' }), 'b.ropa.yaml': edit({ given_by: 'account-admin' }).replace('id: smart-replies', 'id: kids-replies') },
      errors: [
        { file: 'a.ropa.yaml', messageId: 'given_by', line: 16, column: 21, messageIncludes: ['given_by was all-participants at base, is account-admin now'], helpIncludes: ['`given_by: all-participants`'] },
        { file: 'b.ropa.yaml', messageId: 'given_by', line: 16, column: 21, messageIncludes: ['given_by was parent-or-guardian at base, is account-admin now'] },
      ],
    },
    {
      name: 'withdrawal one step at a time: in-product to email, email to support-request, support-request to none',
      base: { 'a.ropa.yaml': base, 'b.ropa.yaml': edit({ withdrawal: 'email' }), 'c.ropa.yaml': edit({ withdrawal: 'support-request' }) },
      head: { 'a.ropa.yaml': edit({ withdrawal: 'email' }), 'b.ropa.yaml': edit({ withdrawal: 'support-request' }), 'c.ropa.yaml': edit({ withdrawal: 'none' }) },
      errors: [
        { file: 'a.ropa.yaml', messageId: 'withdrawal', line: 17, column: 23, messageIncludes: ['withdrawal was in-product at base, is email now'] },
        { file: 'b.ropa.yaml', messageId: 'withdrawal', line: 17, column: 23, messageIncludes: ['withdrawal was email at base, is support-request now'] },
        { file: 'c.ropa.yaml', messageId: 'withdrawal', line: 17, column: 23, messageIncludes: ['withdrawal was support-request at base, is none now'] },
      ],
    },
    {
      name: 'records replaced by a placeholder are records removed',
      base,
      head: edit({ records: "'[CONFIRM where the consent log lives]'" }),
      errors: [{ messageId: 'records', line: 18, column: 20, messageIncludes: ['records was consent-service at base'], helpIncludes: ['`records: consent-service`'] }],
    },
    {
      name: 'the consent block removed while the basis stays consent: at the purpose id, naming what the block said',
      base,
      head: base.replace(/ {6}consent:[\s\S]*$/, ''),
      errors: [
        {
          messageId: 'removed',
          line: 7,
          column: 13,
          endLine: 7,
          endColumn: 26,
          messageIncludes: ['purpose `train-replies` still relies on consent', 'at base (collection: opt-in, explicit: true, granular: true, required_for_service: false, withdrawal: in-product, given_by: data-subject, records: consent-service)'],
        },
      ],
    },
    {
      name: 'a consent block replaced by null is removed too, reported at the null',
      base,
      head: base.replace(/ {6}consent:[\s\S]*$/, '      consent: null\n'),
      errors: [{ messageId: 'removed', line: 11, column: 18, endColumn: 22 }],
    },
    {
      name: 'every field weakened: one finding per field, at the field',
      base,
      head: edit({ collection: 'implied', explicit: 'false', granular: 'false', required_for_service: 'true', given_by: 'account-admin', withdrawal: 'email', records: 'null' }),
      errors: [
        { messageId: 'collection', line: 12, column: 23 },
        { messageId: 'explicit', line: 13, column: 21, messageIncludes: ['explicit was true at base, is false now'] },
        { messageId: 'granular', line: 14, column: 21, messageIncludes: ['granular was true at base, is false now'] },
        { messageId: 'required_for_service', line: 15, column: 33, messageIncludes: ['required_for_service was false at base, is true now'] },
        { messageId: 'given_by', line: 16, column: 21, messageIncludes: ['given_by was data-subject at base, is account-admin now'], helpIncludes: ['`given_by: data-subject`'] },
        { messageId: 'withdrawal', line: 17, column: 23, messageIncludes: ['withdrawal was in-product at base, is email now'], helpIncludes: ['`withdrawal: in-product`'] },
        { messageId: 'records', line: 18, column: 20, messageIncludes: ['records was consent-service at base, is not set now'] },
      ],
    },
    {
      name: 'withdrawal down the scale: email to support-request, support-request to none',
      base: edit({ withdrawal: 'email' }),
      head: edit({ withdrawal: 'none' }),
      errors: [{ messageId: 'withdrawal', line: 17, column: 23, messageIncludes: ['withdrawal was email at base, is none now'] }],
    },
    {
      name: 'a removed field that means the weaker value points at the consent key',
      base,
      head: edit({ explicit: undefined, records: undefined }),
      errors: [
        { messageId: 'explicit', line: 11, column: 9, messageIncludes: ['explicit was true at base, is not set now'] },
        { messageId: 'records', line: 11, column: 9, messageIncludes: ['records was consent-service at base, is not set now'] },
      ],
    },
    {
      name: 'a purpose under a renamed activity is compared with its base',
      base,
      head: edit({ granular: 'false' }).replace('- id: smart-replies', '- id: reply-suggestions'),
      errors: [{ messageId: 'granular', line: 14, column: 21, messageIncludes: ['at base (under activity `smart-replies`)'] }],
    },
    {
      name: 'a purpose moved to another file is compared with its base',
      base: { 'a.ropa.yaml': base, 'b.ropa.yaml': 'version: 1\ncontroller: {name: Acme}\nprocessing_activities: []\n' },
      head: { 'a.ropa.yaml': 'version: 1\ncontroller: {name: Acme}\nprocessing_activities: []\n', 'b.ropa.yaml': edit({ given_by: 'account-admin' }) },
      errors: [{ file: 'b.ropa.yaml', messageId: 'given_by', line: 16, column: 21, messageIncludes: ['at base (in a.ropa.yaml)'] }],
    },
  ],
});
