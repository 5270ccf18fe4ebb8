import rule from '../../src/rules/eprivacy-communications-consent.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      // The schema rule asks for a mapping; saying there is no consent block would contradict what is written.
      name: 'a consent written in another shape (`consent: yes`, a list) is the schema rule\'s finding alone, and a given_by outside the format too',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories: [{id: chat-messages, name: Messages, source: communications-content}]
        processing_activities:
          - id: assistant
            name: Assistant
            data_categories: [chat-messages]
            purposes:
              - {id: train-assistant, ai_training: true, lawful_basis: consent, consent: yes}
              - {id: evaluate-assistant, ai_training: true, lawful_basis: consent, consent: [{collection: opt-in}]}
              - {id: tune-assistant, ai_training: true, lawful_basis: consent, consent: {collection: opt-in, granular: true, required_for_service: false, withdrawal: in-product, given_by: All-participants}}
      `,
    },
    {
      name: 'an AI purpose with explicit opt-in consent by all participants, in-product withdrawal and records',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: chat-messages, name: Messages, source: communications-content}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_categories: [chat-messages]
            purposes:
              - id: train-reply-model
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
      `,
    },
    {
      name: 'a legitimate-interests AI purpose on data typed by the user outside a communication',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: profile, name: Profile fields, source: provided-by-subject}
        processing_activities:
          - id: profile-suggestions
            name: Profile suggestions
            data_categories: [profile]
            purposes:
              - id: train-profile-model
                ai_training: true
                lawful_basis: legitimate-interests
                legitimate_interests:
                  interest: Better profile suggestions
                  assessment: docs/lia/profile.md
                  objection: in-product
                  objection_before_processing: true
      `,
    },
    {
      name: 'a non-AI purpose on communications data (delivering messages is not training)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: chat-messages, name: Messages, source: communications-content}
          - {id: call-records, name: Call metadata, source: communications-metadata}
        processing_activities:
          - id: messaging
            name: Messaging
            data_categories: [chat-messages, call-records]
            purposes:
              - {id: deliver-messages, ai_training: false, lawful_basis: contract}
              - {id: spam-filtering, lawful_basis: legitimate-interests}
      `,
    },
    {
      name: 'valid consent without records: missing proof is consent-records\u2019 warning, not invalid consent',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: call-records, name: Call metadata, source: communications-metadata}
        processing_activities:
          - id: call-quality
            name: Call quality
            data_categories: [call-records]
            purposes:
              - id: train-quality-model
                ai_training: true
                lawful_basis: consent
                consent: {collection: opt-in, granular: true, given_by: all-participants, withdrawal: in-product}
      `,
    },
    {
      name: 'valid consent where children and special-category data are concerned: age verified, consent explicit',
      yaml: yaml`
        version: 1
        controller: {name: Acme Learning}
        data_subjects: [{id: pupils, name: Pupils, children: true}]
        data_categories:
          - {id: class-chat, name: Class chat, source: communications-content, special: [health]}
        processing_activities:
          - id: tutor-ai
            name: Tutor AI
            data_subjects: [pupils]
            data_categories: [class-chat]
            purposes:
              - id: train-tutor
                ai_training: true
                lawful_basis: consent
                special_category_condition: explicit-consent
                consent:
                  collection: opt-in
                  explicit: true
                  granular: true
                  required_for_service: false
                  given_by: all-participants
                  withdrawal: in-product
                  age_verification: school-roster-and-parental-email
      `,
    },
    {
      name: 'communications data defined in the inventory but not used by the training activity',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: chat-messages, name: Messages, source: communications-content}
          - {id: clicks, name: Clicks, source: observed}
        processing_activities:
          - id: ranking
            name: Ranking
            data_categories: [clicks]
            purposes: [{id: train-ranker, ai_training: true, lawful_basis: legitimate-interests}]
      `,
    },
    {
      name: 'a consent block, or its fields, under a misspelt key are the schema rule\'s finding: the consent may be valid',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories: [{id: chat-messages, name: Messages, source: communications-content}]
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_categories: [chat-messages]
            purposes:
              - {id: train-a, ai_training: true, lawful_basis: consent, consnet: {collection: opt-in, granular: true, given_by: all-participants, withdrawal: in-product}}
              - {id: train-b, ai_training: true, lawful_basis: consent, consent: {collection: opt-in, granular: true, givenn_by: all-participants, withdrawal: in-product}}
              - {id: train-c, ai_training: true, lawful_basis: consent, consent: {collection: opt-in, granular: true, given_by: all-participants, withdrawall: in-product}}
      `,
    },
  ],
  invalid: [
    {
      name: 'Slack 2024: global models trained on customer messages under legitimate interests, no consent block',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: chat-messages, name: Messages, source: communications-content}
          - {id: workspace-profile, name: Profile, source: provided-by-subject}
        processing_activities:
          - id: global-models
            name: Global models
            data_categories: [chat-messages, workspace-profile]
            purposes:
              - id: train-global-models
                ai_training: true
                lawful_basis: legitimate-interests
                legitimate_interests: {assessment: docs/lia.md, objection: email}
      `,
      errors: [{ messageId: 'noConsent', line: 11, column: 13, endLine: 11, endColumn: 32, messageIncludes: ['purpose `train-global-models`', '`chat-messages`'] }],
    },
    {
      name: 'contract does not replace ePrivacy consent either (communications metadata)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: call-records, name: Call metadata, source: communications-metadata}
        processing_activities:
          - id: routing
            name: Call routing
            data_categories: [call-records]
            purposes:
              - {id: train-router, ai_training: true, lawful_basis: contract}
      `,
      errors: [{ messageId: 'noConsent', line: 10, column: 14, endColumn: 26, messageIncludes: ['`call-records`'] }],
    },
    {
      name: 'Zoom 2023: "Got it / Leave meeting" consent is rejected by other consent rules, reported at the consent key',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        data_categories:
          - {id: meeting-content, name: Audio, video and chat, source: communications-content}
        processing_activities:
          - id: meeting-ai
            name: Meeting AI
            data_categories: [meeting-content]
            purposes:
              - id: train-meeting-models
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: terms-acceptance
                  required_for_service: true
                  given_by: account-admin
                  withdrawal: support-request
      `,
      errors: [
        {
          messageId: 'rejected',
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 16,
          messageIncludes: ['`meeting-content`', '`consent-not-opt-in`', '`consent-bundled`', '`consent-withdrawal`', '`consent-given-by-third-party`'],
        },
      ],
    },
    {
      name: 'a rejected flow-style block is still reported at its key',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: chat-messages, name: Messages, source: communications-content}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_categories: [chat-messages]
            purposes:
              - id: train-reply-model
                ai_training: true
                consent: {collection: opt-in, granular: false, given_by: all-participants, withdrawal: in-product}
      `,
      errors: [{ messageId: 'rejected', line: 12, column: 9, endColumn: 16, messageIncludes: ['`consent-not-granular`'] }],
    },
    {
      name: 'consent given by the data subject only, not by everyone in the conversation',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: chat-messages, name: Messages, source: communications-content}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_categories: [chat-messages]
            purposes:
              - id: train-reply-model
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: opt-in
                  granular: true
                  given_by: data-subject
                  withdrawal: in-product
                  records: consent-service
      `,
      errors: [{ messageId: 'givenBy', line: 16, column: 21, endLine: 16, endColumn: 33, messageIncludes: ['given by `data-subject`'] }],
    },
    {
      name: 'a workspace admin consenting for members is pointed at given_by when nothing else is wrong',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: chat-messages, name: Messages, source: communications-content}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_categories: [chat-messages]
            purposes:
              - id: train-reply-model
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: opt-in
                  granular: true
                  given_by: account-admin
                  withdrawal: in-product
      `,
      errors: [{ messageId: 'givenBy', line: 16, column: 21, endColumn: 34, messageIncludes: ['`account-admin`'] }],
    },
    {
      name: 'a consent block that does not say who gives it points at the consent key',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: chat-messages, name: Messages, source: communications-content}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_categories: [chat-messages]
            purposes:
              - id: train-reply-model
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: opt-in
                  withdrawal: in-product
      `,
      errors: [{ messageId: 'givenBy', line: 13, column: 9, messageIncludes: ['given by nobody named'] }],
    },
    {
      name: 'one finding per AI purpose, naming every communications category; the non-AI purpose is left alone',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: chat-messages, name: Messages, source: communications-content}
          - {id: call-records, name: Call metadata, source: communications-metadata}
        processing_activities:
          - id: assistant
            name: Assistant
            data_categories: [chat-messages, call-records]
            purposes:
              - {id: deliver-messages, lawful_basis: contract}
              - {id: train-assistant, ai_training: true, lawful_basis: legitimate-interests}
              - {id: evaluate-assistant, ai_training: true, consent: ~}
      `,
      errors: [
        { messageId: 'noConsent', line: 12, column: 14, messageIncludes: ['`train-assistant`', '`chat-messages`, `call-records`'] },
        { messageId: 'noConsent', line: 13, column: 62, endColumn: 63, messageIncludes: ['`evaluate-assistant`'] },
      ],
    },
    {
      name: 'consent rejected by children-consent (a placeholder is no age verification) or by consent-not-explicit is not valid consent',
      yaml: yaml`
        version: 1
        controller: {name: Acme Learning}
        data_subjects: [{id: pupils, name: Pupils, children: true}, {id: patients, name: Patients, children: false}]
        data_categories:
          - {id: class-chat, name: Class chat, source: communications-content}
          - {id: consultations, name: Video consultations, source: communications-content, special: [health]}
        processing_activities:
          - id: tutor-ai
            name: Tutor AI
            data_subjects: [pupils]
            data_categories: [class-chat]
            purposes:
              - id: train-tutor
                ai_training: true
                lawful_basis: consent
                consent: {collection: opt-in, granular: true, given_by: all-participants, withdrawal: in-product, age_verification: TODO}
          - id: clinic-ai
            name: Clinic AI
            data_subjects: [patients]
            data_categories: [consultations]
            purposes:
              - id: train-clinic-model
                ai_training: true
                lawful_basis: consent
                consent: {collection: opt-in, explicit: false, granular: true, given_by: all-participants, withdrawal: in-product}
      `,
      errors: [
        { messageId: 'rejected', line: 16, column: 9, endColumn: 16, messageIncludes: ['purpose `train-tutor`', 'rejected by `children-consent`'] },
        { messageId: 'rejected', line: 25, column: 9, endColumn: 16, messageIncludes: ['purpose `train-clinic-model`', 'rejected by `consent-not-explicit`'] },
      ],
    },
    {
      name: 'one participant consenting, together with another defect, is named among the rules that reject the block',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_categories:
          - {id: chat-messages, name: Messages, source: communications-content}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_categories: [chat-messages]
            purposes:
              - id: train-reply-model
                ai_training: true
                lawful_basis: consent
                consent: {collection: opt-out, given_by: data-subject, withdrawal: in-product}
      `,
      errors: [{ messageId: 'rejected', line: 13, column: 9, messageIncludes: ['rejected by `consent-not-opt-in`, `consent-given-by-third-party`'] }],
    },
    {
      name: 'given_by left empty (null) or only a placeholder names nobody',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories: [{id: chat-messages, name: Messages, source: communications-content}]
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_categories: [chat-messages]
            purposes:
              - {id: train-a, ai_training: true, lawful_basis: consent, consent: {collection: opt-in, granular: true, given_by: TBD, withdrawal: in-product}}
              - {id: train-b, ai_training: true, lawful_basis: consent, consent: {collection: opt-in, granular: true, given_by: null, withdrawal: in-product}}
      `,
      errors: [
        { messageId: 'givenBy', line: 9, column: 121, messageIncludes: ['purpose `train-a`', 'given by nobody named'] },
        { messageId: 'givenBy', line: 10, column: 121, messageIncludes: ['purpose `train-b`', 'given by nobody named'] },
      ],
    },
  ],
});
