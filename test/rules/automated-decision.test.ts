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
  ],
  invalid: [
    {
      name: 'legitimate interests, consent that is not explicit and no basis, one finding per purpose',
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
                legitimate_interests: {assessment: docs/lia/hiring.md, objection: email}
              - id: reject-candidates
                lawful_basis: consent
                consent: {collection: opt-in, explicit: false}
              - id: video-interviews
                lawful_basis: consent
              - {id: score-tests}
              - {id: decide-offers, lawful_basis: contract}
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
        { messageId: 'basis', line: 12, column: 23, endLine: 12, endColumn: 30, messageIncludes: ['purpose `reject-candidates`', 'consent that is not explicit'] },
        { messageId: 'basis', line: 15, column: 23, endLine: 15, endColumn: 30, messageIncludes: ['purpose `video-interviews`', 'consent that is not explicit'] },
        { messageId: 'basis', line: 16, column: 14, endLine: 16, endColumn: 25, messageIncludes: ['purpose `score-tests`', 'an unstated lawful basis'] },
      ],
    },
  ],
});
