// Placeholder until the signup widget lands.
export default { title: 'Widgets/signup' };
