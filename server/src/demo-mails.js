// @ts-check
/**
 * The demo's page of mails: without SMTP_URL nothing is sent, so a newcomer running `npm start` sees here
 * what would have gone out (HTML and text, with the calendar file). Mounted only when DEMO is on and
 * SMTP_URL is unset (app.js): a production configuration never serves it.
 */
import { escapeHtml, htmlPage } from './html.js';
import { renderMail } from './mail.js';

/** @typedef {import('./app.js').AppContext} AppContext */

const STATES = {
  pending: 'bewaard (niet verstuurd: geen SMTP_URL)',
  sending: 'wordt verstuurd',
  sent: 'verstuurd',
  failed: 'mislukt',
  skipped: 'overgeslagen',
};
const KINDS = {
  confirmation: 'bevestiging',
  resend: 'bevestiging opnieuw',
  promotion: 'je hebt een plaats',
  reminder: 'herinnering',
  change: 'wijziging',
};

/** @param {import('hono').Hono} app @param {AppContext} ctx */
export function demoMailRoutes(app, ctx) {
  /** @param {import('./db.js').MailJob} job */
  const render = (job) =>
    renderMail(job, {
      feed: ctx.feed,
      events: ctx.events,
      publicUrl: ctx.config.publicUrl,
      from: ctx.config.mailFrom,
      tokens: ctx.tokens,
      now: ctx.now(),
    });

  app.get('/demo/mails', async (c) => {
    const jobs = await ctx.storage.recentMails(50);
    const items = jobs.map((job) => {
      const r = render(job);
      const head = `<h2>${escapeHtml(KINDS[job.kind])} · #${job.id}</h2>
<p>${escapeHtml(STATES[job.state])}${job.error ? ` (${escapeHtml(job.error)})` : ''}, ${escapeHtml(new Date(job.createdAt).toLocaleString('nl-BE', { timeZone: ctx.feed.network.timeZone }))}</p>`;
      if ('skip' in r) return `<article>${head}<p>Niet meer te versturen: ${escapeHtml(r.skip)}.</p></article>`;
      const to = /** @type {{ name: string, address: string }} */ (r.message.to);
      return `<article>${head}
<p><strong>Aan:</strong> ${escapeHtml(to.name)} &lt;${escapeHtml(to.address)}&gt;<br><strong>Van:</strong> ${escapeHtml(ctx.config.mailFrom)}<br><strong>Onderwerp:</strong> ${escapeHtml(r.subject)}<br><strong>Bijlage:</strong> ${escapeHtml(r.ics.filename)}</p>
<h3>HTML</h3>
<iframe src="/demo/mails/${job.id}" title="${escapeHtml(`HTML-versie: ${r.subject}`)}" width="100%" height="560"></iframe>
<h3>Tekst</h3>
<div class="wrap"><pre>${escapeHtml(r.text)}</pre></div>
<details><summary>Agendabestand ${escapeHtml(r.ics.filename)}</summary><div class="wrap"><pre>${escapeHtml(r.ics.content)}</pre></div></details>
</article>`;
    });
    const res = htmlPage(
      c,
      'Mails van de demo',
      `
<h1>Mails van de demo</h1>
<p>Deze server heeft geen <code>SMTP_URL</code>: mails worden niet verstuurd maar bewaard. Hier zie je wat mensen zouden krijgen, nieuwste eerst. Schrijf je in op de <a href="/event.html">activiteitenpagina</a> en kom terug.</p>
${items.length ? items.join('\n') : '<p>Nog geen mails.</p>'}`,
    );
    res.headers.set('Cache-Control', 'no-store');
    // The page frames its own mail previews, nothing else.
    res.headers.set('Content-Security-Policy', `${res.headers.get('Content-Security-Policy')}; frame-src 'self'`);
    return res;
  });

  app.get('/demo/mails/:id{[0-9]+}', async (c) => {
    const job = (await ctx.storage.recentMails(500)).find((j) => j.id === Number(c.req.param('id')));
    const r = job && render(job);
    if (!r || 'skip' in r) return c.text('Not found', 404);
    // The mail as a mail client would show it: no script, no remote content; links open in the whole window.
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox allow-top-navigation-by-user-activation",
    );
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(r.html.replace('<head>', '<head>\n<base target="_top">'));
  });
}
