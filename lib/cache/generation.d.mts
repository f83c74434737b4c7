export function cacheGeneration(): number;
export function bumpCacheGeneration(): void;
