export function probeTestbed(): { ok: boolean; reason?: string; env?: Record<string, string> };
export function readTestbedEnv(file?: string): Record<string, string>;
export function testbedEnvFile(): string;
