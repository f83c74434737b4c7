export function sharedTagsEnabled(): boolean;
export function expireSharedTags(tags: string[], at?: number): Promise<boolean>;
export function latestSharedExpiry(tags: string[]): Promise<number>;
