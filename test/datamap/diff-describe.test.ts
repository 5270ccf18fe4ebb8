/**
 * The data flows of a change in words: one table of changes, each read forwards (base → head) and
 * backwards (head → base), where what one direction adds the other removes.
 */
import { describe, expect, it } from 'vitest';
import { describeFlowChanges, flowChangesText } from '../../src/datamap/describe-diff.js';
import { buildDataMap, diffDataMaps } from '../../src/datamap/index.js';
import { modelOf, smallRecord } from './fixtures.js';

type Record = typeof smallRecord & { processing_activities: (typeof smallRecord.processing_activities)[number][] };
type Activity = Record['processing_activities'][number];

/** The small record (one activity `replies`: purposes train-replies (AI) and suggest; GPU Cloud Inc in the US under SCCs; a transfer to India), changed. */
function record(change: (value: Record) => void = () => {}): Record {
  const value = structuredClone(smallRecord) as Record;
  change(value);
  return value;
}

const replies = (value: Record): Activity => value.processing_activities[0]!;

/** A second activity, so that a recipient or a category exists before the first activity reaches it. */
function withBilling(value: Record): void {
  value.data_categories.push({ id: 'invoices', name: 'Invoices', source: 'provided-by-subject' } as never);
  value.processing_activities.push({
    id: 'billing',
    name: 'Billing',
    role: 'controller',
    data_subjects: ['members'],
    data_categories: ['invoices'],
    purposes: [{ id: 'bill', description: 'Bill customers', ai_training: false, lawful_basis: 'contract' }],
    recipients: ['Auditors'],
    processors: [],
    transfers: [],
  } as never);
}

const cases: { name: string; base: Record; head: Record; forward: string; backward: string }[] = [
  {
    name: 'a criminal-records category reaches the activity of a training purpose',
    base: record(),
    head: record((value) => {
      value.data_categories.push({ id: 'criminal-checks', name: 'Criminal record checks', source: 'third-party', criminal: true } as never);
      replies(value).data_categories.push('criminal-checks');
    }),
    forward: 'This change lets the AI-training purpose `train-replies` use `criminal-checks` (criminal records); lets `suggest` use `criminal-checks` (criminal records).',
    backward: 'This change stops the AI-training purpose `train-replies` from using `criminal-checks` (criminal records); stops `suggest` from using `criminal-checks` (criminal records).',
  },
  {
    name: 'a processor in a country the record already transfers to',
    base: record(),
    head: record((value) => {
      replies(value).processors.push({ name: 'Vector DB Ltd', dpa: true, country: 'IN' });
    }),
    // The transfer to India now goes through the processor: no transfer begins or ends.
    forward: 'This change adds processor Vector DB Ltd in India (IN) (no safeguard).',
    backward: 'This change removes processor Vector DB Ltd in India (IN) (no safeguard).',
  },
  {
    name: 'a processor in a new country',
    base: record(),
    head: record((value) => {
      replies(value).processors.push({ name: 'Annotation Co', dpa: true, country: 'PH' });
    }),
    // No transfer entry names the country: the map has no safeguard to tell (transfer-mechanism reports it).
    forward: 'This change adds processor Annotation Co in Philippines (PH).',
    backward: 'This change removes processor Annotation Co in Philippines (PH).',
  },
  {
    name: 'the only recipient',
    base: record(),
    head: record((value) => {
      replies(value).recipients = [];
    }),
    forward: 'This change removes recipient ML platform team.',
    backward: 'This change adds recipient ML platform team.',
  },
  {
    name: 'a recipient that another activity already has',
    base: record(withBilling),
    head: record((value) => {
      withBilling(value);
      replies(value).recipients.push('Auditors');
    }),
    forward: 'This change sends the data of `suggest` and `train-replies` to recipient Auditors.',
    backward: 'This change stops sending the data of `suggest` and `train-replies` to recipient Auditors.',
  },
  {
    name: 'a new safeguard for a transfer',
    base: record(),
    head: record((value) => {
      replies(value).transfers[0]!.mechanism = 'adequacy';
    }),
    forward: 'This change changes the safeguard of the transfer to United States (US) through processor GPU Cloud Inc from SCCs to adequacy decision.',
    backward: 'This change changes the safeguard of the transfer to United States (US) through processor GPU Cloud Inc from adequacy decision to SCCs.',
  },
  {
    name: 'a transfer nobody is named for',
    base: record(),
    head: record((value) => {
      replies(value).transfers.push({ country: 'BR', mechanism: 'scc' });
    }),
    forward: 'This change adds a transfer to Brazil (BR) (SCCs).',
    backward: 'This change ends the transfer to Brazil (BR).',
  },
  {
    name: 'a processor that moves to another country',
    base: record(),
    head: record((value) => {
      replies(value).processors[0]!.country = 'IN';
    }),
    forward: 'This change adds a transfer to India (IN) through processor GPU Cloud Inc (no safeguard); ends the transfer to United States (US) through processor GPU Cloud Inc.',
    backward: 'This change adds a transfer to United States (US) through processor GPU Cloud Inc (SCCs); ends the transfer to India (IN) through processor GPU Cloud Inc.',
  },
  {
    name: 'an AI-training purpose',
    base: record(),
    head: record((value) => {
      replies(value).purposes.push({ id: 'train-summaries', description: 'Train the summary model', ai_training: true, lawful_basis: 'consent' });
    }),
    forward: 'This change adds the AI-training purpose `train-summaries`, which uses `health` (special: health) and `messages`.',
    backward: 'This change removes the AI-training purpose `train-summaries`, which used `health` (special: health) and `messages`.',
  },
  {
    name: 'an activity with its purpose',
    base: record(),
    head: record(withBilling),
    forward: 'This change adds activity `billing`; adds purpose `bill`, which uses `invoices`; adds recipient Auditors.',
    backward: 'This change removes purpose `bill`, which used `invoices`; removes recipient Auditors; removes activity `billing`.',
  },
  {
    name: 'a purpose moved to another activity with other data',
    base: record(withBilling),
    head: record((value) => {
      withBilling(value);
      const suggest = replies(value).purposes.pop()!;
      value.processing_activities[1]!.purposes.push(suggest);
    }),
    forward:
      'This change lets `suggest` use `invoices`; sends the data of `suggest` to recipient Auditors; stops `suggest` from using `health` (special: health) and `messages`; stops sending the data of `suggest` to processor GPU Cloud Inc; stops sending the data of `suggest` to recipient ML platform team.',
    backward:
      'This change lets `suggest` use `health` (special: health) and `messages`; sends the data of `suggest` to processor GPU Cloud Inc; sends the data of `suggest` to recipient ML platform team; stops `suggest` from using `invoices`; stops sending the data of `suggest` to recipient Auditors.',
  },
  {
    name: 'a data subject',
    base: record(),
    head: record((value) => {
      value.data_subjects.push({ id: 'visitors', name: 'Website visitors' } as never);
      replies(value).data_subjects.push('visitors');
    }),
    forward: 'This change adds data subject `visitors`.',
    backward: 'This change removes data subject `visitors`.',
  },
  {
    name: 'nothing that changes a flow (a new description, a new lawful basis)',
    base: record(),
    head: record((value) => {
      replies(value).purposes[1]!.lawful_basis = 'legitimate-interests';
      replies(value).name = 'Smarter replies';
    }),
    forward: '',
    backward: '',
  },
];

describe('flowChangesText', () => {
  it.for(cases)('$name, forwards', ({ base, head, forward }) => {
    expect(flowChangesText(diffDataMaps(buildDataMap(modelOf(base)), buildDataMap(modelOf(head))))).toBe(forward);
  });

  it.for(cases)('$name, backwards', ({ base, head, backward }) => {
    expect(flowChangesText(diffDataMaps(buildDataMap(modelOf(head)), buildDataMap(modelOf(base))))).toBe(backward);
  });

  it('counts the clauses and list items beyond its limits instead of saying them', () => {
    const head = record((value) => {
      for (let index = 0; index < 8; index += 1) replies(value).recipients.push(`Team ${index}`);
      for (let index = 0; index < 7; index += 1) {
        value.data_categories.push({ id: `extra-${index}`, name: `Extra ${index}`, source: 'observed' } as never);
        replies(value).data_categories.push(`extra-${index}`);
      }
    });
    const text = flowChangesText(diffDataMaps(buildDataMap(modelOf(record())), buildDataMap(modelOf(head))), { maxClauses: 4, maxItems: 3 });
    expect(text).toBe(
      'This change lets the AI-training purpose `train-replies` use `extra-0`, `extra-1` and 5 more; lets `suggest` use `extra-0`, `extra-1` and 5 more; adds recipient Team 0; and makes 7 more changes to the flows.',
    );
  });
});

describe('describeFlowChanges', () => {
  it('keeps ids as code parts and names as plain parts, each on one line and cut to a readable length', () => {
    const hostile = `GPU <b>Cloud</b> \`Inc\`\n${'x'.repeat(200)}`;
    const head = record((value) => {
      replies(value).processors.push({ name: hostile, dpa: true, country: 'DE' });
      replies(value).purposes.push({ id: 'train-`x`\nnew', description: 'Train', ai_training: true, lawful_basis: 'consent' });
    });
    const segments = describeFlowChanges(diffDataMaps(buildDataMap(modelOf(record())), buildDataMap(modelOf(head))));
    expect(segments.filter((segment) => segment.code).map((segment) => segment.text)).toEqual(['train-`x` new', 'health', 'messages']);
    const name = segments.find((segment) => !segment.code && segment.text.includes('GPU'))!.text;
    expect(name).toContain(`adds processor GPU <b>Cloud</b> \`Inc\` ${'x'.repeat(50)}`);
    expect(name).not.toContain('\n');
    expect(name).toContain('… in Germany (DE)');
  });
});
