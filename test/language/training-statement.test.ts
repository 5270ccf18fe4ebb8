/**
 * The training-statement reader, sentence by sentence: what it must read as saying that data
 * trains, fine-tunes, improves or evaluates a model, and what it must not (SPEC §2.1,
 * ai-training-undeclared). Sentences are written as privacy notices and records of processing
 * word them, across products; each positive case names the phrase the reader reports.
 */
import { describe, expect, it } from 'vitest';
import { trainingPhrase, trainingStatements } from '../../src/language/training-statement.js';

/** Sentences that state training, and the phrase (as written) that says so. */
const states: [sentence: string, phrase: string][] = [
  // Support and SaaS
  ['Resolved support tickets are used to fine-tune the help-desk assistant.', 'fine-tune the help-desk assistant'],
  ['Train the reply-suggestion model on past conversations.', 'Train the reply-suggestion model'],
  ['We use workspace messages to improve our models and services.', 'improve our models'],
  ['Ticket texts are labelled and used as training data for the routing classifier.', 'training data'],
  ['Agents\' corrections teach the assistant which answers work.', 'teach the assistant'],
  ['Chat transcripts are used to retrain the intent classifier every quarter.', 'retrain the intent classifier'],
  ['The help-centre chatbot is fine-tuned on anonymised chats.', 'The help-centre chatbot is fine-tuned'],
  ['Customer emails feed model training for the triage assistant.', 'model training'],
  ['Our triage models learn from the replies agents send.', 'Our triage models learn'],
  ['Ratings of suggested replies are used to evaluate the reply model.', 'evaluate the reply model'],
  // Speech
  ['Voice recordings are used to improve our speech models.', 'improve our speech models'],
  ['Call recordings are used to retrain the speech-to-text model every quarter.', 'retrain the speech-to-text model'],
  ['Audio clips are annotated by contractors and used to train wake-word detectors.', 'train wake-word detectors'],
  ['With your consent, your recordings are used to train our voice models.', 'train our voice models'],
  ['Meeting audio is used to teach the assistant new vocabulary.', 'teach the assistant new vocabulary'],
  ['Held-out transcripts are used to benchmark the transcription model.', 'benchmark the transcription model'],
  // Search and advertising
  ['Evaluate the ranking model on held-out searches.', 'Evaluate the ranking model'],
  ['Search queries help us improve our ranking algorithms.', 'improve our ranking algorithms'],
  ['Click-through data trains the ad ranking model.', 'trains the ad ranking model'],
  ['Bid logs are used to evaluate new bidding algorithms before rollout.', 'evaluate new bidding algorithms'],
  ['Purchase histories are used to build recommendation models.', 'build recommendation models'],
  ['Conversion events are used to calibrate the attribution model.', 'calibrate the attribution model'],
  ['Browsing signals feed machine-learning improvements to ad targeting.', 'machine-learning improvements'],
  ['The recommendation engine is retrained nightly on viewing history.', 'The recommendation engine is retrained'],
  // HR
  ['Candidate CVs are used to train a screening model that ranks applicants.', 'train a screening model'],
  ['Employee survey answers are used to build an attrition model.', 'build an attrition model'],
  ['Interview scores are used to validate the hiring algorithm.', 'validate the hiring algorithm'],
  ['Performance reviews train the promotion-prediction model.', 'train the promotion-prediction model'],
  ['Exit interviews are used for machine learning on attrition.', 'machine learning'],
  // Health
  ['We use de-identified patient notes to fine-tune a clinical summarisation model.', 'fine-tune a clinical summarisation model'],
  ['Anonymised chest X-rays are used to train the triage classifier.', 'train the triage classifier'],
  ['We use de-identified data to develop and validate predictive models.', 'develop and validate predictive models'],
  ['Wearable readings are used to refine the arrhythmia detection algorithm.', 'refine the arrhythmia detection algorithm'],
  ['Scans are used to test new diagnostic models before clinical use.', 'test new diagnostic models'],
  // Finance
  ['Loan applications are used to train and validate the credit scoring model.', 'train and validate the credit scoring model'],
  ['We retrain the fraud model monthly using card transactions.', 'retrain the fraud model'],
  ['We test new fraud-detection models on a sample of past transactions.', 'test new fraud-detection models'],
  ['Transaction histories help our fraud models learn new patterns.', 'our fraud models learn'],
  // Consumer apps
  ['Your feedback is used to make our assistant smarter.', 'make our assistant smarter'],
  ['The chatbot gets smarter with every conversation.', 'chatbot gets smarter'],
  ['Photos you upload may be used to train our image recognition systems.', 'train our image recognition systems'],
  ['Code snippets are used to train our code completion models.', 'train our code completion models'],
  ['Posts on public profiles are scraped to pretrain language models.', 'pretrain language models'],
  ['Location traces improve our ETA prediction algorithm.', 'improve our ETA prediction algorithm'],
  ['Keystroke timings are used to calibrate the typing-prediction model.', 'calibrate the typing-prediction model'],
  ['Game sessions are used to train AI opponents.', 'train AI opponents'],
  ['Uploaded photos train the face-detection network.', 'train the face-detection network'],
  ['Your edits are used to refine the autocomplete model.', 'refine the autocomplete model'],
  ['Messages are processed to improve the accuracy of our translation models.', 'improve the accuracy of our translation models'],
  ['Product images train the visual search model.', 'train the visual search model'],
  ['Interaction data is used for model evaluation.', 'model evaluation'],
  ['Usage data is used for AI development.', 'AI development'],
  ['Use service-generated data for machine learning.', 'machine learning'],
  ['Content you share may be used to develop and improve our generative AI features and models.', 'develop and improve our generative AI features and models'],
  // RoPA fragments
  ['Fine-tuned on workspace documents.', 'Fine-tuned on workspace documents'],
  ['AI training on meeting transcripts.', 'AI training'],
  ['Model training with usage data.', 'Model training'],
  ['Deep learning on voice samples.', 'Deep learning'],
  ['Retraining of the churn model with CRM data.', 'Retraining of the churn model'],
  ['Models trained on customer messages.', 'Models trained'],
  // Clause structure: contrast, exceptions, conditions, relative clauses, questions answered "yes"
  ['We never sell your data, but we use it to train our models.', 'train our models'],
  ['Messages are not used to train models unless you opt in.', 'train models'],
  ['If you opt out, your messages are no longer used to train our models.', 'train our models'],
  ['Do we use your data to train AI? Yes, with your consent.', 'train AI'],
  ['Data that is not anonymised is used to train the model.', 'train the model'],
  ['A classifier trained on reported messages flags spam.', 'A classifier trained'],
  ['The model, which is retrained every week on new tickets, routes requests.', 'The model, which is retrained'],
  ['Workspace data has been used to train global models since 2020.', 'train global models'],
  ['Our spam filter learns from the messages you report.', 'Our spam filter learns'],
  ['The sections below list every model we build from your data.', 'every model we build'],
  ['You can opt out of AI training in Settings.', 'AI training'],
  ['Only anonymised statistics are used to train our models.', 'train our models'],
  ['Your conversations, with your permission, train the reply model.', 'train the reply model'],
  ['Transcripts are used to train the speech recogniser.', 'train the speech recogniser'],
  ['Models are trained on support tickets.', 'Models are trained'],
  ['Our ranking models are improved with search logs.', 'Our ranking models are improved'],
  ['Unless you object, we use your listening history to improve our recommendation models.', 'improve our recommendation models'],
  ['Use clicks to improve our AI.', 'improve our AI'],
  ['Fine tuning of the support assistant.', 'Fine tuning of the support assistant'],
  ['Pretrain foundation models on public posts.', 'Pretrain foundation models'],
  ['Train AI agents on support tickets.', 'Train AI agents'],
  ['Measure model performance on held-out data.', 'Measure model performance'],
  ['We create models from your browsing behaviour to predict your interests.', 'create models'],
  ['Reported posts are used to train our moderation classifier.', 'train our moderation classifier'],
  ['Your corrections help us improve the model.', 'improve the model'],
];

/** A model that is only used: asked, prompted, run. Nothing here is read as training. */
const usesAModel: string[] = [
  'Translate support tickets using our fine-tuned translation model.',
  'Summaries are written by a large language model.',
  'Answer questions with the fine-tuned model.',
  'A pretrained classifier flags spam.',
  'We use a third-party large language model to draft replies.',
  'Tickets are routed by a machine-learning classifier.',
  'Transcripts are produced by our speech-recognition model.',
  'The pretrained model is used to flag abusive content.',
  'Search results are ranked by a fine-tuned model.',
  'Your messages are processed by an AI model to suggest replies.',
  'The assistant uses a language model to answer questions.',
  'Use a machine-learning model to estimate delivery times.',
  'We use machine learning to detect spam.',
  'Apply machine learning to call recordings.',
  'Suggest replies with a model trained on public documentation.',
  'We use a model trained on licensed data to transcribe your calls.',
  'Transcription relies on a model trained by our supplier.',
  'Your prompts are processed by a fine-tuned GPT model.',
  'A model writes a first draft of each reply.',
  'Summarise tickets with LLMs.',
  'Send transcripts to a large language model for summaries.',
  'Radiologists review scans flagged by a pretrained detection model.',
  'Ads are ranked by our existing bidding algorithm.',
  'CVs are screened with an off-the-shelf scoring model.',
  'The AI assistant is powered by a model trained on public web data.',
  'We use a pre-trained language model to classify support tickets.',
  'Machine learning helps us detect fraud.',
  'Predictions are produced by our churn model.',
];

/** People being trained, and training that names no model. */
const trainsPeople: string[] = [
  'Train new agents on real tickets.',
  'Staff training on AI tools.',
  'Train staff on the new AI tools.',
  'Train support agents to use the AI assistant.',
  'Staff receive annual training on data protection.',
  'Support agents are trained to use the AI assistant safely.',
  'New hires complete safety training in their first week.',
  'Employees may attend training courses on machine learning.',
  'Record attendance at manager training sessions.',
  'Clinicians are trained on the new triage tool.',
  'Schedule onboarding training for new hires.',
  'Keep training records of employees.',
  'Training of employees on the AI Act.',
  'Train the trainers programme for nurses.',
  'Volunteers are trained to moderate the forum.',
  'Call recordings are used for training and quality purposes.',
  'Not used for training.',
  'Our customer support team is trained to handle your data securely.',
  'We process your data to train our staff and to improve our services.',
  'Train the AI team on prompt safety.',
  'Train AI champions in each department.',
  'Training videos are stored for five years.',
  'AI Act training is mandatory for all staff.',
];

/** Railway trains, business, data and device models, and improving things that are not models. */
const otherSenses: string[] = [
  'Book train tickets for business travel.',
  'Travel by train under our pricing model.',
  'Review our business model.',
  'Maintain the data model of the CRM.',
  'Set the pricing model per seat.',
  'Transfers under model clauses.',
  'Record the device model for diagnostics.',
  'Improve our business model.',
  'Pricing models are reviewed yearly.',
  'We store the device model and OS version for crash reports.',
  'Our support model offers 24/7 help.',
  'Update the threat model after each release.',
  'Evaluate vendor proposals.',
  'Improve response times for customers.',
  'Build dashboards for the sales team.',
  'Develop new product features.',
  'Test the checkout flow with real users.',
  'Recruiters evaluate candidates against the job criteria.',
  'Improve the service. The model of the contract is attached.',
  'Fine dining reservations.',
  'Measure doses of 500 ml.',
  'Assess the risks of the AI system.',
  'Conformity assessment of the AI system.',
  'We test our backups monthly.',
  'Our engineers develop and test the software.',
  'Users can learn more about AI in our help centre.',
];

/** Training that the sentence denies: the reader finds it, and the clause says no. */
const denies: string[] = [
  'Never used to train models.',
  'Not used for model training.',
  'We do not train models on your data.',
  'Summarise tickets without training any model.',
  'No customer content is used to train our models.',
  "Model training is not performed on EU customers' data.",
  'Your messages are never used, and will never be used, to train our models.',
  'We will never sell your data or use it to train models.',
  'Nothing you type is used to train our models.',
  'None of your messages are used for AI training.',
  'Prompts are not used to train or improve any model.',
  'Customer content is never used for model training.',
  'Your messages are excluded from model training.',
  'We stopped training models on customer data in 2023.',
  'Data is processed to deliver the service, not to train models.',
  'No data from your workspace is used to train global models.',
  'We do not train, fine-tune or evaluate models on patient data.',
  'Data is never shared with third parties or used for AI training.',
  "Nobody's voice data is used to train speech models.",
  'There is no model training on your data.',
  'Neither your messages nor your files are used to train AI.',
  'Your data is not part of model training.',
  'AI training does not use your messages.',
  'We have never trained models on customer data.',
  'Instead of training a model, we use keyword lists.',
  'Model training: none.',
  'We do not, and will never, train models on your data.',
  'Health records are not used to develop or test algorithms.',
  "We don't use your content to improve our models.",
  "We won't train AI on your private chats.",
];

/** Training that is only supposed or asked about. */
const supposes: string[] = [
  'Do we train AI on your data? No.',
  'Do we train AI on your data?',
  'If we ever train models on your data, we will ask first.',
  'Whether to retrain the model is decided by the product team.',
];

describe('trainingPhrase: sentences that say data trains, fine-tunes, improves or evaluates a model', () => {
  it('has a large table', () => expect(states.length).toBeGreaterThanOrEqual(60));
  it.each(states)('%s', (sentence, phrase) => {
    expect(trainingPhrase(sentence)).toBe(phrase);
  });
});

describe('trainingPhrase: sentences that do not', () => {
  const quiet = [...usesAModel, ...trainsPeople, ...otherSenses, ...denies, ...supposes];
  it('has a large table', () => expect(quiet.length).toBeGreaterThanOrEqual(60));

  describe('a model that is used, not trained: nothing is read as training', () => {
    it.each(usesAModel)('%s', (sentence) => {
      expect(trainingStatements(sentence)).toEqual([]);
    });
  });

  describe('people trained, and other senses of the words: nothing is read as training', () => {
    it.each([...trainsPeople, ...otherSenses])('%s', (sentence) => {
      expect(trainingStatements(sentence)).toEqual([]);
    });
  });

  describe('denied: the training is found, and its clause negates it', () => {
    it.each(denies)('%s', (sentence) => {
      const polarities = trainingStatements(sentence).map((statement) => statement.polarity);
      expect(polarities).toContain('denied');
      expect(polarities).not.toContain('stated');
      expect(trainingPhrase(sentence)).toBeUndefined();
    });
  });

  describe('supposed or asked: the training is found, and not stated', () => {
    it.each(supposes)('%s', (sentence) => {
      const polarities = trainingStatements(sentence).map((statement) => statement.polarity);
      expect(polarities).toContain('supposed');
      expect(polarities).not.toContain('stated');
      expect(trainingPhrase(sentence)).toBeUndefined();
    });
  });
});

describe('how the text is read', () => {
  it('one word however "fine-tune" is written; the phrase is quoted as written', () => {
    expect(trainingPhrase('We Fine-Tune the assistant.')).toBe('Fine-Tune the assistant');
    expect(trainingPhrase('We fine tune the assistant.')).toBe('fine tune the assistant');
    expect(trainingPhrase('We finetune the assistant.')).toBe('finetune the assistant');
    expect(trainingPhrase('Tickets are used to re-train the router model.')).toBe('re-train the router model');
  });

  it('a negation reaches no further than its sentence or clause', () => {
    expect(trainingPhrase('We never sell your data. We train models on it.')).toBe('train models');
    expect(trainingPhrase('We do not sell your data; our models are trained on it.')).toBe('our models are trained');
    expect(trainingPhrase('We do not sell your data and we train our models on it.')).toBe('train our models');
    expect(trainingPhrase('Data that is never deleted is used to train the model.')).toBe('train the model');
  });

  it('a contraction is a negation', () => {
    for (const sentence of ["We don't train models on your data.", "Your data isn't used to train models.", "We can't and won't train models on your files.", 'We cannot train models on your data.']) {
      expect(trainingPhrase(sentence), sentence).toBeUndefined();
    }
  });

  it('"not only" and "not need to" do not negate what follows', () => {
    expect(trainingPhrase('Your data is used not only for delivery, also to train our models.')).toBe('train our models');
    expect(trainingPhrase('Users do not have to label anything to train the model.')).toBe('train the model');
    expect(trainingPhrase('You do not need to label data for the model to learn from your replies.')).toBe('the model to learn');
    expect(trainingPhrase('We do not have a model trained on your data.')).toBeUndefined();
  });

  it('an exception after a negation states the training ("unless", "without your consent", a choice to opt out)', () => {
    expect(trainingPhrase('We never use your messages to train models without your consent.')).toBe('train models');
    expect(trainingPhrase('Recordings are not used to train the model until you opt in.')).toBe('train the model');
    expect(trainingPhrase('When you turn it off, your chats are no longer used to improve our models.')).toBe('improve our models');
    // A condition that is not the person's choice leaves the denial a denial.
    expect(trainingPhrase('When you use the API, your prompts are not used to train our models.')).toBeUndefined();
    expect(trainingPhrase('Even if you opt in, we do not train models on your messages.')).toBeUndefined();
  });

  it('abbreviations and numbers do not end a sentence', () => {
    expect(trainingPhrase('We never use support data, e.g. tickets, to train models.')).toBeUndefined();
    expect(trainingPhrase('Under Art. 6 we never train models on your data.')).toBeUndefined();
    expect(trainingPhrase('Version 2.1 of the model is retrained weekly.')).toBe('the model is retrained');
  });

  it('a label answered "yes" or "none"', () => {
    expect(trainingPhrase('AI training: none.')).toBeUndefined();
    expect(trainingPhrase('AI training: n/a')).toBeUndefined();
    expect(trainingPhrase('AI training: yes, on opted-in conversations.')).toBe('AI training');
  });

  it('a purpose id reads as words', () => {
    expect(trainingPhrase('train-reply-model')).toBe('train-reply-model');
    expect(trainingPhrase('fine-tune-summariser')).toBe('fine-tune-summariser');
    expect(trainingPhrase('Improve_Models')).toBe('Improve_Models');
    expect(trainingPhrase('model-evaluation')).toBe('model-evaluation');
    for (const id of ['train-new-agents', 'staff-training', 'training-records', 'train-tickets', 'trainee-payroll', 'business-model-review', 'improve-search']) {
      expect(trainingPhrase(id), id).toBeUndefined();
    }
  });

  it('statements come in the order written, each with its polarity', () => {
    expect(trainingStatements('We never train models on chats. Support tickets train the router model. If we ever fine-tune the assistant, we will say so.').map((statement) => [statement.polarity, statement.phrase])).toEqual([
      ['denied', 'train models'],
      ['stated', 'train the router model'],
      ['supposed', 'fine-tune the assistant'],
    ]);
  });

  it('reports where the phrase is in the text', () => {
    const text = 'Store tickets. Then retrain the router model.';
    const [statement] = trainingStatements(text);
    expect(text.slice(statement!.start, statement!.end)).toBe('retrain the router model');
  });

  it('empty and wordless text says nothing', () => {
    for (const text of ['', '   ', '...', '?', '—', '42']) expect(trainingStatements(text)).toEqual([]);
  });
});

describe('no input makes the reader slow', () => {
  it('10,000 descriptions read in well under the time of one slow test', () => {
    const sentences = [...states.map(([sentence]) => sentence), ...usesAModel, ...trainsPeople, ...denies];
    const started = performance.now();
    let found = 0;
    for (let index = 0; index < 10_000; index += 1) if (trainingPhrase(sentences[index % sentences.length]!) !== undefined) found += 1;
    expect(found).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['negations', `${'not '.repeat(100_000)}train the model`],
    ['training words', 'train '.repeat(100_000)],
    ['hyphens', `${'a-'.repeat(200_000)}a`],
    ['nominal statements in one sentence', 'model training '.repeat(50_000)],
    ['nested "of" phrases', `training of the ${'accuracy of the '.repeat(30_000)}model`],
    ['relative clauses', `${'the model, which '.repeat(30_000)}is trained`],
    ['a list for machine learning', 'for machine learning and '.repeat(30_000)],
    ['contractions', "don't ".repeat(100_000)],
    ['sentences', 'Train the model. '.repeat(60_000)],
    ['conditions and exceptions', 'if you opt out we do not train models unless '.repeat(20_000)],
  ])('%s', (_name, text) => {
    const started = performance.now();
    trainingStatements(text);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
