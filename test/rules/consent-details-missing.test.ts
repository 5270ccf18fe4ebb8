import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/consent-details-missing.js';
import { yaml } from '../support/dedent.js';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      // The schema rule asks for a mapping; "no consent block" would contradict what is written.
      name: 'a consent written in another shape (`consent: yes`, a list of its fields) is the schema rule\'s finding alone',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes:
              - {id: send-newsletter, lawful_basis: consent, consent: yes}
              - id: send-offers
                lawful_basis: consent
                consent:
                  - collection: opt-in
                    withdrawal: in-product
      `,
    },
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
      name: 'consent is not required: AI training on observed data under legitimate interests, communications used outside training',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        data_subjects: [{id: members, name: Workspace members}]
        data_categories:
          - {id: usage, name: Usage events, source: observed}
          - {id: messages, name: Messages, source: communications-content}
        processing_activities:
          - id: ranking
            name: Search ranking
            data_subjects: [members]
            data_categories: [usage]
            purposes:
              - id: train-ranking
                ai_training: true
                lawful_basis: legitimate-interests
                legitimate_interests: {assessment: docs/lia/ranking.md, objection: in-product, objection_before_processing: true}
          - id: messaging
            name: Messaging
            data_subjects: [members]
            data_categories: [messages]
            purposes:
              - {id: deliver-messages, lawful_basis: contract, ai_training: false}
      `,
    },
    {
      name: 'a consent block that other rules reject is still a consent block',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes:
              - {id: send-newsletter, lawful_basis: consent, consent: {collection: opt-out, withdrawal: none}}
      `,
    },
    {
      name: 'special-category data under another Art. 9(2) condition, or under none yet, does not by itself require consent',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_subjects: [{id: employees, name: Employees}]
        data_categories: [{id: sick-notes, name: Sick notes, source: provided-by-subject, special: [health]}]
        processing_activities:
          - id: hr
            name: HR
            data_subjects: [employees]
            data_categories: [sick-notes]
            purposes:
              - {id: sick-pay, lawful_basis: legal-obligation, special_category_condition: employment}
              - {id: absence-stats, lawful_basis: legitimate-interests}
      `,
    },
    {
      name: 'explicit consent as the Art. 9(2) condition, described by a consent block, under another Art. 6 basis',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_subjects: [{id: patients, name: App users}]
        data_categories: [{id: symptoms, name: Symptom diary, source: provided-by-subject, special: [health]}]
        processing_activities:
          - id: symptom-tracking
            name: Symptom tracking
            data_subjects: [patients]
            data_categories: [symptoms]
            purposes:
              - id: track-symptoms
                lawful_basis: contract
                special_category_condition: explicit-consent
                consent: {collection: opt-in, explicit: true, granular: true, given_by: data-subject, withdrawal: in-product, records: consent-db}
      `,
    },
  ],
  invalid: [
    {
      name: 'lawful_basis: consent without a block points at the purpose id; a consent value that is not a mapping at that value',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: newsletter
            name: Newsletter
            purposes:
              - id: send-newsletter
                lawful_basis: consent
              - id: send-offers
                lawful_basis: consent
                consent: null
      `,
      errors: [
        { messageId: 'basisConsent', line: 7, column: 13, endLine: 7, endColumn: 28, messageIncludes: ['purpose `send-newsletter`', 'lawful_basis: consent'] },
        { messageId: 'basisConsent', line: 11, column: 18, endLine: 11, endColumn: 22, messageIncludes: ['purpose `send-offers`'] },
      ],
    },
    {
      name: 'ePrivacy requires consent whatever the GDPR basis: communications (Art. 5(1)) before terminal equipment (Art. 5(3))',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        data_subjects: [{id: participants, name: Meeting participants}]
        data_categories:
          - {id: transcripts, name: Meeting transcripts, source: communications-content}
          - {id: call-logs, name: Call metadata, source: communications-metadata}
          - {id: telemetry, name: Service-generated data, source: terminal-equipment}
        processing_activities:
          - id: meeting-ai
            name: Meeting AI
            data_subjects: [participants]
            data_categories: [transcripts, call-logs, telemetry]
            purposes:
              - id: train-summariser
                ai_training: true
                lawful_basis: legitimate-interests
          - id: diagnostics
            name: Diagnostics
            data_subjects: [participants]
            data_categories: [telemetry]
            purposes:
              - id: train-quality-model
                ai_training: true
                lawful_basis: contract
              - id: fix-crashes
                lawful_basis: contract
      `,
      errors: [
        {
          messageId: 'communicationsConsent',
          line: 14,
          column: 13,
          endLine: 14,
          endColumn: 29,
          messageIncludes: ['purpose `train-summariser`', '(`transcripts`, `call-logs`)', 'ePrivacy Art. 5(1)'],
        },
        { messageId: 'terminalConsent', line: 22, column: 13, messageIncludes: ['purpose `train-quality-model`', '(`telemetry`)', 'ePrivacy Art. 5(3)'] },
      ],
    },
    {
      name: 'basis consent on communications training reports the basis once',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat Ltd}
        data_subjects: [{id: members, name: Workspace members}]
        data_categories: [{id: messages, name: Messages, source: communications-content}]
        processing_activities:
          - id: smart-replies
            name: Smart replies
            data_subjects: [members]
            data_categories: [messages]
            purposes:
              - {id: train-replies, ai_training: true, lawful_basis: consent}
      `,
      errors: [{ messageId: 'basisConsent', line: 11, column: 14, endColumn: 27, messageIncludes: ['purpose `train-replies`'] }],
    },
    {
      name: 'explicit consent named as the Art. 9(2) condition needs a consent block whatever the Art. 6 basis; a null block at its value',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_subjects: [{id: patients, name: App users}]
        data_categories: [{id: symptoms, name: Symptom diary, source: provided-by-subject, special: [health]}]
        processing_activities:
          - id: symptom-tracking
            name: Symptom tracking
            data_subjects: [patients]
            data_categories: [symptoms]
            purposes:
              - id: track-symptoms
                lawful_basis: contract
                special_category_condition: explicit-consent
              - id: share-with-doctor
                lawful_basis: legitimate-interests
                special_category_condition: explicit-consent
                consent: null
      `,
      errors: [
        { messageId: 'explicitCondition', line: 11, column: 13, endLine: 11, endColumn: 27, messageIncludes: ['purpose `track-symptoms`', 'special_category_condition: explicit-consent'] },
        { messageId: 'explicitCondition', line: 17, column: 18, endLine: 17, endColumn: 22, messageIncludes: ['purpose `share-with-doctor`'] },
      ],
    },
    {
      name: 'the condition alone requires consent, even where the activity names no special-category data',
      yaml: yaml`
        version: 1
        controller: {name: Acme Fitness}
        processing_activities:
          - id: coaching
            name: Coaching
            purposes:
              - {id: plan-workouts, lawful_basis: contract, special_category_condition: explicit-consent}
      `,
      errors: [{ messageId: 'explicitCondition', line: 7, column: 14, endColumn: 27, messageIncludes: ['purpose `plan-workouts`'] }],
    },
    {
      name: 'basis consent comes first when the condition is explicit consent too; the ePrivacy reason before device data',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_categories:
          - {id: symptoms, name: Symptom diary, source: provided-by-subject, special: [health]}
          - {id: call-audio, name: Consultation audio, source: communications-content}
          - {id: sensor-data, name: Wearable sensor data, source: terminal-equipment}
        processing_activities:
          - id: triage-ai
            name: Triage AI
            data_categories: [symptoms, call-audio, sensor-data]
            purposes:
              - {id: train-triage, ai_training: true, lawful_basis: consent, special_category_condition: explicit-consent}
              - {id: train-summaries, ai_training: true, lawful_basis: public-task, special_category_condition: explicit-consent}
              - {id: train-transcriber, ai_training: true, lawful_basis: public-task, special_category_condition: archiving-research}
      `,
      errors: [
        { messageId: 'basisConsent', line: 12, column: 14, messageIncludes: ['purpose `train-triage`'] },
        { messageId: 'explicitCondition', line: 13, column: 14, messageIncludes: ['purpose `train-summaries`'] },
        { messageId: 'communicationsConsent', line: 14, column: 14, messageIncludes: ['purpose `train-transcriber`', '(`call-audio`)'] },
      ],
    },
  ],
});

/** The help line is the only finding a purpose without a block gets, so it asks for every field the other rules would. */
describe('consent-details-missing help', () => {
  const helpOf = (text: string): string[] => runRule(rule, text).map((finding) => finding.help);

  it('asks for explicit consent where Art. 9(2)(a) or Art. 22(2)(c) needs it, and for all participants on communications', () => {
    const [special, condition, decisions, plain, chat] = helpOf(yaml`
      version: 1
      controller: {name: Acme}
      data_categories:
        - {id: symptoms, name: Symptoms, source: provided-by-subject, special: [health]}
        - {id: email, name: E-mail, source: provided-by-subject}
        - {id: messages, name: Messages, source: communications-metadata}
      processing_activities:
        - id: health
          name: Health
          data_categories: [symptoms]
          purposes: [{id: coach, lawful_basis: consent}]
        - id: fitness
          name: Fitness
          data_categories: [email]
          purposes: [{id: plan, lawful_basis: contract, special_category_condition: explicit-consent}]
        - id: scoring
          name: Scoring
          automated_decision_making: true
          data_categories: [email]
          purposes: [{id: score, lawful_basis: consent}]
        - id: newsletter
          name: Newsletter
          data_categories: [email]
          purposes: [{id: send, lawful_basis: consent}]
        - id: chat
          name: Chat
          data_categories: [messages]
          purposes: [{id: translate, lawful_basis: consent}]
    `);
    for (const help of [special, condition, decisions]) expect(help).toContain('explicit: true');
    expect(plain).not.toContain('explicit');
    expect(plain).toContain('given_by: data-subject');
    expect(chat).toContain('given_by: all-participants');
    expect(chat).not.toContain('given_by: data-subject');
  });

  it('asks how age and parental consent are checked where children may be concerned', () => {
    const [children, adults] = helpOf(yaml`
      version: 1
      controller: {name: Acme Learning}
      data_subjects: [{id: pupils, name: Pupils, children: true}, {id: teachers, name: Teachers, children: false}]
      processing_activities:
        - {id: tutoring, name: Tutoring, data_subjects: [pupils], purposes: [{id: train-tutor, ai_training: true, lawful_basis: consent}]}
        - {id: staff, name: Staff, data_subjects: [teachers], purposes: [{id: staff-news, lawful_basis: consent}]}
    `);
    expect(children).toContain('age_verification:');
    expect(adults).not.toContain('age_verification');
  });
});
