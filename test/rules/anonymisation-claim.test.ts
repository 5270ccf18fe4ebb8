import rule from '../../src/rules/anonymisation-claim.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'an anonymisation claim backed by an assessment, and categories that make no claim',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - id: usage-aggregates
            name: Aggregated usage counts
            source: inferred
            anonymised: true
            anonymisation_assessment: docs/anonymisation/usage.md
          - id: chat-messages
            name: Messages
            source: communications-content
            anonymised: false
            anonymisation_assessment: null
          - {id: email, name: E-mail, source: provided-by-subject}
        processing_activities: []
      `,
    },
    {
      name: 'pseudonymised data that is not claimed anonymised needs no assessment',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - id: hashed-emails
            name: Hashed e-mail addresses
            source: provided-by-subject
            anonymised: false
        processing_activities: []
      `,
    },
    {
      name: 'anonymised written as the string "true" is not exactly true (the schema rule reports its type)',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - {id: usage-aggregates, name: Aggregated usage counts, source: inferred, anonymised: 'true'}
        processing_activities: []
      `,
    },
    {
      name: 'an assessment of the wrong type still counts as written (the schema rule reports its type)',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - id: usage-aggregates
            name: Aggregated usage counts
            source: inferred
            anonymised: true
            anonymisation_assessment: [docs/anonymisation/usage.md, docs/anonymisation/usage-review.md]
        processing_activities: []
      `,
    },
  ],
  invalid: [
    {
      name: 'a claim without an assessment key is reported at the anonymised value',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - id: usage-aggregates
            name: Aggregated usage counts
            source: inferred
            anonymised: true
        processing_activities: []
      `,
      errors: [{ messageId: 'unsupported', line: 7, column: 17, endLine: 7, endColumn: 21, messageIncludes: ['data category `usage-aggregates` is claimed anonymised'] }],
    },
    {
      name: 'an assessment written as null is no assessment',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - id: hashed-emails
            name: Hashed e-mail addresses
            source: provided-by-subject
            anonymised: true
            anonymisation_assessment: null
        processing_activities: []
      `,
      errors: [{ messageId: 'unsupported', line: 7, column: 17, endLine: 7, endColumn: 21, messageIncludes: ['data category `hashed-emails`'] }],
    },
    {
      name: 'a blank assessment is no assessment',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - id: blurred-faces
            name: Blurred photos
            source: provided-by-subject
            anonymised: true
            anonymisation_assessment: '   '
        processing_activities: []
      `,
      errors: [{ messageId: 'unsupported', line: 7, column: 17, endLine: 7, endColumn: 21, messageIncludes: ['data category `blurred-faces`'] }],
    },
    {
      name: 'a placeholder is no assessment: TODO and ?, in any case',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - {id: usage-aggregates, name: Aggregated usage counts, source: inferred, anonymised: true, anonymisation_assessment: todo}
          - {id: blurred-faces, name: Blurred photos, source: provided-by-subject, anonymised: true, anonymisation_assessment: '?'}
        processing_activities: []
      `,
      errors: [
        { messageId: 'unsupported', line: 4, column: 89, endLine: 4, endColumn: 93, messageIncludes: ['data category `usage-aggregates`'] },
        { messageId: 'unsupported', line: 5, column: 88, endLine: 5, endColumn: 92, messageIncludes: ['data category `blurred-faces`'] },
      ],
    },
    {
      name: 'an assessment written as false is no assessment',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - id: voice-prints
            name: Voice prints
            source: provided-by-subject
            anonymised: true
            anonymisation_assessment: false
        processing_activities: []
      `,
      errors: [{ messageId: 'unsupported', line: 7, column: 17, endLine: 7, endColumn: 21, messageIncludes: ['data category `voice-prints`'] }],
    },
    {
      name: 'a flow-style category is reported at its anonymised value',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - {id: hashed-emails, name: Hashed e-mails, source: provided-by-subject, anonymised: true}
        processing_activities: []
      `,
      errors: [{ messageId: 'unsupported', line: 4, column: 88, endLine: 4, endColumn: 92, messageIncludes: ['data category `hashed-emails`'] }],
    },
    {
      name: 'one finding per category, one without id named by its name',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - id: face-embeddings
            name: Face embeddings
            source: provided-by-subject
            anonymised: true
          - name: Voice prints
            source: provided-by-subject
            anonymised: true
          - id: usage-aggregates
            name: Aggregated usage counts
            source: inferred
            anonymised: true
            anonymisation_assessment: docs/anonymisation/usage.md
        processing_activities: []
      `,
      errors: [
        { messageId: 'unsupported', line: 7, column: 17, endLine: 7, endColumn: 21, messageIncludes: ['data category `face-embeddings`'] },
        { messageId: 'unsupported', line: 10, column: 17, endLine: 10, endColumn: 21, messageIncludes: ['data category `Voice prints`'] },
      ],
    },
  ],
});
