// The organiser export needs an Authorization header, which a plain link cannot carry: fetch, then save.
const form = document.getElementById('export');
const select = document.getElementById('event');
const status = document.getElementById('export-status');

const feed = await (await fetch('/feed.json')).json();
for (const event of feed.events ?? []) {
  if (event.registration?.type !== 'form') continue;
  const title = typeof event.title === 'string' ? event.title : (event.title.nl ?? Object.values(event.title)[0]);
  select.append(new Option(`${title} (${event.start.slice(0, 10)})`, event.id));
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  status.textContent = 'Bezig…';
  const res = await fetch(`/api/events/${encodeURIComponent(select.value)}/registrations.csv`, {
    headers: { Authorization: `Bearer ${form.token.value}` },
  }).catch(() => null);
  if (!res) {
    status.textContent = 'De server is niet bereikbaar. Probeer het opnieuw.';
    return;
  }
  if (!res.ok) {
    status.textContent =
      res.status === 401 || res.status === 403
        ? 'Die beheerderscode klopt niet.'
        : res.status === 404
          ? 'De export staat niet aan op deze server (geen ADMIN_TOKEN).'
          : `Dat lukte niet (fout ${res.status}).`;
    return;
  }
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: `inschrijvingen-${select.value}.csv` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  status.textContent = 'Het bestand is gedownload.';
});
