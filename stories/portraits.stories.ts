// Placeholder until the portraits widget lands.
export default { title: 'Widgets/portraits' };
