export function integrationAskedBy(argv?: string[], env?: Record<string, string | undefined>): string | undefined;
export function selectedProjects(argv?: string[]): string[] | undefined;
