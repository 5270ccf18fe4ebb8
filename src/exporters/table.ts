export async function exportTable(): Promise<string> { throw new Error('todo'); }
