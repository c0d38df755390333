// Placeholder until the stories widget lands: it will define its elements here.
export {};
