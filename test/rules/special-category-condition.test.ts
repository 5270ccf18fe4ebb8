import rule from '../../src/rules/special-category-condition.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'no special-category data: no condition needed',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_categories:
          - {id: email, name: E-mail, source: provided-by-subject, special: []}
        processing_activities:
          - id: accounts
            name: Accounts
            data_categories: [email]
            purposes: [{id: login, lawful_basis: contract}, {id: train-model, ai_training: true, lawful_basis: consent}]
      `,
    },
    {
      name: 'a non-AI purpose may rely on any Art. 9(2) condition',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_categories:
          - {id: sick-notes, name: Sick notes, source: provided-by-subject, special: [health]}
        processing_activities:
          - id: hr
            name: HR
            data_categories: [sick-notes]
            purposes:
              - {id: sick-pay, lawful_basis: legal-obligation, special_category_condition: employment}
      `,
    },
    {
      name: 'AI training under explicit consent or archiving-research',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_categories:
          - {id: voice-prints, name: Voice prints, source: provided-by-subject, special: [biometric]}
        processing_activities:
          - id: voice-models
            name: Voice models
            data_categories: [voice-prints]
            purposes:
              - id: train-voice-model
                ai_training: true
                lawful_basis: consent
                special_category_condition: explicit-consent
                consent: {collection: opt-in, explicit: true, granular: true, given_by: data-subject, withdrawal: in-product, records: consent-service}
              - id: research-voice-model
                ai_training: true
                lawful_basis: public-task
                special_category_condition: archiving-research
      `,
    },
    {
      name: 'services that are not training may rest on made-public, substantial-public-interest or public-health',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_categories:
          - {id: public-posts, name: Public posts, source: public, special: [political-opinions]}
          - {id: outbreak-reports, name: Outbreak reports, source: third-party, special: [health]}
        processing_activities:
          - id: moderation
            name: Moderation
            data_categories: [public-posts]
            purposes:
              - {id: remove-hate-speech, lawful_basis: legal-obligation, special_category_condition: substantial-public-interest}
              - {id: show-trends, lawful_basis: legitimate-interests, special_category_condition: made-public}
          - id: epidemiology
            name: Epidemiology
            data_categories: [outbreak-reports]
            purposes:
              - {id: alert-authorities, lawful_basis: public-task, special_category_condition: public-health}
      `,
    },
    {
      name: 'a condition under a misspelt key is the schema rule\'s finding alone',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories: [{id: wellbeing-answers, name: Wellbeing answers, source: provided-by-subject, special: [health]}]
        processing_activities:
          - id: survey
            name: Wellbeing survey
            data_categories: [wellbeing-answers]
            purposes: [{id: run-survey, lawful_basis: consent, special_category_conditoin: explicit-consent}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a non-AI purpose without a condition points at the purpose id, naming the kinds',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_categories:
          - {id: sick-notes, name: Sick notes, source: provided-by-subject, special: [health]}
          - {id: union-dues, name: Union dues, source: provided-by-subject, special: [trade-union, health]}
        processing_activities:
          - id: hr
            name: HR
            data_categories: [sick-notes, union-dues]
            purposes:
              - id: payroll
                lawful_basis: contract
      `,
      errors: [{ messageId: 'missing', line: 11, column: 13, endLine: 11, endColumn: 20, messageIncludes: ['purpose `payroll`', '(health, trade-union)'] }],
    },
    {
      name: 'an explicit null condition is reported at the null',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_categories:
          - {id: faces, name: Face scans, source: provided-by-subject, special: [biometric]}
        processing_activities:
          - id: unlock
            name: Face unlock
            data_categories: [faces]
            purposes:
              - id: unlock-device
                lawful_basis: consent
                special_category_condition: null
      `,
      errors: [{ messageId: 'missing', line: 12, column: 37, endLine: 12, endColumn: 41, messageIncludes: ['(biometric)'] }],
    },
    {
      name: 'AI training under a condition that does not cover it is reported at the value',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_categories:
          - {id: patient-notes, name: Patient notes, source: provided-by-subject, special: [health]}
        processing_activities:
          - id: clinical-ai
            name: Clinical AI
            data_categories: [patient-notes]
            purposes:
              - id: treat-patients
                lawful_basis: legal-obligation
                special_category_condition: health-care
              - id: train-triage-model
                ai_training: true
                lawful_basis: legitimate-interests
                special_category_condition: health-care
              - id: train-coding-model
                ai_training: true
                lawful_basis: legitimate-interests
      `,
      errors: [
        { messageId: 'notForTraining', line: 16, column: 37, endLine: 16, endColumn: 48, messageIncludes: ['purpose `train-triage-model`', '(health)', '`health-care`'] },
        { messageId: 'missing', line: 17, column: 13, messageIncludes: ['purpose `train-coding-model`'] },
      ],
    },
    {
      name: 'for AI training every condition but explicit-consent and archiving-research is an error: made-public, substantial-public-interest, employment',
      yaml: yaml`
        version: 1
        controller: {name: Acme Analytics}
        data_categories:
          - {id: public-posts, name: Scraped public posts, source: public, special: [political-opinions]}
        processing_activities:
          - id: opinion-models
            name: Opinion models
            data_categories: [public-posts]
            purposes:
              - {id: train-stance-model, ai_training: true, lawful_basis: legitimate-interests, special_category_condition: made-public}
              - {id: train-moderation-model, ai_training: true, lawful_basis: public-task, special_category_condition: substantial-public-interest}
              - {id: evaluate-stance-model, ai_training: true, lawful_basis: legitimate-interests, special_category_condition: employment}
              - {id: publish-trends, lawful_basis: legitimate-interests, special_category_condition: made-public}
      `,
      errors: [
        { messageId: 'notForTraining', line: 10, column: 117, endColumn: 128, messageIncludes: ['purpose `train-stance-model`', '(political-opinions)', '`made-public`'] },
        { messageId: 'notForTraining', line: 11, column: 112, endColumn: 139, messageIncludes: ['`substantial-public-interest`'] },
        { messageId: 'notForTraining', line: 12, column: 120, endColumn: 130, messageIncludes: ['purpose `evaluate-stance-model`', '`employment`'] },
      ],
    },
    {
      name: 'a placeholder or blank condition names none: reported as missing at the value, for training and otherwise',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_categories:
          - {id: patient-notes, name: Patient notes, source: provided-by-subject, special: [health]}
        processing_activities:
          - id: clinical-ai
            name: Clinical AI
            data_categories: [patient-notes]
            purposes:
              - id: train-triage-model
                ai_training: true
                lawful_basis: consent
                special_category_condition: TODO
              - id: treat-patients
                lawful_basis: legal-obligation
                special_category_condition: '[CONFIRM health-care or explicit-consent]'
              - id: send-reminders
                lawful_basis: contract
                special_category_condition: '  '
      `,
      errors: [
        { messageId: 'missing', line: 13, column: 37, endLine: 13, endColumn: 41, messageIncludes: ['purpose `train-triage-model`'] },
        { messageId: 'missing', line: 16, column: 37, endLine: 16, endColumn: 80, messageIncludes: ['purpose `treat-patients`'] },
        { messageId: 'missing', line: 19, column: 37, endLine: 19, endColumn: 41, messageIncludes: ['purpose `send-reminders`'] },
      ],
    },
  ],
});
