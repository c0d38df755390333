// @ts-check
/**
 * The snippet builder at /embed (#15): the page's frame and texts in nl, fr or en; static/embed-builder.js
 * fills the controls from the live feed, draws the real widget as a preview and writes the three snippets.
 */
import { escapeHtml } from './html.js';
import { widgetFeeds } from './feed-slice.js';

const T = {
  nl: {
    title: 'Widget op je website zetten',
    intro:
      'Kies een widget en zijn instellingen. Je ziet meteen hoe hij eruitziet, en kopieert daarna een van de drie stukjes code naar je website.',
    noJs: 'Deze pagina heeft JavaScript nodig.',
    widget: 'Widget',
    widgets: {
      calendar: 'Kalender',
      signup: 'Inschrijven voor één activiteit',
      stories: 'Verhalen',
      story: 'Eén verhaal',
      portraits: 'Portretten',
      portrait: 'Eén portret',
      'self-check': 'Partnerscan',
    },
    filters: 'Alleen tonen wat past bij',
    filtersHint: 'Niets aangevinkt: alles.',
    facets: {
      themes: "Thema's",
      audiences: 'Doelgroepen',
      levels: 'Onderwijsniveaus',
      strands: 'Sporen',
      kinds: 'Soorten',
    },
    event: 'Activiteit',
    eventsForm: 'Met inschrijving hier',
    eventsOther: 'Andere activiteiten',
    story: 'Verhaal',
    portrait: 'Portret',
    instrument: 'Zelfscan',
    view: 'Weergave',
    views: { list: 'Lijst', month: 'Maand' },
    layout: 'Opmaak',
    layouts: { grid: 'Raster', list: 'Lijst', compact: 'Compact' },
    limit: 'Hoeveel tegelijk (leeg: alles)',
    past: 'Ook voorbije activiteiten tonen',
    noFilters: 'Geen filters voor bezoekers',
    heading: 'Kopniveau van de titels',
    headingHint: 'Het niveau van de kop boven de widget op je pagina plus één.',
    lang: 'Taal van de widget',
    langAuto: 'Taal van de pagina',
    look: 'Kleuren',
    color: 'Hoofdkleur',
    colorHint: 'Voor knoppen en links, met witte tekst op knoppen.',
    radius: 'Afronding van hoeken (px)',
    contrastOk: 'Contrast met wit {ratio}:1: goed leesbaar (WCAG AA).',
    contrastWarn:
      'Contrast met wit {ratio}:1: te laag voor gewone tekst (WCAG AA vraagt 4,5:1). Kies liefst een donkerdere kleur.',
    contrastBad: 'Contrast met wit {ratio}:1: onleesbaar (minder dan 3:1). Deze kleur wordt niet gebruikt.',
    preview: 'Voorbeeld',
    width: 'Breedte',
    widths: { 320: 'Gsm (320 px)', 768: 'Tablet (768 px)', full: 'Volle breedte' },
    snippets: 'Code voor je website',
    script: 'Met script',
    scriptHint:
      'De beste keuze als je website scripts toelaat: de widget wordt deel van je pagina en neemt je lettertype over.',
    iframe: 'Als iframe',
    iframeHint:
      'Voor websites die scripts weghalen maar iframes toelaten (veel schoolplatformen en WordPress-sites). Het tweede regeltje past de hoogte aan; zonder krijgt de iframe een vaste hoogte en een schuifbalk.',
    link: 'Als link',
    linkHint:
      'Als je website geen scripts en geen iframes toelaat: een gewone link naar de widget op een eigen pagina.',
    copy: 'Kopieer',
    copied: 'Gekopieerd',
    copyFailed: 'Kopiëren lukte niet: selecteer de code en kopieer ze zelf.',
    fallback: 'Bekijk de {widget} van {network}',
    frameTitle: '{widget} van {network}',
    loading: 'De feed wordt geladen…',
    feedError: 'De feed kon niet geladen worden. Probeer de pagina opnieuw te laden.',
    languages: 'Taal van deze pagina',
  },
  fr: {
    title: 'Mettre un widget sur votre site',
    intro:
      "Choisissez un widget et ses réglages. Vous voyez tout de suite son apparence, puis vous copiez l'un des trois extraits de code sur votre site.",
    noJs: 'Cette page a besoin de JavaScript.',
    widget: 'Widget',
    widgets: {
      calendar: 'Agenda',
      signup: 'Inscription à une activité',
      stories: 'Récits',
      story: 'Un récit',
      portraits: 'Portraits',
      portrait: 'Un portrait',
      'self-check': 'Autoévaluation des partenaires',
    },
    filters: 'Afficher seulement',
    filtersHint: 'Rien de coché : tout.',
    facets: {
      themes: 'Thèmes',
      audiences: 'Publics',
      levels: "Niveaux d'enseignement",
      strands: 'Volets',
      kinds: 'Types',
    },
    event: 'Activité',
    eventsForm: 'Avec inscription ici',
    eventsOther: 'Autres activités',
    story: 'Récit',
    portrait: 'Portrait',
    instrument: 'Autoévaluation',
    view: 'Affichage',
    views: { list: 'Liste', month: 'Mois' },
    layout: 'Mise en page',
    layouts: { grid: 'Grille', list: 'Liste', compact: 'Compacte' },
    limit: 'Combien à la fois (vide : tout)',
    past: 'Afficher aussi les activités passées',
    noFilters: 'Pas de filtres pour les visiteurs',
    heading: 'Niveau des titres',
    headingHint: 'Le niveau du titre au-dessus du widget sur votre page, plus un.',
    lang: 'Langue du widget',
    langAuto: 'Langue de la page',
    look: 'Couleurs',
    color: 'Couleur principale',
    colorHint: 'Pour les boutons et les liens, avec du texte blanc sur les boutons.',
    radius: 'Arrondi des coins (px)',
    contrastOk: 'Contraste avec le blanc {ratio}:1 : bien lisible (WCAG AA).',
    contrastWarn:
      'Contraste avec le blanc {ratio}:1 : trop faible pour du texte courant (WCAG AA demande 4,5:1). Choisissez de préférence une couleur plus foncée.',
    contrastBad: 'Contraste avec le blanc {ratio}:1 : illisible (moins de 3:1). Cette couleur n’est pas utilisée.',
    preview: 'Aperçu',
    width: 'Largeur',
    widths: { 320: 'Téléphone (320 px)', 768: 'Tablette (768 px)', full: 'Pleine largeur' },
    snippets: 'Code pour votre site',
    script: 'Avec script',
    scriptHint:
      'Le meilleur choix si votre site accepte les scripts : le widget fait partie de votre page et reprend sa police.',
    iframe: 'En iframe',
    iframeHint:
      'Pour les sites qui retirent les scripts mais acceptent les iframes (beaucoup de plateformes scolaires et de sites WordPress). La deuxième ligne ajuste la hauteur ; sans elle, l’iframe a une hauteur fixe et une barre de défilement.',
    link: 'En lien',
    linkHint: 'Si votre site n’accepte ni scripts ni iframes : un simple lien vers le widget sur une page à lui.',
    copy: 'Copier',
    copied: 'Copié',
    copyFailed: 'La copie a échoué : sélectionnez le code et copiez-le vous-même.',
    fallback: 'Voir {widget} de {network}',
    frameTitle: '{widget} de {network}',
    loading: 'Chargement du flux…',
    feedError: 'Le flux n’a pas pu être chargé. Rechargez la page.',
    languages: 'Langue de cette page',
  },
  en: {
    title: 'Put a widget on your website',
    intro:
      'Choose a widget and its settings. You see at once how it looks, then copy one of the three code snippets to your website.',
    noJs: 'This page needs JavaScript.',
    widget: 'Widget',
    widgets: {
      calendar: 'Calendar',
      signup: 'Sign-up for one activity',
      stories: 'Stories',
      story: 'One story',
      portraits: 'Portraits',
      portrait: 'One portrait',
      'self-check': 'Partner self-check',
    },
    filters: 'Show only',
    filtersHint: 'Nothing ticked: everything.',
    facets: {
      themes: 'Themes',
      audiences: 'Audiences',
      levels: 'Education levels',
      strands: 'Strands',
      kinds: 'Kinds',
    },
    event: 'Activity',
    eventsForm: 'With sign-up here',
    eventsOther: 'Other activities',
    story: 'Story',
    portrait: 'Portrait',
    instrument: 'Self-check',
    view: 'View',
    views: { list: 'List', month: 'Month' },
    layout: 'Layout',
    layouts: { grid: 'Grid', list: 'List', compact: 'Compact' },
    limit: 'How many at a time (empty: all)',
    past: 'Also show past activities',
    noFilters: 'No filters for visitors',
    heading: 'Heading level of the titles',
    headingHint: 'The level of the heading above the widget on your page, plus one.',
    lang: 'Language of the widget',
    langAuto: 'The page’s language',
    look: 'Colours',
    color: 'Main colour',
    colorHint: 'For buttons and links, with white text on buttons.',
    radius: 'Corner rounding (px)',
    contrastOk: 'Contrast with white {ratio}:1: easy to read (WCAG AA).',
    contrastWarn:
      'Contrast with white {ratio}:1: too low for body text (WCAG AA asks 4.5:1). Better choose a darker colour.',
    contrastBad: 'Contrast with white {ratio}:1: unreadable (less than 3:1). This colour is not used.',
    preview: 'Preview',
    width: 'Width',
    widths: { 320: 'Phone (320 px)', 768: 'Tablet (768 px)', full: 'Full width' },
    snippets: 'Code for your website',
    script: 'With a script',
    scriptHint:
      'The best choice when your website allows scripts: the widget becomes part of your page and uses its font.',
    iframe: 'As an iframe',
    iframeHint:
      'For websites that strip scripts but allow iframes (many school platforms and WordPress sites). The second line adjusts the height; without it the iframe has a fixed height and scrolls.',
    link: 'As a link',
    linkHint: 'When your website allows neither scripts nor iframes: a plain link to the widget on a page of its own.',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copying failed: select the code and copy it yourself.',
    fallback: 'See the {widget} of {network}',
    frameTitle: '{widget} of {network}',
    loading: 'Loading the feed…',
    feedError: 'The feed could not be loaded. Try reloading the page.',
    languages: 'Language of this page',
  },
};
/** @typedef {typeof T.nl} BuilderTexts */

/** The page's language: `?lang=`, else the browser's first of nl, fr, en, else Dutch. @param {import('hono').Context} c */
function pageLang(c) {
  const asked = c.req.query('lang');
  if (asked === 'nl' || asked === 'fr' || asked === 'en') return asked;
  for (const part of (c.req.header('Accept-Language') ?? '').split(',')) {
    const base = part.trim().slice(0, 2).toLowerCase();
    if (base === 'nl' || base === 'fr' || base === 'en') return base;
  }
  return 'nl';
}

/**
 * The policy of the embed pages, the builder and the widget pages alike: their own scripts, styles and API
 * only, Lit's Trusted Types policy; `ancestors` says who may frame them. @param {string} ancestors
 */
export const embedCsp = (ancestors) =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' https: data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');

/** @param {import('hono').Context} c @param {import('./app.js').AppContext} ctx */
export function builderPage(c, ctx) {
  const lang = pageLang(c);
  const t = /** @type {BuilderTexts} */ (T[lang]);
  const e = escapeHtml;
  const opts = (/** @type {Record<string, string>} */ o) =>
    Object.entries(o)
      .map(([v, l]) => `<option value="${e(v)}">${e(l)}</option>`)
      .join('');
  const facet = (/** @type {keyof BuilderTexts['facets']} */ k) =>
    `<fieldset class="facet" data-facet="${k}" hidden><legend>${e(t.facets[k])}</legend><div class="checks"></div></fieldset>`;
  const pick = (/** @type {string} */ id, /** @type {string} */ label) =>
    `<div class="field" data-for="${id}" hidden><label for="${id}">${e(label)}</label><select id="${id}" name="${id}"></select></div>`;
  const langs = ['nl', 'fr', 'en']
    .map((l) =>
      l === lang
        ? `<li><a href="?lang=${l}" aria-current="page" lang="${l}">${l.toUpperCase()}</a></li>`
        : `<li><a href="?lang=${l}" lang="${l}" hreflang="${l}">${l.toUpperCase()}</a></li>`,
    )
    .join('');
  c.header('Content-Security-Policy', embedCsp("'none'"));
  c.header('Content-Language', lang);
  c.header('Cache-Control', 'no-cache');
  c.header('Vary', 'Accept-Language');
  const config = {
    texts: t,
    origin: ctx.config.publicUrl,
    network: ctx.feed.network.name,
    // Each snippet reads only what its widget shows (docs/feed.md, "A smaller feed"): [without past, with past].
    feeds: widgetFeeds(),
  };
  return c.html(`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.title)} · ${e(ctx.feed.network.name)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/pages.css">
<link rel="stylesheet" href="assets/embed.css">
<script type="module" src="cdn/som-widgets.js"></script>
<script type="module" src="assets/embed-builder.js"></script>
<script type="application/json" id="builder-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
</head>
<body class="builder">
<header class="site"><div class="inner"><a class="brand" href="/"><span class="name">${e(ctx.feed.network.name)}</span></a>
<nav aria-label="${e(t.languages)}" class="langs"><ul>${langs}</ul></nav></div></header>
<main>
<h1>${e(t.title)}</h1>
<p>${e(t.intro)}</p>
<p class="notice" id="no-js">${e(t.noJs)}</p>
<div class="builder-grid">
<form id="builder" class="stack" novalidate>
<div class="field"><label for="widget">${e(t.widget)}</label><select id="widget" name="widget">${opts(t.widgets)}</select></div>
${pick('event', t.event)}${pick('story', t.story)}${pick('portrait', t.portrait)}${pick('instrument', t.instrument)}
<div class="filters" id="filters" hidden><p class="hint" id="filters-hint"><strong>${e(t.filters)}</strong>. ${e(t.filtersHint)}</p>
${facet('levels')}${facet('audiences')}${facet('themes')}${facet('strands')}</div>
<div class="field" data-for="view" hidden><label for="view">${e(t.view)}</label><select id="view" name="view">${opts(t.views)}</select></div>
<div class="field" data-for="layout" hidden><label for="layout">${e(t.layout)}</label><select id="layout" name="layout">${opts(t.layouts)}</select></div>
<div class="field" data-for="limit" hidden><label for="limit">${e(t.limit)}</label><input type="number" id="limit" name="limit" min="1" max="100" inputmode="numeric"></div>
<div class="check" data-for="past" hidden><input type="checkbox" id="past" name="past"><label for="past">${e(t.past)}</label></div>
<div class="check" data-for="no-filters" hidden><input type="checkbox" id="no-filters" name="no-filters"><label for="no-filters">${e(t.noFilters)}</label></div>
<div class="field" data-for="heading-level" hidden><label for="heading-level">${e(t.heading)}</label><select id="heading-level" name="heading-level" aria-describedby="heading-hint"><option value=""></option>${[2, 3, 4, 5, 6].map((n) => `<option>${n}</option>`).join('')}</select><p class="hint" id="heading-hint">${e(t.headingHint)}</p></div>
<div class="field"><label for="lang">${e(t.lang)}</label><select id="lang" name="lang"><option value="">${e(t.langAuto)}</option><option value="nl" lang="nl">Nederlands</option><option value="fr" lang="fr">Français</option><option value="de" lang="de">Deutsch</option><option value="en" lang="en">English</option></select></div>
<fieldset><legend>${e(t.look)}</legend>
<div class="field"><label for="color">${e(t.color)}</label><input type="color" id="color" name="color" value="#0a5c73" aria-describedby="color-hint contrast"><p class="hint" id="color-hint">${e(t.colorHint)}</p></div>
<p id="contrast" class="contrast" role="status" aria-live="polite"></p>
<div class="field"><label for="radius">${e(t.radius)}</label><input type="number" id="radius" name="radius" min="0" max="40" value="8" inputmode="numeric"></div>
</fieldset>
</form>
<section class="preview" aria-labelledby="preview-title">
<h2 id="preview-title">${e(t.preview)}</h2>
<fieldset class="widths"><legend>${e(t.width)}</legend>${Object.entries(t.widths)
    .map(
      ([v, l], i) =>
        `<span class="check"><input type="radio" name="width" id="width-${v}" value="${v}"${i === 2 ? ' checked' : ''}><label for="width-${v}">${e(l)}</label></span>`,
    )
    .join('')}</fieldset>
<p id="feed-state" role="status">${e(t.loading)}</p>
<div class="stage" id="stage"><div class="frame" id="preview"></div></div>
</section>
</div>
<section aria-labelledby="snippets-title">
<h2 id="snippets-title">${e(t.snippets)}</h2>
${['script', 'iframe', 'link']
  .map(
    (k) => `<div class="snippet" data-snippet="${k}">
<h3 id="${k}-title">${e(t[/** @type {'script'} */ (k)])}</h3>
<p class="hint" id="${k}-hint">${e(t[/** @type {'scriptHint'} */ (`${k}Hint`)])}</p>
<textarea id="${k}-code" readonly rows="${k === 'link' ? 2 : 5}" aria-labelledby="${k}-title" aria-describedby="${k}-hint" spellcheck="false"></textarea>
<p class="actions"><button type="button" data-copy="${k}-code" aria-describedby="${k}-title">${e(t.copy)}</button> <span class="copied" role="status" id="${k}-status"></span></p>
</div>`,
  )
  .join('\n')}
</section>
</main>
</body>
</html>
`);
}
