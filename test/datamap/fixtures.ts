/** Inventories for the data-map and export tests, built as values (the model takes a parsed document). */
import { InventoryModel } from '../../src/core/inventory.js';

/** A small record with every kind of box: two subjects, two categories, a processor abroad, a transfer, a recipient. */
export const smallRecord = {
  version: 1,
  controller: { name: 'Acme Chat Ltd', contact: 'privacy@acme.example' },
  data_subjects: [
    { id: 'members', name: 'Workspace members' },
    { id: 'guests', name: 'Guests', children: true },
  ],
  data_categories: [
    { id: 'messages', name: 'Messages and files', source: 'communications-content' },
    { id: 'health', name: 'Health notes', source: 'provided-by-subject', special: ['health'] },
  ],
  processing_activities: [
    {
      id: 'replies',
      name: 'Smart replies',
      role: 'controller',
      data_subjects: ['members', 'guests', 'nobody'],
      data_categories: ['messages', 'health'],
      purposes: [
        { id: 'train-replies', description: 'Train the reply model on conversations. It runs nightly.', ai_training: true, lawful_basis: 'consent' },
        { id: 'suggest', description: 'Suggest replies', ai_training: false, lawful_basis: 'contract' },
      ],
      recipients: ['ML platform team'],
      processors: [{ name: 'GPU Cloud Inc', dpa: true, country: 'US' }],
      transfers: [
        { country: 'US', mechanism: 'scc' },
        { country: 'IN', mechanism: 'none' },
      ],
    },
  ],
};

/** A record of `activities` activities with `purposes` purposes each, every `aiEvery`-th one training a model. */
export function largeRecord(activities: number, purposes: number, aiEvery = 10): Record<string, unknown> {
  return {
    version: 1,
    controller: { name: 'Big Corp', contact: 'privacy@big.example' },
    data_subjects: [
      { id: 'customers', name: 'Customers' },
      { id: 'staff', name: 'Staff' },
    ],
    data_categories: Array.from({ length: 6 }, (_, index) => ({ id: `category-${index}`, name: `Category ${index}`, source: 'observed' })),
    processing_activities: Array.from({ length: activities }, (_, activity) => ({
      id: `activity-${activity}`,
      name: `Activity ${activity}`,
      role: 'controller',
      data_subjects: ['customers', 'staff'],
      data_categories: [`category-${activity % 6}`, `category-${(activity + 1) % 6}`],
      purposes: Array.from({ length: purposes }, (_, purpose) => ({
        id: `purpose-${activity}-${purpose}`,
        description: `Purpose ${purpose} of activity ${activity}`,
        ai_training: purpose % aiEvery === aiEvery - 1,
        lawful_basis: 'contract',
      })),
      recipients: ['Auditors', `Partner ${activity % 3}`],
      processors: [{ name: 'Cloud Host', dpa: true, country: 'DE' }],
      transfers: [],
    })),
  };
}

export function modelOf(value: unknown): InventoryModel {
  return new InventoryModel(value);
}
