// The date recognisers live in dates/ (a table of recognisers, one file per family); this path stays the public entry.
export * from './dates/index';
