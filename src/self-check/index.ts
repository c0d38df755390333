// Placeholder until the self-check widget lands: it will define its elements here.
export {};
