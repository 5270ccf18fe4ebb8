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
    {
      name: 'a child data subject that the consenting activity does not name',
      yaml: yaml`
        version: 1
        controller: {name: Acme Learning}
        data_subjects: [{id: pupils, name: Pupils, children: true}, {id: parents, name: Parents, children: false}]
        processing_activities:
          - id: parent-newsletter
            name: Parent newsletter
            data_subjects: [parents]
            purposes: [{id: send-newsletter, lawful_basis: consent, consent: {collection: opt-in, age_verification: null}}]
      `,
    },
    {
      name: 'children under consent with no consent block at all are left to consent-details-missing',
      yaml: yaml`
        version: 1
        controller: {name: Acme Learning}
        data_subjects: [{id: pupils, name: Pupils, children: true}]
        processing_activities:
          - id: tutoring
            name: Tutoring
            data_subjects: [pupils]
            purposes: [{id: train-tutor, ai_training: true, lawful_basis: consent}]
      `,
    },
    {
      name: 'a method written down with a note still to confirm is a method: only a field holding nothing but a placeholder is absent',
      yaml: yaml`
        version: 1
        controller: {name: Acme Games}
        data_subjects: [{id: players, name: Players, children: true}]
        processing_activities:
          - id: leaderboards
            name: Leaderboards
            data_subjects: [players]
            purposes:
              - {id: show-rankings, lawful_basis: consent, consent: {collection: opt-in, age_verification: 'age gate, then a parent e-mail link [CONFIRM link expiry]'}}
      `,
    },
    {
      name: 'children written as the string "true" is not exactly true (the schema rule reports its type)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Learning}
        data_subjects: [{id: pupils, name: Pupils, children: 'true'}]
        processing_activities:
          - id: tutoring
            name: Tutoring
            data_subjects: [pupils]
            purposes: [{id: train-tutor, ai_training: true, lawful_basis: consent, consent: {collection: opt-in}}]
      `,
    },
    {
      name: 'consent required but no consent block (basis consent, explicit consent as the Art. 9(2) condition, ePrivacy for training): consent-details-missing alone speaks',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_subjects: [{id: patients, name: App users, children: true}]
        data_categories:
          - {id: symptoms, name: Symptom diary, source: provided-by-subject, special: [health]}
          - {id: consultations, name: Video consultations, source: communications-content}
          - {id: sensor-data, name: Wearable sensor data, source: terminal-equipment}
        processing_activities:
          - id: triage-ai
            name: Triage AI
            data_subjects: [patients]
            data_categories: [symptoms, consultations, sensor-data]
            purposes:
              - {id: train-triage, ai_training: true, lawful_basis: consent}
              - {id: track-symptoms, lawful_basis: contract, special_category_condition: explicit-consent}
              - {id: train-summaries, ai_training: true, lawful_basis: public-task, special_category_condition: archiving-research}
      `,
    },
  ],
  invalid: [
    {
      name: 'no age_verification key is reported at the consent key',
      yaml: yaml`
        version: 1
        controller: {name: Acme Games}
        data_subjects: [{id: players, name: Players, children: true}]
        data_categories: [{id: scores, name: Scores, source: observed}]
        processing_activities:
          - id: leaderboards
            name: Leaderboards
            data_subjects: [players]
            data_categories: [scores]
            purposes:
              - id: show-rankings
                lawful_basis: consent
                consent:
                  collection: opt-in
                  withdrawal: in-product
      `,
      errors: [
        {
          messageId: 'noAgeVerification',
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 16,
          messageIncludes: ['purpose `show-rankings` relies on consent from data subjects who may be children (`players`)'],
        },
      ],
    },
    {
      name: 'age_verification: null is reported at its value',
      yaml: yaml`
        version: 1
        controller: {name: Acme Games}
        data_subjects: [{id: players, name: Players, children: true}]
        data_categories: [{id: scores, name: Scores, source: observed}]
        processing_activities:
          - id: leaderboards
            name: Leaderboards
            data_subjects: [players]
            data_categories: [scores]
            purposes:
              - id: show-rankings
                lawful_basis: consent
                consent:
                  collection: opt-in
                  withdrawal: in-product
                  age_verification: null
      `,
      errors: [{ messageId: 'noAgeVerification', line: 16, column: 29, endLine: 16, endColumn: 33, messageIncludes: ['purpose `show-rankings`'] }],
    },
    {
      name: 'an empty age_verification string is reported at its value',
      yaml: yaml`
        version: 1
        controller: {name: Acme Games}
        data_subjects: [{id: players, name: Players, children: true}]
        data_categories: [{id: scores, name: Scores, source: observed}]
        processing_activities:
          - id: leaderboards
            name: Leaderboards
            data_subjects: [players]
            data_categories: [scores]
            purposes:
              - id: show-rankings
                lawful_basis: consent
                consent:
                  collection: opt-in
                  withdrawal: in-product
                  age_verification: ''
      `,
      errors: [{ messageId: 'noAgeVerification', line: 16, column: 29, endLine: 16, endColumn: 31, messageIncludes: ['purpose `show-rankings`'] }],
    },
    {
      name: 'a blank age_verification string names no method either',
      yaml: yaml`
        version: 1
        controller: {name: Acme Games}
        data_subjects: [{id: players, name: Players, children: true}]
        data_categories: [{id: scores, name: Scores, source: observed}]
        processing_activities:
          - id: leaderboards
            name: Leaderboards
            data_subjects: [players]
            data_categories: [scores]
            purposes:
              - id: show-rankings
                lawful_basis: consent
                consent:
                  collection: opt-in
                  withdrawal: in-product
                  age_verification: '   '
      `,
      errors: [{ messageId: 'noAgeVerification', line: 16, column: 29, endLine: 16, endColumn: 34, messageIncludes: ['purpose `show-rankings`'] }],
    },
    {
      name: 'a consent block kept for ePrivacy under another basis is checked too',
      yaml: yaml`
        version: 1
        controller: {name: Acme Games}
        data_subjects: [{id: players, name: Players, children: true}]
        data_categories: [{id: device-telemetry, name: Device telemetry, source: terminal-equipment}]
        processing_activities:
          - id: game-telemetry
            name: Game telemetry
            data_subjects: [players]
            data_categories: [device-telemetry]
            purposes:
              - id: train-cheat-detector
                ai_training: true
                lawful_basis: legitimate-interests
                consent: {collection: opt-in, given_by: data-subject, withdrawal: in-product}
      `,
      errors: [{ messageId: 'noAgeVerification', line: 14, column: 9, endLine: 14, endColumn: 16, messageIncludes: ['purpose `train-cheat-detector`'] }],
    },
    {
      name: 'one finding per purpose, naming every child data subject of the activity',
      yaml: yaml`
        version: 1
        controller: {name: Acme Learning}
        data_subjects:
          - {id: pupils, name: Pupils, children: true}
          - {id: young-players, name: Young players, children: true}
          - {id: teachers, name: Teachers, children: false}
        processing_activities:
          - id: classroom-games
            name: Classroom games
            data_subjects: [pupils, young-players, teachers]
            purposes:
              - {id: train-hints, ai_training: true, lawful_basis: consent, consent: {collection: opt-in}}
              - {id: send-progress, lawful_basis: consent, consent: {collection: opt-in, age_verification: null}}
              - {id: show-badges, lawful_basis: consent, consent: {collection: opt-in, age_verification: parental-consent-check}}
      `,
      errors: [
        { messageId: 'noAgeVerification', line: 12, column: 69, endLine: 12, endColumn: 76, messageIncludes: ['purpose `train-hints`', '(`pupils`, `young-players`)'] },
        { messageId: 'noAgeVerification', line: 13, column: 100, endLine: 13, endColumn: 104, messageIncludes: ['purpose `send-progress`'] },
      ],
    },
    {
      name: 'a placeholder is no method: TBD, ? and [CONFIRM …], in any case and with whitespace around, are reported at the value',
      yaml: yaml`
        version: 1
        controller: {name: Acme Games}
        data_subjects: [{id: players, name: Players, children: true}]
        processing_activities:
          - id: leaderboards
            name: Leaderboards
            data_subjects: [players]
            purposes:
              - id: show-rankings
                lawful_basis: consent
                consent:
                  collection: opt-in
                  age_verification: tbd
              - id: train-matchmaker
                ai_training: true
                lawful_basis: consent
                consent:
                  collection: opt-in
                  age_verification: ' ? '
              - id: send-offers
                lawful_basis: consent
                consent:
                  collection: opt-in
                  age_verification: '[CONFIRM with the app-store team]'
      `,
      errors: [
        { messageId: 'noAgeVerification', line: 13, column: 29, endLine: 13, endColumn: 32, messageIncludes: ['purpose `show-rankings`'] },
        { messageId: 'noAgeVerification', line: 19, column: 29, endLine: 19, endColumn: 34, messageIncludes: ['purpose `train-matchmaker`'] },
        { messageId: 'noAgeVerification', line: 24, column: 29, endLine: 24, endColumn: 64, messageIncludes: ['purpose `send-offers`'] },
      ],
    },
  ],
});
