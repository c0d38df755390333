// The page inside an embed iframe (/embed/<widget>, server/src/embed.js): sets the chosen colours, tells a
// host page that asked (embed.js) how tall the content is, and opens links outside the frame.
const widget = document.querySelector('[data-som-widget]');
const main = document.getElementById('som-embed');
// Custom properties through the CSSOM: the page's policy allows no inline style.
if (widget instanceof HTMLElement) {
  if (widget.dataset.color) widget.style.setProperty('--som-color-primary', widget.dataset.color);
  if (widget.dataset.radius) widget.style.setProperty('--som-radius', widget.dataset.radius);
}

/** Origins allowed to frame this page (EMBED_ORIGINS); empty: any. */
const allowed = (document.documentElement.dataset.embedOrigins ?? '').split(' ').filter(Boolean);
/** The host page that said hello: heights go to its origin only, never to "*". */
let host;
let last = -1;
const height = () => Math.ceil(main?.getBoundingClientRect().height ?? 0);
function send() {
  const h = height();
  if (!host || h === last) return;
  last = h;
  host.source.postMessage({ som: 'height', height: h }, host.origin);
}
addEventListener('message', (e) => {
  if (e.source !== parent || e.data?.som !== 'hello') return;
  if (allowed.length && !allowed.includes(e.origin)) return;
  host = { source: e.source, origin: e.origin };
  last = -1;
  send();
});
if (main) new ResizeObserver(send).observe(main);

// Links: the network's own pages and the host's in the top window, other sites in a new tab; never inside
// the frame. In-page links (#event-…), downloads and calendar links stay as they are.
addEventListener(
  'click',
  (e) => {
    const a = e.composedPath().find((n) => n instanceof HTMLAnchorElement);
    if (!a || !a.href || a.hasAttribute('download')) return;
    const url = new URL(a.href, location.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
    if (url.origin === location.origin && url.pathname === location.pathname && url.search === location.search) return;
    const own = url.origin === location.origin || url.origin === host?.origin;
    a.target = own ? '_top' : '_blank';
    if (!own) a.rel = 'noopener noreferrer';
  },
  true,
);
