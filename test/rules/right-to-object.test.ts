import rule from '../../src/rules/right-to-object.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      // The schema rule asks for a mapping; "no way to object" would contradict what is written.
      name: 'a legitimate_interests block written in another shape (`"see LIA"`, a list) or `objection_before_processing: yes` is the schema rule\'s finding alone',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: marketing
            name: Marketing
            purposes:
              - {id: profile-customers, lawful_basis: legitimate-interests, legitimate_interests: "see LIA"}
              - {id: send-offers, lawful_basis: legitimate-interests, legitimate_interests: [{objection: in-product}]}
              - {id: train-ranker, ai_training: true, lawful_basis: legitimate-interests, legitimate_interests: {objection: in-product, objection_before_processing: 'yes'}}
      `,
    },
    {
      name: 'a legitimate-interests AI purpose with an assessment and an objection offered in-product before processing',
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
      name: 'a purpose that is not AI training may offer the objection at any time, by any route but none',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: marketing
            name: Marketing
            purposes:
              - id: postal-offers
                lawful_basis: legitimate-interests
                legitimate_interests: {assessment: docs/lia/post.md, objection: email}
      `,
    },
    {
      name: 'consent-based AI training with objection none is the consent rules\' concern',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes:
              - id: train-reply-model
                ai_training: true
                lawful_basis: consent
                legitimate_interests: {objection: none}
      `,
    },
    {
      name: 'AI training with an objection by e-mail offered before processing: any route but none, in time',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: search
            name: Search ranking
            purposes:
              - {id: train-ranker, ai_training: true, lawful_basis: legitimate-interests, legitimate_interests: {assessment: docs/lia/ranker.md, objection: email, objection_before_processing: true}}
      `,
    },
    {
      name: 'a legitimate_interests block, or its objection fields, under a misspelt key are the schema rule\'s finding alone',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: marketing
            name: Marketing
            purposes:
              - {id: detect-spam, lawful_basis: legitimate-interests, legitimate_interets: {assessment: docs/lia/spam.md, objection: in-product}}
              - {id: postal-offers, lawful_basis: legitimate-interests, legitimate_interests: {assessment: docs/lia/post.md, objectoin: in-product}}
              - {id: train-ranking, ai_training: true, lawful_basis: legitimate-interests, legitimate_interests: {assessment: docs/lia/rank.md, objection: in-product, objection_before_processign: true}}
      `,
    },
  ],
  invalid: [
    {
      name: 'objection none points at the value; a missing objection at the block key; a missing block at the purpose id',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: marketing
            name: Marketing
            purposes:
              - id: postal-offers
                lawful_basis: legitimate-interests
                legitimate_interests:
                  assessment: docs/lia/post.md
                  objection: none
              - id: profile-customers
                lawful_basis: legitimate-interests
                legitimate_interests:
                  assessment: docs/lia/profile.md
              - id: lookalikes
                lawful_basis: legitimate-interests
      `,
      errors: [
        { messageId: 'noObjection', line: 11, column: 22, endLine: 11, endColumn: 26, severity: 'error', messageIncludes: ['purpose `postal-offers`'] },
        { messageId: 'noObjection', line: 14, column: 9, endLine: 14, endColumn: 29, severity: 'error', messageIncludes: ['purpose `profile-customers`'] },
        { messageId: 'noBlock', line: 16, column: 13, endLine: 16, endColumn: 23, severity: 'error', messageIncludes: ['purpose `lookalikes`', 'no `legitimate_interests` block'] },
      ],
    },
    {
      name: 'AI training whose objection is offered only after processing, or not said, is a warning',
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
                  assessment: docs/lia/replies.md
                  objection: in-product
                  objection_before_processing: false
              - id: train-ranking-model
                ai_training: true
                lawful_basis: legitimate-interests
                legitimate_interests:
                  assessment: docs/lia/ranking.md
                  objection: support-request
      `,
      errors: [
        { messageId: 'objectionTooLate', line: 13, column: 40, endLine: 13, endColumn: 45, severity: 'warning', messageIncludes: ['purpose `train-reply-model`'] },
        { messageId: 'objectionTooLate', line: 17, column: 9, endLine: 17, endColumn: 29, severity: 'warning', messageIncludes: ['purpose `train-ranking-model`'] },
      ],
    },
    {
      name: 'AI training with no objection route gets the error only, once',
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
                  assessment: docs/lia/replies.md
                  objection: none
                  objection_before_processing: false
      `,
      errors: [{ messageId: 'noObjection', line: 12, column: 22, severity: 'error' }],
    },
    {
      name: 'AI training without a legitimate_interests block gets the error only, once; a null block at its value',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes:
              - {id: train-reply-model, ai_training: true, lawful_basis: legitimate-interests}
              - id: train-ranking-model
                ai_training: true
                lawful_basis: legitimate-interests
                legitimate_interests: null
      `,
      errors: [
        { messageId: 'noBlock', line: 7, column: 14, endColumn: 31, severity: 'error', messageIncludes: ['purpose `train-reply-model`'] },
        { messageId: 'noBlock', line: 11, column: 31, endColumn: 35, severity: 'error', messageIncludes: ['purpose `train-ranking-model`'] },
      ],
    },
    {
      name: 'a placeholder or blank text names no objection route',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: marketing
            name: Marketing
            purposes:
              - {id: postal-offers, lawful_basis: legitimate-interests, legitimate_interests: {assessment: docs/lia/post.md, objection: TBD}}
              - {id: profile-customers, lawful_basis: legitimate-interests, legitimate_interests: {assessment: docs/lia/profile.md, objection: ' '}}
      `,
      errors: [
        { messageId: 'noObjection', line: 7, column: 129, endColumn: 132, messageIncludes: ['purpose `postal-offers`'] },
        { messageId: 'noObjection', line: 8, column: 136, endColumn: 139, messageIncludes: ['purpose `profile-customers`'] },
      ],
    },
    {
      name: 'an objection route left empty (null) names none',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: marketing
            name: Marketing
            purposes:
              - id: postal-offers
                lawful_basis: legitimate-interests
                legitimate_interests:
                  assessment: docs/lia/post.md
                  objection:
      `,
      errors: [{ messageId: 'noObjection', line: 11, column: 11, messageIncludes: ['purpose `postal-offers`'] }],
    },
  ],
});
