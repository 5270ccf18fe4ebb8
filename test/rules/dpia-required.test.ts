import rule from '../../src/rules/dpia-required.js';
import { yaml } from '../support/dedent.js';
import { ruleTester } from '../support/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      // The schema rule asks for a mapping (or a status of the format); "records no DPIA" would contradict the record.
      name: 'a DPIA written in another shape (`dpia: completed`, a list, `status: done`) is the schema rule\'s finding alone',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - {id: smart-replies, name: Smart replies, purposes: [{id: train-reply-model, ai_training: true}], dpia: completed}
          - {id: search-ranking, name: Search ranking, purposes: [{id: train-ranker, ai_training: true}], dpia: [{status: completed}]}
          - {id: spam-filter, name: Spam filter, purposes: [{id: train-filter, ai_training: true}], dpia: {status: done}}
      `,
    },
    {
      name: 'AI training with a completed or an in-progress DPIA',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: [{id: train-reply-model, ai_training: true}]
            dpia: {status: completed, reference: docs/dpia/replies.md}
          - id: search-ranking
            name: Search ranking
            purposes: [{id: train-ranker, ai_training: true}]
            dpia:
              status: in-progress
              reference: docs/dpia/ranking.md
      `,
    },
    {
      name: 'an activity that neither trains models nor meets any WP248 criterion needs no DPIA',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        data_subjects: [{id: members, name: Members, children: false}]
        data_categories: [{id: messages, name: Messages, source: communications-content, special: [], criminal: false}]
        processing_activities:
          - id: messaging
            name: Messaging
            data_subjects: [members]
            data_categories: [messages]
            purposes: [{id: deliver-messages}, {id: archive, ai_training: false}]
            automated_decision_making: false
            dpia: {status: not-required, criteria: []}
          - id: billing
            name: Billing
            purposes: [{id: send-invoices, lawful_basis: contract}]
      `,
    },
    {
      name: 'one criterion is not enough: special-category data alone, children alone, public data alone',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_subjects:
          - {id: patients, name: Patients}
          - {id: pupils, name: Pupils, children: true}
        data_categories:
          - {id: health-records, name: Health records, source: provided-by-subject, special: [health]}
          - {id: grades, name: Grades, source: third-party}
          - {id: press-articles, name: Press articles, source: public}
        processing_activities:
          - {id: appointments, name: Appointments, data_subjects: [patients], data_categories: [health-records], purposes: [{id: book}]}
          - {id: school-reports, name: School reports, data_subjects: [pupils], data_categories: [grades], purposes: [{id: report}]}
          - {id: press-review, name: Press review, data_subjects: [patients], data_categories: [press-articles], purposes: [{id: review}], dpia: {status: not-required}}
      `,
    },
    {
      name: 'a processor activity that trains nothing: the DPIA is its controller\u2019s to carry out',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_subjects: [{id: pupils, name: Pupils, children: true}]
        data_categories: [{id: health-records, name: Health records, source: provided-by-subject, special: [health]}]
        processing_activities:
          - id: school-nurse-hosting
            name: Hosting the school nurse records for schools
            role: processor
            on_behalf_of: [{name: City schools, contact: privacy@schools.example}]
            data_subjects: [pupils]
            data_categories: [health-records]
            purposes: [{id: host-records}]
      `,
    },
    {
      name: 'a criterion both listed and derived from the record counts once',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_categories: [{id: health-records, name: Health records, source: provided-by-subject, special: [health]}]
        processing_activities:
          - id: appointments
            name: Appointments
            data_categories: [health-records]
            purposes: [{id: book}]
            dpia:
              status: not-required
              criteria: [sensitive-data]
      `,
    },
    {
      name: 'two or more criteria with a completed or in-progress DPIA',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_subjects: [{id: pupils, name: Pupils, children: true}]
        data_categories: [{id: health-records, name: Health records, source: provided-by-subject, special: [health]}]
        processing_activities:
          - id: school-nurse
            name: School nurse
            data_subjects: [pupils]
            data_categories: [health-records]
            purposes: [{id: care}]
            dpia: {status: completed, reference: docs/dpia/school-nurse.md}
          - id: scoring
            name: Credit scoring
            purposes: [{id: score}]
            automated_decision_making: true
            dpia: {status: in-progress, reference: docs/dpia/scoring.md, criteria: [evaluation-scoring]}
      `,
    },
    {
      name: 'only the subjects and categories the activity uses count, and unknown criteria are the schema rule\u2019s',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        data_subjects:
          - {id: customers, name: Customers}
          - {id: pupils, name: Pupils, children: true}
        data_categories:
          - {id: orders, name: Orders, source: provided-by-subject}
          - {id: health-records, name: Health records, source: provided-by-subject, special: [health]}
        processing_activities:
          - id: shop
            name: Shop
            data_subjects: [customers]
            data_categories: [orders]
            purposes: [{id: sell}]
            dpia: {criteria: [evaluation-scoring, high-risk, '?']}
      `,
    },
    {
      name: 'ai_training written as the string "true" is not exactly true (the schema rule reports its type)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: [{id: train-reply-model, ai_training: 'true'}]
      `,
    },
    {
      name: 'the DPIA is recorded per activity: one completed DPIA covers all of its AI purposes',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: global-models
            name: Global models
            purposes:
              - {id: train-global-models, ai_training: true}
              - {id: evaluate-global-models, ai_training: true}
            dpia: {status: completed, reference: docs/dpia/global-models.md}
      `,
    },
    {
      name: 'an ignore on the training purpose covers the finding that purpose causes on its activity',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes:
              - id: train-reply-model
                ai_training: true
                x-ropa-lint-ignore:
                  - {rule: dpia-required, reason: "covered by the group DPIA DP-2026-04 of the parent company"}
      `,
    },
    {
      name: 'a DPIA or its status under a misspelt key is the schema rule\'s finding: it may record one under way',
      yaml: yaml`
        version: 1
        controller: {name: Acme}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: [{id: train-replies, ai_training: true}]
            dipa: {status: completed, reference: docs/dpia/smart-replies.md}
          - id: ranking
            name: Ranking
            purposes: [{id: train-ranking, ai_training: true}]
            dpia: {stauts: in-progress, reference: docs/dpia/ranking.md}
      `,
    },
  ],
  invalid: [
    {
      name: 'AI training without a dpia block: an error once for the activity at its id, naming every AI purpose and the criteria',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: global-models
            name: Global models
            purposes:
              - {id: deliver-messages}
              - {id: train-global-models, ai_training: true}
              - {id: evaluate-global-models, ai_training: true}
      `,
      errors: [
        {
          messageId: 'missing',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 22,
          severity: 'error',
          messageIncludes: [
            'activity `global-models` trains models (`train-global-models`, `evaluate-global-models`) but records no data protection impact assessment; WP248 criteria met: innovative-technology (AI-training purpose `train-global-models`; AI-training purpose `evaluate-global-models`)',
          ],
        },
      ],
    },
    {
      name: 'AI training with status not-required is reported at the status value',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        processing_activities:
          - id: meeting-ai
            name: Meeting AI
            purposes: [{id: train-meeting-models, ai_training: true}]
            dpia:
              status: not-required
      `,
      errors: [
        {
          messageId: 'notDone',
          line: 8,
          column: 15,
          endLine: 8,
          endColumn: 27,
          severity: 'error',
          messageIncludes: ['activity `meeting-ai` trains models (`train-meeting-models`) but its DPIA status is `not-required`'],
        },
      ],
    },
    {
      name: 'AI training with status missing is reported at the status value, in flow style',
      yaml: yaml`
        version: 1
        controller: {name: Acme Meetings}
        processing_activities:
          - id: summaries
            name: Summaries
            purposes: [{id: fine-tune-summariser, ai_training: true}]
            dpia: {status: missing, reference: null}
      `,
      errors: [{ messageId: 'notDone', line: 7, column: 20, endLine: 7, endColumn: 27, messageIncludes: ['activity `summaries`', '`missing`'] }],
    },
    {
      name: 'a dpia block without status is reported at the dpia key',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: [{id: train-reply-model, ai_training: true}]
            dpia:
              reference: docs/dpia/replies.md
      `,
      errors: [{ messageId: 'missing', line: 7, column: 5, endLine: 7, endColumn: 9, messageIncludes: ['(`train-reply-model`) but records no data protection impact assessment'] }],
    },
    {
      name: 'an empty status is reported at the status key, a placeholder status at its value',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes: [{id: train-reply-model, ai_training: true}]
            dpia:
              status:
              reference: docs/dpia/replies.md
          - id: ranking
            name: Ranking
            purposes: [{id: train-ranker, ai_training: true}]
            dpia:
              status: TBD
      `,
      errors: [
        { messageId: 'missing', line: 8, column: 7, endLine: 8, endColumn: 13, messageIncludes: ['(`train-reply-model`) but records no data protection impact assessment'] },
        { messageId: 'missing', line: 14, column: 15, endLine: 14, endColumn: 18, messageIncludes: ['activity `ranking` trains models (`train-ranker`) but records no data protection impact assessment'] },
      ],
    },
    {
      name: 'one finding per activity, however many AI purposes it has; an AI purpose without id by its position',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: smart-replies
            name: Smart replies
            purposes:
              - {id: train-reply-model, ai_training: true}
              - {description: Evaluate reply quality, ai_training: true}
            dpia: {status: not-required}
          - id: search
            name: Search
            purposes: [{id: train-ranker, ai_training: true}]
          - id: messaging
            name: Messaging
            purposes: [{id: deliver-messages}]
      `,
      errors: [
        { messageId: 'notDone', line: 9, column: 20, endLine: 9, endColumn: 32, messageIncludes: ['activity `smart-replies` trains models (`train-reply-model`, purpose #2)'] },
        { messageId: 'missing', line: 10, column: 9, endLine: 10, endColumn: 15, messageIncludes: ['activity `search` trains models (`train-ranker`)'] },
      ],
    },
    {
      name: 'AI training on special-category data of children: still an error, listing each criterion and where it comes from',
      yaml: yaml`
        version: 1
        controller: {name: Acme Learning}
        data_subjects: [{id: pupils, name: Pupils, children: true}]
        data_categories: [{id: learning-difficulties, name: Learning difficulties, source: provided-by-subject, special: [health]}]
        processing_activities:
          - id: tutor-model
            name: Tutor model
            data_subjects: [pupils]
            data_categories: [learning-difficulties]
            purposes: [{id: train-tutor, ai_training: true}]
      `,
      errors: [
        {
          messageId: 'missing',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 20,
          severity: 'error',
          messageIncludes: [
            'WP248 criteria met: sensitive-data (special-category data in `learning-difficulties`), vulnerable-subjects (children among `pupils`), innovative-technology (AI-training purpose `train-tutor`)',
          ],
        },
      ],
    },
    {
      name: 'no AI training, special-category data of children: a warning at the activity id',
      yaml: yaml`
        version: 1
        controller: {name: Acme Health}
        data_subjects: [{id: pupils, name: Pupils, children: true}]
        data_categories: [{id: health-records, name: Health records, source: provided-by-subject, special: [health, genetic]}]
        processing_activities:
          - id: school-nurse
            name: School nurse
            data_subjects: [pupils]
            data_categories: [health-records]
            purposes: [{id: care, lawful_basis: public-task}]
      `,
      errors: [
        {
          messageId: 'criteriaMissing',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 21,
          severity: 'warning',
          messageIncludes: [
            'activity `school-nurse` meets 2 WP248 criteria, sensitive-data (special-category data in `health-records`), vulnerable-subjects (children among `pupils`), but records no data protection impact assessment',
          ],
        },
      ],
    },
    {
      name: 'no AI training, criminal data and automated decisions with status not-required: a warning at the status',
      yaml: yaml`
        version: 1
        controller: {name: Hirewise}
        data_categories: [{id: criminal-record-checks, name: Criminal record checks, source: third-party, criminal: true}]
        processing_activities:
          - id: background-checks
            name: Background checks
            data_categories: [criminal-record-checks]
            purposes: [{id: screen, lawful_basis: legal-obligation}]
            automated_decision_making: true
            dpia:
              status: not-required
      `,
      errors: [
        {
          messageId: 'criteriaNotDone',
          line: 11,
          column: 15,
          endLine: 11,
          endColumn: 27,
          severity: 'warning',
          messageIncludes: [
            'activity `background-checks` meets 2 WP248 criteria, automated-decision (`automated_decision_making: true`), sensitive-data (criminal-offence data in `criminal-record-checks`), but its DPIA status is `not-required`',
          ],
        },
      ],
    },
    {
      name: 'a public source gives large-scale; with one listed criterion that makes two (a dpia block without status, at its key)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Media}
        data_categories: [{id: social-posts, name: Public social-media posts, source: public}]
        processing_activities:
          - id: brand-monitoring
            name: Brand monitoring
            data_categories: [social-posts]
            purposes: [{id: monitor-mentions, lawful_basis: legitimate-interests}]
            dpia: {criteria: [systematic-monitoring]}
      `,
      errors: [
        {
          messageId: 'criteriaMissing',
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 9,
          severity: 'warning',
          messageIncludes: ['meets 2 WP248 criteria, systematic-monitoring (`dpia.criteria`), large-scale (publicly available data in `social-posts`)'],
        },
      ],
    },
    {
      name: 'two criteria listed in dpia.criteria alone, with status missing; a criterion listed and derived names both sources',
      yaml: yaml`
        version: 1
        controller: {name: Acme Bank}
        data_categories: [{id: transactions, name: Transactions, source: observed, special: [], criminal: false}, {id: biometrics, name: Face templates, source: provided-by-subject, special: [biometric]}]
        processing_activities:
          - id: credit-scoring
            name: Credit scoring
            data_categories: [transactions]
            purposes: [{id: score-applicants, lawful_basis: contract}]
            dpia: {status: missing, criteria: [evaluation-scoring, matching-datasets]}
          - id: face-login
            name: Face login
            data_categories: [biometrics]
            purposes: [{id: log-in, lawful_basis: consent}]
            dpia: {criteria: [sensitive-data, innovative-technology]}
      `,
      errors: [
        {
          messageId: 'criteriaNotDone',
          line: 9,
          column: 20,
          endLine: 9,
          endColumn: 27,
          severity: 'warning',
          messageIncludes: ['meets 2 WP248 criteria, evaluation-scoring (`dpia.criteria`), matching-datasets (`dpia.criteria`), but its DPIA status is `missing`'],
        },
        {
          messageId: 'criteriaMissing',
          line: 14,
          column: 5,
          endLine: 14,
          endColumn: 9,
          severity: 'warning',
          messageIncludes: ['meets 2 WP248 criteria, sensitive-data (`dpia.criteria`; special-category data in `biometrics`), innovative-technology (`dpia.criteria`)'],
        },
      ],
    },
    {
      name: 'an ignore on the training purpose does not cover an activity that needs a DPIA for two other criteria',
      yaml: yaml`
        version: 1
        controller: {name: Acme Learning}
        data_subjects: [{id: pupils, name: Pupils, children: true}]
        data_categories: [{id: learning-difficulties, name: Learning difficulties, source: provided-by-subject, special: [health]}]
        processing_activities:
          - id: tutor-model
            name: Tutor model
            data_subjects: [pupils]
            data_categories: [learning-difficulties]
            purposes:
              - id: train-tutor
                ai_training: true
                x-ropa-lint-ignore:
                  - {rule: dpia-required, reason: "covered by the group DPIA DP-2026-04 of the parent company"}
      `,
      errors: [{ messageId: 'missing', line: 6, column: 9, endLine: 6, endColumn: 20, severity: 'error', messageIncludes: ['activity `tutor-model` trains models (`train-tutor`)'] }],
    },
    {
      name: 'a processor activity that trains models is an error all the same (training for itself makes it a controller)',
      yaml: yaml`
        version: 1
        controller: {name: Acme Chat}
        processing_activities:
          - id: customer-workspaces
            name: Customer workspaces
            role: processor
            purposes: [{id: train-global-models, ai_training: true}]
      `,
      errors: [{ messageId: 'missing', line: 4, column: 9, endLine: 4, endColumn: 28, severity: 'error', messageIncludes: ['activity `customer-workspaces` trains models (`train-global-models`)'] }],
    },
  ],
});
