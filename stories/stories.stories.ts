// Placeholder until the stories widget lands.
export default { title: 'Widgets/stories' };
