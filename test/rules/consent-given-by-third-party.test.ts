import rule from '../../src/rules/consent-given-by-third-party.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'explicit opt-in consent by all participants, withdrawn in the product, with records',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd, contact: privacy@acme.example}
        data_subjects: [{id: members, name: Workspace members, children: false}]
        data_categories: [{id: messages, name: Messages, source: communications-content, special: []}]
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_subjects: [members]
            data_categories: [messages]
            purposes:
              - id: train-replies
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: opt-in
                  explicit: true
                  granular: true
                  required_for_service: false
                  given_by: all-participants
                  withdrawal: in-product
                  records: consent-service
                  age_verification: null
      `,
    },
    {
      name: 'a contract-basis purpose that does not train models and has no consent block',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        data_subjects: [{id: members, name: Workspace members}]
        data_categories: [{id: messages, name: Messages, source: communications-content}]
        processing_activities:
          - id: messaging
            name: Messaging
            data_subjects: [members]
            data_categories: [messages]
            purposes:
              - id: deliver-messages
                lawful_basis: contract
      `,
    },
    {
      name: 'consent given by the person, or by a parent for a child',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: accounts
            name: Accounts
            purposes:
              - {id: send-newsletter, lawful_basis: consent, consent: {collection: opt-in, given_by: data-subject}}
              - {id: kids-newsletter, lawful_basis: consent, consent: {collection: opt-in, given_by: parent-or-guardian, age_verification: parental-email}}
      `,
    },
  ],
  invalid: [
    {
      name: 'Slack 2024: the workspace admin decides for every member',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        data_subjects: [{id: members, name: Workspace members}]
        data_categories: [{id: messages, name: Messages, source: communications-content}]
        processing_activities:
          - id: global-models
            name: Global models
            data_subjects: [members]
            data_categories: [messages]
            purposes:
              - id: train-global-models
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: opt-in
                  given_by: account-admin
                  withdrawal: in-product
      `,
      errors: [{ messageId: 'accountAdmin', line: 16, column: 21, endLine: 16, endColumn: 34, messageIncludes: ['purpose `train-global-models`', 'given_by: account-admin'] }],
    },
    {
      name: 'the customer consenting for its employees, on a non-AI purpose in flow style',
      yaml: yaml`
        version: 1
        controller: {name: Acme HR Cloud}
        processing_activities:
          - id: benchmarking
            name: Salary benchmarking
            purposes:
              - {id: share-salaries, lawful_basis: consent, consent: {given_by: account-admin}}
      `,
      errors: [{ messageId: 'accountAdmin', line: 7, column: 73, endColumn: 86, messageIncludes: ['purpose `share-salaries`'] }],
    },
  ],
});
