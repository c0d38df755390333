// Placeholder until the self-check widget lands.
export default { title: 'Widgets/self-check' };
