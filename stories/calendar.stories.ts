// Placeholder until the calendar widget lands.
export default { title: 'Widgets/calendar' };
