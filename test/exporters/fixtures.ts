/**
 * A record with the three roles an activity can have, every party the cover names, and one error
 * (a purpose without a lawful basis), for the export tests.
 */
export const RECORD = `version: 1
controller:
  name: Hirewise B.V.
  contact: privacy@hirewise.example
  dpo: dpo@hirewise.example
  representative: Hirewise UK Rep Ltd, rep@hirewise.example
  joint_controllers:
    - name: Talent Partners SA
      contact: privacy@talentpartners.example
      arrangement: https://hirewise.example/arrangement
record:
  owner: Privacy office
  updated: 2026-11-02
data_subjects:
  - id: applicants
    name: Job applicants
  - id: recruiters
    name: Recruiters of customer employers
data_categories:
  - id: applications
    name: CVs, cover letters and answers
    source: provided-by-subject
    retention: P6M
  - id: records
    name: Results of criminal record checks
    source: third-party
    criminal: true
    criminal_condition: Rehabilitation of Offenders Act 1974
processing_activities:
  - id: tracking
    name: Applicant tracking for customer employers
    description: Host applications on behalf of the employers who use Hirewise.
    role: processor
    on_behalf_of:
      - name: Customer employers
        contact: each employer's privacy contact
    data_subjects: [applicants, recruiters]
    data_categories: [applications]
    purposes:
      - id: host-applications
        description: Store applications and show them to the employer's recruiters.
        ai_training: false
    recipients: [Customer employers]
    processors:
      - name: EuroHost GmbH
        dpa: true
        country: DE
    transfers: []
    retention: Deleted 30 days after the employer's contract ends.
    security_measures: [encryption-at-rest, access-control]
    dpia:
      status: not-required
    automated_decision_making: false
  - id: talent-pool
    name: Talent pool shared with Talent Partners
    description: Applicants who agree are kept in a pool both companies may contact.
    role: joint-controller
    data_subjects: [applicants]
    data_categories: [applications]
    purposes:
      - id: keep-profiles
        description: Keep the profiles of applicants who asked to be considered for future roles.
        ai_training: false
        lawful_basis: consent
        consent:
          collection: opt-in
          explicit: true
          granular: true
          required_for_service: false
          given_by: data-subject
          withdrawal: in-product
          records: consent-log
    recipients: [Talent Partners SA]
    transfers:
      - country: US
        mechanism: scc
        safeguard_reference: https://hirewise.example/scc
    retention: P2Y
    security_measures: [encryption-at-rest]
    dpia:
      status: not-required
    automated_decision_making: false
  - id: ranking
    name: Candidate ranking
    description: Rank applications with a model trained on past hiring outcomes.
    role: controller
    data_subjects: [applicants]
    data_categories: [applications, records]
    purposes:
      - id: train-ranking-model
        description: Train the ranking model on applications and hiring decisions.
        ai_training: true
        lawful_basis: legitimate-interests
        legitimate_interests:
          interest: Better shortlists for recruiters.
          assessment: https://hirewise.example/lia
          objection: in-product
          objection_before_processing: true
        compatibility_assessment: https://hirewise.example/compatibility
      - id: rank-applications
        description: Show recruiters a ranked shortlist of applications.
        ai_training: false
    recipients: []
    transfers: []
    security_measures: [access-control, pseudonymisation]
    dpia:
      status: in-progress
      reference: https://hirewise.example/dpia
    automated_decision_making: false
`;

/** The headings of Art. 30(1) and 30(2), in the article's order. */
export const CONTROLLER_HEADINGS = ['30(1)(a)', '30(1)(b)', '30(1)(c)', '30(1)(d)', '30(1)(e)', '30(1)(f)', '30(1)(g)'];
export const PROCESSOR_HEADINGS = ['30(2)(a)', '30(2)(b)', '30(2)(c)', '30(2)(d)'];
