// Placeholder until the portraits widget lands: it will define its elements here.
export {};
