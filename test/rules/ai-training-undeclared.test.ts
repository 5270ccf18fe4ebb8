import rule from '../../src/rules/ai-training-undeclared.js';
import { yaml } from '../support/dedent.js';
import { type InvalidCase, type ValidCase, ruleTester } from '../support/rule-tester.js';

/** An inventory whose one purpose (`purpose-a`, no ai_training key) has this description, on line 8 from column 22. */
function withDescription(description: string): string {
  return yaml`
    version: 1
    controller: {name: Acme}
    processing_activities:
      - id: product
        name: Product
        purposes:
          - id: purpose-a
            description: ${description}
  `;
}

/** Descriptions, as records of processing word them, that say the data trains, fine-tunes, improves or evaluates a model; and the phrase quoted. */
const saysTraining: [description: string, phrase: string][] = [
  ['Train the reply-suggestion model on past conversations.', 'Train the reply-suggestion model'],
  ['Resolved support tickets are used to fine-tune the help-desk assistant.', 'fine-tune the help-desk assistant'],
  ['Fine-tune the assistant on tickets.', 'Fine-tune the assistant'],
  ['Use workspace messages to improve our models and services.', 'improve our models'],
  ['Chat transcripts are used to retrain the intent classifier every quarter.', 'retrain the intent classifier'],
  ['The help-centre chatbot is fine-tuned on anonymised chats.', 'The help-centre chatbot is fine-tuned'],
  ['Ratings of suggested replies are used to evaluate the reply model.', 'evaluate the reply model'],
  ['Recordings are used to improve our speech models.', 'improve our speech models'],
  ['Transcripts are used to train the speech recogniser.', 'train the speech recogniser'],
  ['Audio clips are annotated and used to train wake-word detectors.', 'train wake-word detectors'],
  ['Held-out transcripts are used to benchmark the transcription model.', 'benchmark the transcription model'],
  ['Evaluate the ranking model on held-out searches.', 'Evaluate the ranking model'],
  ['Past queries help us improve our ranking algorithms.', 'improve our ranking algorithms'],
  ['Click-through data trains the ad ranking model.', 'trains the ad ranking model'],
  ['Bid logs are used to evaluate new bidding algorithms before rollout.', 'evaluate new bidding algorithms'],
  ['Purchase histories are used to build recommendation models.', 'build recommendation models'],
  ['Browsing signals feed machine-learning improvements.', 'machine-learning improvements'],
  ['The recommendation engine is retrained nightly on viewing history.', 'The recommendation engine is retrained'],
  ['Candidate CVs are used to train a screening model.', 'train a screening model'],
  ['Interview scores are used to validate the hiring algorithm.', 'validate the hiring algorithm'],
  ['Performance reviews train the promotion-prediction model.', 'train the promotion-prediction model'],
  ['De-identified patient notes are used to fine-tune a clinical summarisation model.', 'fine-tune a clinical summarisation model'],
  ['Anonymised chest X-rays are used to train the triage classifier.', 'train the triage classifier'],
  ['Wearable readings are used to refine the arrhythmia detection algorithm.', 'refine the arrhythmia detection algorithm'],
  ['Loan applications are used to train and validate the credit scoring model.', 'train and validate the credit scoring model'],
  ['We retrain the fraud model monthly using card transactions.', 'retrain the fraud model'],
  ['Transaction histories help our fraud models learn new patterns.', 'our fraud models learn'],
  ['Our models learn from your messages.', 'Our models learn'],
  ['Feedback is used to make our assistant smarter.', 'make our assistant smarter'],
  ['Code snippets are used to train our code completion models.', 'train our code completion models'],
  ['Public posts are scraped to pretrain language models.', 'pretrain language models'],
  ['Keystroke timings are used to calibrate the typing-prediction model.', 'calibrate the typing-prediction model'],
  ['Messages are processed to improve the accuracy of our translation models.', 'improve the accuracy of our translation models'],
  ['Interaction data is used for model evaluation.', 'model evaluation'],
  ['Use service-generated data for machine learning.', 'machine learning'],
  ['Fine-tuned on workspace documents.', 'Fine-tuned on workspace documents'],
  ['AI training on meeting transcripts.', 'AI training'],
  ['Model training with usage data.', 'Model training'],
  ['Retraining of the churn model with CRM data.', 'Retraining of the churn model'],
  ['Models trained on customer messages.', 'Models trained'],
  ['Messages are not used to train models unless the user opts in.', 'train models'],
  ['We never sell this data, but we use it to train our models.', 'train our models'],
  ['Data that is not anonymised is used to train the model.', 'train the model'],
  ['The assistant, which is retrained every week on new tickets, answers questions.', 'The assistant, which is retrained'],
  ['Workspace data has been used to train global models since 2020.', 'train global models'],
];

/** Descriptions that use a model, train people, speak of other models or trains, or deny training. */
const staysQuiet: string[] = [
  // A model that is used, not trained.
  'Translate support tickets using our fine-tuned translation model.',
  'Summaries are written by a large language model.',
  'Answer questions with the fine-tuned model.',
  'A pretrained classifier flags spam.',
  'Draft replies with a third-party large language model.',
  'Route tickets with a machine-learning classifier.',
  'Search results are ranked by a fine-tuned model.',
  'Transcribe calls with a model trained on licensed data.',
  'Screen CVs with an off-the-shelf scoring model.',
  'Detect spam using machine learning.',
  'Summarise tickets with LLMs.',
  'Radiologists review scans flagged by a pretrained detection model.',
  // People trained.
  'Train new agents on real tickets.',
  'Staff training on AI tools.',
  'Train support agents to use the AI assistant.',
  'Support agents are trained to use the AI assistant safely.',
  'Clinicians are trained on the new triage tool.',
  'Schedule onboarding training for new hires.',
  'Keep training records of employees.',
  'Training of employees on the AI Act.',
  'Employees may attend training courses on machine learning.',
  'Call recordings are used for training and quality purposes.',
  // Other senses of the words.
  'Book train tickets for business travel.',
  'Review our business model.',
  'Maintain the data model of the CRM.',
  'Transfers under model clauses.',
  'Record the device model for diagnostics.',
  'Update the threat model after each release.',
  'Improve response times for customers.',
  'Develop new product features.',
  'Test the checkout flow with real users.',
  'Recruiters evaluate candidates against the job criteria.',
  // Denied or supposed.
  'Never used to train models.',
  'Not used for training.',
  'We do not train models on this data.',
  'Summarise tickets without training any model.',
  'No customer content is used to train our models.',
  "Model training is not performed on EU customers' data.",
  'Prompts are not used to train or improve any model.',
  'Messages are excluded from model training.',
  'Nothing users type is used to train our models.',
  'If we ever train models on this data, users are asked first.',
  'Health records are not used to develop or test algorithms.',
];

const valid: ValidCase[] = [
  ...staysQuiet.map((description) => ({ name: `stays quiet: "${description}"`, yaml: withDescription(description) })),
  {
    name: 'a purpose that says it trains a model and is marked ai_training: true',
    yaml: yaml`
      version: 1
      controller: {name: Acme}
      processing_activities:
        - id: smart-replies
          name: Smart replies
          purposes:
            - id: train-reply-model
              description: Train the reply-suggestion model on past conversations.
              ai_training: true
    `,
  },
  {
    name: 'ids about staff training, training records, train tickets and trainees',
    yaml: yaml`
      version: 1
      controller: {name: Acme}
      processing_activities:
        - id: hr
          name: HR
          purposes: [{id: staff-training}, {id: training-records}, {id: train-tickets}, {id: trainee-payroll}, {id: train-new-agents}]
    `,
  },
  {
    name: 'the activity text speaks of training, and a purpose of the activity is marked ai_training: true',
    yaml: yaml`
      version: 1
      controller: {name: Acme Chat}
      processing_activities:
        - id: smart-replies
          name: Smart replies
          description: Suggest replies in chat, and train the reply model on the conversations of people who opted in.
          purposes:
            - {id: suggest-replies, description: Suggest replies while people type., ai_training: false}
            - {id: train-reply-model, description: Learn from opted-in conversations., ai_training: true}
    `,
  },
  {
    name: 'the activity text uses a model, or denies training, or is a placeholder',
    yaml: yaml`
      version: 1
      controller: {name: Acme Chat}
      processing_activities:
        - id: summaries
          name: Summaries
          description: Summaries are written by a large language model; your messages are never used to train it.
          purposes: [{id: summarise, description: Summarise long threads., ai_training: false}]
        - id: later
          name: Later
          description: TODO
          purposes: [{id: later-purpose, description: Decide later.}]
    `,
  },
  {
    name: 'a placeholder description is not read; an id that says nothing is not either',
    yaml: withDescription('TBD'),
  },
  // ai_training written, but not as true or false, or under a misspelt key: the schema rule's
  // finding ("write true or false", "did you mean `ai_training`?"). The user may have meant true.
  {
    name: 'stays quiet: ai_training: yes, "true" or 1, which the schema asks to write as true or false',
    yaml: yaml`
      version: 1
      controller: {name: Acme Chat}
      processing_activities:
        - id: assistant
          name: Assistant
          purposes:
            - {id: tune, description: Fine-tune the assistant on tickets., ai_training: yes}
            - {id: rank, description: Retrain the ranking model weekly., ai_training: "true"}
            - {id: evaluate, description: Evaluate the ranking model on held-out searches., ai_training: 1}
    `,
  },
  {
    name: 'stays quiet: the key misspelt (`ai_trainig: true`, `aitraining: true`)',
    yaml: yaml`
      version: 1
      controller: {name: Acme Chat}
      processing_activities:
        - id: assistant
          name: Assistant
          purposes:
            - {id: tune, description: Fine-tune the assistant on tickets., ai_trainig: true}
            - {id: rank, description: Retrain the ranking model weekly., aitraining: true}
    `,
  },
  {
    name: 'stays quiet: the activity text speaks of training and the mark of one of its purposes cannot be read, so it may be the one marked',
    yaml: yaml`
      version: 1
      controller: {name: Acme Chat}
      processing_activities:
        - id: meeting-ai
          name: Meeting AI
          description: Meeting summaries, with meeting content used to train the models.
          purposes:
            - {id: summarise-meetings, description: Summarise meetings for participants., ai_training: false}
            - {id: improve-summaries, description: Make summaries better., ai_training: yes}
    `,
  },
];

const invalid: InvalidCase[] = [
  ...saysTraining.map(([description, phrase]) => ({
    name: `says training: "${description}"`,
    yaml: withDescription(description),
    errors: [{ messageId: 'undeclared', line: 8, column: 22, endLine: 8, endColumn: 22 + description.length, messageIncludes: ['purpose `purpose-a`', `says "${phrase}"`] }],
  })),
  {
    name: 'ai_training: false is reported at its value',
    yaml: yaml`
      version: 1
      controller: {name: Acme Chat}
      processing_activities:
        - id: global-models
          name: Global models
          purposes:
            - id: improve-services
              description: Use workspace messages to improve our models and services.
              ai_training: false
    `,
    errors: [{ messageId: 'undeclared', line: 9, column: 22, endLine: 9, endColumn: 27, messageIncludes: ['"improve our models"'] }],
  },
  {
    name: 'ai_training left empty (null) or only a placeholder is not written, so not true',
    yaml: yaml`
      version: 1
      controller: {name: Acme Chat}
      processing_activities:
        - id: assistant
          name: Assistant
          purposes:
            - {id: rank, description: Retrain the ranking model weekly., ai_training: null}
            - {id: tune, description: Fine-tune the assistant on tickets., ai_training: TBD}
    `,
    errors: [
      { messageId: 'undeclared', line: 7, column: 81, endColumn: 85, messageIncludes: ['purpose `rank`', '"Retrain the ranking model"'] },
      { messageId: 'undeclared', line: 8, column: 83, endColumn: 86, messageIncludes: ['purpose `tune`', '"Fine-tune the assistant"'] },
    ],
  },
  {
    name: 'a user extension is no misspelling of ai_training: the purpose is still unmarked',
    yaml: yaml`
      version: 1
      controller: {name: Acme Chat}
      processing_activities:
        - id: assistant
          name: Assistant
          purposes:
            - id: tune
              description: Fine-tune the assistant on tickets.
              x-ai-training: true
    `,
    errors: [{ messageId: 'undeclared', line: 8, column: 22, messageIncludes: ['purpose `tune`'] }],
  },
  {
    name: 'the id says it when the description does not (pointed at the id, or at ai_training when present)',
    yaml: yaml`
      version: 1
      controller: {name: Acme Chat}
      processing_activities:
        - id: smart-replies
          name: Smart replies
          purposes:
            - id: train-reply-model
            - {id: fine-tune-summariser, description: Summaries for long threads., ai_training: false}
    `,
    errors: [
      { messageId: 'undeclared', line: 7, column: 13, endLine: 7, endColumn: 30, messageIncludes: ['"train-reply-model"'] },
      { messageId: 'undeclared', line: 8, column: 91, endColumn: 96, messageIncludes: ['"fine-tune-summariser"'] },
    ],
  },
  {
    name: 'a phrase is found in the sentence that states it, not across sentences',
    yaml: yaml`
      version: 1
      controller: {name: Acme}
      processing_activities:
        - id: hr
          name: HR
          purposes:
            - id: onboarding
              description: Staff training. We never share records. We also retrain the attrition model.
    `,
    errors: [{ messageId: 'undeclared', line: 8, column: 22, messageIncludes: ['"retrain the attrition model"'] }],
  },
  {
    name: 'the activity text speaks for its purposes when none is marked as training: each unmarked purpose is reported',
    yaml: yaml`
      version: 1
      controller: {name: Acme Chat}
      processing_activities:
        - id: meeting-ai
          name: Meeting AI
          description: Meeting summaries, with meeting content used to train the models.
          purposes:
            - id: summarise-meetings
              description: Summarise meetings for participants.
              ai_training: false
            - id: improve-summaries
              description: Make summaries better.
    `,
    errors: [
      { messageId: 'undeclaredByActivity', line: 10, column: 22, endColumn: 27, messageIncludes: ['purpose `summarise-meetings`', 'activity `meeting-ai`', '"train the models"'] },
      { messageId: 'undeclaredByActivity', line: 11, column: 13, endColumn: 30, messageIncludes: ['purpose `improve-summaries`'] },
    ],
  },
  {
    name: "a purpose's own words come first: one finding per purpose, quoting the purpose",
    yaml: yaml`
      version: 1
      controller: {name: Acme Chat}
      processing_activities:
        - id: search
          name: Search
          description: Search logs are used to improve our ranking models.
          purposes:
            - {id: rank-results, description: Evaluate the ranking model on held-out searches.}
    `,
    errors: [{ messageId: 'undeclared', line: 8, column: 41, messageIncludes: ['"Evaluate the ranking model"'] }],
  },
];

ruleTester(rule, { valid, invalid });
