// The check-in list at the door, made instant: a tap sets "present" without reloading, the search filters as
// you type, and every few seconds the list takes over what another phone did. Without this script the same
// page works with its forms and a search button. Setting (not toggling) keeps two phones consistent.
const list = document.getElementById('door-list');
const count = document.getElementById('door-count');
const search = document.getElementById('q');
if (list) {
  const { state, turnout, presentAt, lang } = list.dataset;
  const fold = (s) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const fill = (s, v) => s.replace(/\{(\w+)\}/g, (m, k) => (k in v ? String(v[k]) : m));
  const pct = (x) =>
    x === null ? '–' : new Intl.NumberFormat(`${lang}-BE`, { style: 'percent', maximumFractionDigits: 0 }).format(x);

  /** Show one person's state; keep focus on the button that replaces the one just pressed. */
  const show = (li, at, time) => {
    const present = Boolean(at);
    li.classList.toggle('is-present', present);
    li.querySelector('.when').textContent = present ? fill(presentAt, { t: time }) : '';
    const yes = li.querySelector('button.yes');
    const no = li.querySelector('button.no');
    const hadFocus = document.activeElement === yes || document.activeElement === no;
    yes.hidden = present;
    no.hidden = !present;
    if (hadFocus) (present ? no : yes).focus();
  };
  list.addEventListener('submit', async (e) => {
    e.preventDefault();
    const form = e.target;
    const body = new URLSearchParams(new FormData(form, e.submitter));
    const li = form.closest('li');
    try {
      const res = await fetch(form.action, { method: 'POST', body, headers: { Accept: 'application/json' } });
      if (!res.ok) throw new Error(String(res.status));
      const r = await res.json();
      show(li, r.presentAt, r.time);
      refresh();
    } catch {
      form.submit(); // the plain form: the server answers with the page
    }
  });

  async function refresh() {
    try {
      const res = await fetch(state, { headers: { Accept: 'application/json' }, cache: 'no-store' });
      if (!res.ok) return;
      const data = await res.json();
      for (const p of data.people) {
        const li = list.querySelector(`li[data-id="${CSS.escape(p.id)}"]`);
        if (li && li.classList.contains('is-present') !== Boolean(p.presentAt)) show(li, p.presentAt, p.time);
      }
      if (count)
        count.textContent = fill(turnout, {
          p: data.present,
          c: data.confirmed,
          pct: pct(data.confirmed ? data.present / data.confirmed : null),
        });
    } catch {
      /* offline for a moment: the next round tries again */
    }
  }
  setInterval(() => {
    if (document.visibilityState === 'visible') refresh();
  }, 5000);

  if (search) {
    search.addEventListener('input', () => {
      const q = fold(search.value.trim());
      for (const li of list.querySelectorAll('li')) li.hidden = Boolean(q) && !li.dataset.search.includes(q);
    });
  }
}
