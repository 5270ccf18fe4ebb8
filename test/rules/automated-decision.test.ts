import rule from '../../src/rules/automated-decision.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'automated decisions on contract, legal obligation, public task or explicit consent',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: credit-check
            name: Credit check
            automated_decision_making: true
            purposes:
              - {id: decide-loan, lawful_basis: contract}
              - {id: anti-money-laundering, lawful_basis: legal-obligation}
              - {id: benefit-eligibility, lawful_basis: public-task}
              - id: personalised-pricing
                lawful_basis: consent
                consent: {collection: opt-in, explicit: true, granular: true, withdrawal: in-product}
      `,
    },
    {
      name: 'legitimate interests with an assessment and objection before processing, where no decision is automated',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            automated_decision_making: false
            purposes:
              - id: train-reply-model
                ai_training: true
                lawful_basis: legitimate-interests
                legitimate_interests:
                  assessment: docs/lia/replies.md
                  objection: in-product
                  objection_before_processing: true
          - id: fraud
            name: Fraud
            purposes: [{id: score, lawful_basis: legitimate-interests}]
      `,
    },
    {
      name: 'consent without a consent block is consent-details-missing\u2019s finding alone (one finding per fact)',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: hiring
            name: Candidate screening
            automated_decision_making: true
            purposes:
              - id: video-interviews
                lawful_basis: consent
              - {id: reject-candidates, lawful_basis: consent, consent: not-a-block}
      `,
    },
    {
      name: 'mixed bases that all meet Art. 22(2): contract, legal obligation and explicit consent in one activity',
      yaml: yaml`
        version: 1
        controller: {name: Acme Bank}
        processing_activities:
          - id: credit-check
            name: Credit check
            automated_decision_making: true
            purposes:
              - {id: decide-loan, lawful_basis: contract}
              - {id: report-to-credit-bureau, lawful_basis: legal-obligation}
              - {id: offer-overdraft, lawful_basis: consent, consent: {collection: opt-in, explicit: true}}
      `,
    },
    {
      name: 'automated decisions in one activity do not reach the purposes of another',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: credit-check
            name: Credit check
            automated_decision_making: true
            purposes: [{id: decide-loan, lawful_basis: contract}]
          - id: marketing
            name: Marketing
            purposes: [{id: segment-customers, lawful_basis: legitimate-interests}]
      `,
    },
    {
      name: 'automated_decision_making written as the string "true" is not exactly true (the schema rule reports its type)',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: hiring
            name: Candidate screening
            automated_decision_making: 'true'
            purposes: [{id: rank-candidates, lawful_basis: legitimate-interests}]
      `,
    },
    {
      name: 'a basis or `explicit` under a misspelt key is the schema rule\'s finding: it may be one Art. 22(2) allows',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: credit-scoring
            name: Credit scoring
            automated_decision_making: true
            purposes:
              - {id: score-applicants, lawfull_basis: contract}
              - {id: rank-applicants, lawful_basis: consent, consent: {collection: opt-in, explicitt: true}}
      `,
    },
  ],
  invalid: [
    {
      name: 'legitimate interests is not an Art. 22(2) ground: reported at the lawful_basis value',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: hiring
            name: Candidate screening
            automated_decision_making: true
            purposes:
              - id: rank-candidates
                lawful_basis: legitimate-interests
                legitimate_interests: {assessment: docs/lia/hiring.md, objection: in-product, objection_before_processing: true}
      `,
      errors: [
        {
          messageId: 'basis',
          line: 9,
          column: 23,
          endLine: 9,
          endColumn: 43,
          messageIncludes: ['activity `hiring` takes solely automated decisions, but purpose `rank-candidates` rests on `legitimate-interests`'],
        },
      ],
    },
    {
      name: 'vital interests is not an Art. 22(2) ground either',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: triage
            name: Emergency triage
            automated_decision_making: true
            purposes:
              - id: prioritise-calls
                lawful_basis: vital-interests
      `,
      errors: [{ messageId: 'basis', line: 9, column: 23, endLine: 9, endColumn: 38, messageIncludes: ['purpose `prioritise-calls` rests on `vital-interests`'] }],
    },
    {
      name: 'consent with explicit: false is not explicit consent',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: hiring
            name: Candidate screening
            automated_decision_making: true
            purposes:
              - id: reject-candidates
                lawful_basis: consent
                consent: {collection: opt-in, explicit: false}
      `,
      errors: [{ messageId: 'basis', line: 10, column: 49, endLine: 10, endColumn: 54, messageIncludes: ['purpose `reject-candidates` rests on consent that is not explicit'] }],
    },
    {
      name: 'a consent block that does not say explicit is reported at the consent key',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: hiring
            name: Candidate screening
            automated_decision_making: true
            purposes:
              - id: reject-candidates
                lawful_basis: consent
                consent:
                  collection: opt-in
                  withdrawal: in-product
      `,
      errors: [{ messageId: 'basis', line: 10, column: 9, endLine: 10, endColumn: 16, messageIncludes: ['purpose `reject-candidates` rests on consent that is not explicit'] }],
    },
    {
      name: 'no lawful_basis key is reported at the purpose id',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: hiring
            name: Candidate screening
            automated_decision_making: true
            purposes:
              - id: score-tests
                description: Score aptitude tests automatically.
      `,
      errors: [{ messageId: 'basis', line: 8, column: 13, endLine: 8, endColumn: 24, messageIncludes: ['purpose `score-tests` rests on an unstated lawful basis'] }],
    },
    {
      name: 'an empty lawful_basis is reported at its key',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: hiring
            name: Candidate screening
            automated_decision_making: true
            purposes:
              - id: score-tests
                lawful_basis:
      `,
      errors: [{ messageId: 'basis', line: 9, column: 9, endLine: 9, endColumn: 21, messageIncludes: ['purpose `score-tests` rests on an unstated lawful basis'] }],
    },
    {
      name: 'a placeholder lawful_basis is unstated too, reported at its value',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: hiring
            name: Candidate screening
            automated_decision_making: true
            purposes:
              - {id: score-tests, lawful_basis: TBD}
      `,
      errors: [{ messageId: 'basis', line: 8, column: 41, endLine: 8, endColumn: 44, messageIncludes: ['purpose `score-tests` rests on an unstated lawful basis'] }],
    },
    {
      name: 'mixed bases fire: one finding per purpose that falls short, none for the one on contract',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: hiring
            name: Candidate screening
            automated_decision_making: true
            purposes:
              - {id: rank-candidates, lawful_basis: legitimate-interests}
              - {id: reject-candidates, lawful_basis: consent, consent: {explicit: false}}
              - {id: decide-offers, lawful_basis: contract}
      `,
      errors: [
        { messageId: 'basis', line: 8, column: 45, endLine: 8, endColumn: 65, messageIncludes: ['purpose `rank-candidates`'] },
        { messageId: 'basis', line: 9, column: 76, endLine: 9, endColumn: 81, messageIncludes: ['purpose `reject-candidates`'] },
      ],
    },
  ],
});
