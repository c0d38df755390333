/** Everything: defines every SOM element. */
export * from './core/index.js';
export * from './calendar/index.js';
export * from './signup/index.js';
export * from './stories/index.js';
export * from './portraits/index.js';
export * from './self-check/index.js';
