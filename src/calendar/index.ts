// Placeholder until the calendar widget lands: it will define its elements here.
export {};
