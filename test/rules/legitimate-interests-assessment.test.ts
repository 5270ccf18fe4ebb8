import rule from '../../src/rules/legitimate-interests-assessment.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      // The schema rule asks for a mapping: the text may well name the assessment.
      name: 'a legitimate_interests block written in another shape (`"see LIA"`, a list) is the schema rule\'s finding alone',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: fraud
            name: Fraud prevention
            purposes:
              - {id: score-payments, lawful_basis: legitimate-interests, legitimate_interests: "see LIA-2024-3"}
              - {id: block-cards, lawful_basis: legitimate-interests, legitimate_interests: [{assessment: docs/lia/cards.md}]}
      `,
    },
    {
      name: 'a legitimate-interests purpose with an assessment and an objection offered before processing',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes:
              - id: train-reply-model
                ai_training: true
                lawful_basis: legitimate-interests
                legitimate_interests:
                  interest: Better reply suggestions
                  assessment: docs/lia/replies.md
                  objection: in-product
                  objection_before_processing: true
      `,
    },
    {
      name: 'other bases need no assessment, even with an empty legitimate_interests block left over',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: accounts
            name: Accounts
            purposes:
              - {id: login, lawful_basis: contract}
              - id: newsletter
                lawful_basis: consent
                legitimate_interests: {assessment: null}
      `,
    },
    {
      name: 'an assessment named as a document identifier, or a path whose name starts like a placeholder word',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: fraud
            name: Fraud prevention
            purposes:
              - {id: score-payments, lawful_basis: legitimate-interests, legitimate_interests: {assessment: LIA-2025-04}}
              - {id: manage-tasks, lawful_basis: legitimate-interests, legitimate_interests: {assessment: docs/lia/todo-reminders.md}}
      `,
    },
    {
      name: 'a purpose without a basis is the lawful-basis-missing rule\'s concern',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: analytics
            name: Analytics
            purposes: [{id: usage-stats}]
      `,
    },
  ],
  invalid: [
    {
      name: 'no legitimate_interests block points at the purpose id',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: fraud
            name: Fraud prevention
            purposes:
              - id: score-payments
                lawful_basis: legitimate-interests
      `,
      errors: [{ messageId: 'missing', line: 7, column: 13, endLine: 7, endColumn: 27, messageIncludes: ['purpose `score-payments`'] }],
    },
    {
      name: 'a block without assessment points at the block key; a null or empty assessment at its value',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: fraud
            name: Fraud prevention
            purposes:
              - id: score-payments
                lawful_basis: legitimate-interests
                legitimate_interests:
                  interest: Stop card fraud
                  objection: email
              - id: block-bots
                lawful_basis: legitimate-interests
                legitimate_interests:
                  assessment: null
              - id: flag-accounts
                lawful_basis: legitimate-interests
                legitimate_interests:
                  assessment: ''
                  objection: in-product
      `,
      errors: [
        { messageId: 'missing', line: 9, column: 9, endLine: 9, endColumn: 29, messageIncludes: ['purpose `score-payments`'] },
        { messageId: 'missing', line: 15, column: 23, endLine: 15, endColumn: 27, messageIncludes: ['purpose `block-bots`'] },
        { messageId: 'missing', line: 19, column: 23, endLine: 19, endColumn: 25, messageIncludes: ['purpose `flag-accounts`'] },
      ],
    },
    {
      name: 'an AI-training purpose is checked like any other',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes:
              - {id: train-reply-model, ai_training: true, lawful_basis: legitimate-interests, legitimate_interests: {objection: none}}
      `,
      errors: [{ messageId: 'missing', line: 7, column: 88, endLine: 7, endColumn: 108 }],
    },
    {
      name: 'a placeholder is no assessment: TBD, - and [NEEDS \u2026], with whitespace around, at the value',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: fraud
            name: Fraud prevention
            purposes:
              - id: score-payments
                lawful_basis: legitimate-interests
                legitimate_interests: {assessment: ' TBD ', objection: in-product}
              - id: block-bots
                lawful_basis: legitimate-interests
                legitimate_interests: {assessment: '-', objection: in-product}
              - id: flag-accounts
                lawful_basis: legitimate-interests
                legitimate_interests: {assessment: '[NEEDS sign-off by the DPO]', objection: in-product}
      `,
      errors: [
        { messageId: 'missing', line: 9, column: 44, endLine: 9, endColumn: 51, messageIncludes: ['purpose `score-payments`'] },
        { messageId: 'missing', line: 12, column: 44, endLine: 12, endColumn: 47, messageIncludes: ['purpose `block-bots`'] },
        { messageId: 'missing', line: 15, column: 44, endLine: 15, endColumn: 73, messageIncludes: ['purpose `flag-accounts`'] },
      ],
    },
  ],
});
