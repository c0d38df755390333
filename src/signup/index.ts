// Placeholder until the signup widget lands: it will define its elements here.
export {};
