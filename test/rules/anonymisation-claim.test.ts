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
  ],
  invalid: [
    {
      name: 'a claim without an assessment key, with null and with a blank one, each at the anonymised value',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_categories:
          - id: usage-aggregates
            name: Aggregated usage counts
            source: inferred
            anonymised: true
          - id: hashed-emails
            name: Hashed e-mail addresses
            source: provided-by-subject
            anonymised: true
            anonymisation_assessment: null
          - {id: blurred-faces, name: Blurred photos, source: provided-by-subject, anonymised: true, anonymisation_assessment: ' '}
        processing_activities: []
      `,
      errors: [
        { messageId: 'unsupported', line: 7, column: 17, endLine: 7, endColumn: 21, messageIncludes: ['data category `usage-aggregates`'] },
        { messageId: 'unsupported', line: 11, column: 17, endLine: 11, endColumn: 21, messageIncludes: ['data category `hashed-emails`'] },
        { messageId: 'unsupported', line: 13, column: 88, endLine: 13, endColumn: 92, messageIncludes: ['data category `blurred-faces`'] },
      ],
    },
  ],
});
