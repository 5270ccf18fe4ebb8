import rule from '../../src/rules/children-consent.js';
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
      name: 'children among the data subjects, with age and parental consent verified',
      yaml: yaml`
        version: 1
        controller: {name: Acme Learning}
        data_subjects: [{id: pupils, name: Pupils, children: true}]
        data_categories: [{id: answers, name: Quiz answers, source: provided-by-subject}]
        processing_activities:
          - id: tutoring
            name: Adaptive tutoring
            data_subjects: [pupils]
            data_categories: [answers]
            purposes:
              - id: train-tutor
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: opt-in
                  explicit: true
                  granular: true
                  required_for_service: false
                  given_by: parent-or-guardian
                  withdrawal: in-product
                  records: consent-service
                  age_verification: school-roster-and-parental-email
      `,
    },
    {
      name: 'children whose data is processed without a consent block, and adults under consent without verification',
      yaml: yaml`
        version: 1
        controller: {name: Acme Learning}
        data_subjects: [{id: pupils, name: Pupils, children: true}, {id: teachers, name: Teachers, children: false}]
        processing_activities:
          - id: lessons
            name: Lessons
            data_subjects: [pupils]
            purposes: [{id: deliver-lessons, lawful_basis: contract}]
          - id: staff-newsletter
            name: Staff newsletter
            data_subjects: [teachers]
            purposes: [{id: send-newsletter, lawful_basis: consent, consent: {collection: opt-in}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'no age verification: missing (at the consent key), null and empty (at the value)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Games}
        data_subjects:
          - {id: players, name: Players, children: true}
          - {id: parents, name: Parents, children: false}
        data_categories: [{id: chat, name: In-game chat, source: communications-content}]
        processing_activities:
          - id: game-chat
            name: Game chat
            data_subjects: [players, parents]
            data_categories: [chat]
            purposes:
              - id: train-moderation
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: opt-in
                  given_by: all-participants
              - id: personalised-offers
                lawful_basis: consent
                consent: {collection: opt-in, age_verification: null}
              - id: leaderboards
                lawful_basis: consent
                consent: {collection: opt-in, age_verification: ''}
      `,
      errors: [
        { messageId: 'noAgeVerification', line: 16, column: 9, endLine: 16, endColumn: 16, messageIncludes: ['purpose `train-moderation`', '(`players`)'] },
        { messageId: 'noAgeVerification', line: 21, column: 57, endLine: 21, endColumn: 61, messageIncludes: ['purpose `personalised-offers`'] },
        { messageId: 'noAgeVerification', line: 24, column: 57, endColumn: 59, messageIncludes: ['purpose `leaderboards`'] },
      ],
    },
  ],
});
