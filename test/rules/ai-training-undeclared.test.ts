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

/** Descriptions that say the purpose trains, fine-tunes or improves a model, and the phrase the message quotes. */
const saysTraining: [description: string, phrase: string][] = [
  ['Train the reply-suggestion model on past conversations.', 'Train the reply-suggestion model'],
  ['Models are trained on support tickets.', 'Models are trained'],
  ['We retrain our ranking algorithm every week.', 'retrain our ranking algorithm'],
  ['Training a neural network on uploaded photos.', 'Training a neural network'],
  ['AI training on meeting transcripts.', 'AI training'],
  ['Model training with usage data.', 'Model training'],
  ['Use tickets as training examples for the ticket-routing model.', 'training examples for the ticket-routing model'],
  ['Pretrain foundation models on public posts.', 'Pretrain foundation models'],
  ['Train an LLM on chat history.', 'Train an LLM'],
  ['Fine-tune a language model on customer chats.', 'Fine-tune'],
  ['Fine tuning of the support assistant.', 'Fine tuning'],
  ['Finetune the assistant on resolved cases.', 'Finetune'],
  ['Fine-tuned on workspace documents.', 'Fine-tuned'],
  ['Improve our models with user feedback.', 'Improve our models'],
  ['Improving the recommendation algorithms.', 'Improving the recommendation algorithms'],
  ['Use clicks to improve our AI.', 'improve our AI'],
  ['Our ranking models are improved with search logs.', 'models are improved'],
  ['Apply machine learning to call recordings.', 'machine learning'],
  ['Build an ML model of churn.', 'ML model'],
  ['Send transcripts to a large language model for summaries.', 'large language model'],
  ['Summarise tickets with LLMs.', 'LLMs'],
  ['Deep learning on voice samples.', 'Deep learning'],
];

/** Ordinary uses of the same words: staff training, trains, business and data models. */
const ordinary: string[] = [
  'Staff training.',
  'Keep training records of employees.',
  'Book train tickets for business travel.',
  'Review our business model.',
  'Maintain the data model of the CRM.',
  'Set the pricing model per seat.',
  'Manage trainee contracts.',
  'Train staff on the new AI tools.',
  'Train support agents to use the AI assistant.',
  'Safety training for drivers.',
  'Training of employees on the AI Act.',
  'Compliance training on the data model.',
  'Travel by train under our pricing model.',
  'Record the device model for diagnostics.',
  'Transfers under model clauses.',
  'Improve our business model.',
  'Improve the service. The model of the contract is attached.',
  'Fine dining reservations.',
  'Measure doses of 500 ml.',
  'Schedule onboarding training for new hires.',
];

const valid: ValidCase[] = [
  ...ordinary.map((description) => ({ name: `ordinary wording: "${description}"`, yaml: withDescription(description) })),
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
    name: 'ids about staff training and train tickets',
    yaml: yaml`
      version: 1
      controller: {name: Acme}
      processing_activities:
        - id: hr
          name: HR
          purposes: [{id: staff-training}, {id: training-records}, {id: train-tickets}, {id: trainee-payroll}]
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
    name: 'the id alone can say it (train-reply-model without a description points at the id)',
    yaml: yaml`
      version: 1
      controller: {name: Acme Chat}
      processing_activities:
        - id: smart-replies
          name: Smart replies
          purposes:
            - id: train-reply-model
            - {id: fine-tune-summariser, description: 42, ai_training: null}
    `,
    errors: [
      { messageId: 'undeclared', line: 7, column: 13, endLine: 7, endColumn: 30, messageIncludes: ['"train-reply-model"'] },
      { messageId: 'undeclared', line: 8, column: 66, endColumn: 70, messageIncludes: ['"fine-tune"'] },
    ],
  },
  {
    name: 'a phrase is found in the sentence that has it, not across sentences',
    yaml: yaml`
      version: 1
      controller: {name: Acme}
      processing_activities:
        - id: hr
          name: HR
          purposes:
            - id: onboarding
              description: Staff training. We also retrain the attrition model.
    `,
    errors: [{ messageId: 'undeclared', line: 8, column: 22, messageIncludes: ['"retrain the attrition model"'] }],
  },
];

ruleTester(rule, { valid, invalid });
