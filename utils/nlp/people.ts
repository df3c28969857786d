// The person recognizer lives in people/ (one file per step); this path stays the public entry.
export * from './people/index';
