// Précis web page: plain JavaScript, no libraries, no build step. Every text that comes from an
// article is put in the page with textContent, never as HTML.
'use strict';

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c !== null && c !== undefined) node.append(c);
  }
  return node;
}

function status(message, isError) {
  const s = $('status');
  if (!s) return;
  s.textContent = message || '';
  s.classList.toggle('error', !!isError);
}

async function api(method, path, body) {
  const options = { method, headers: { 'Accept': 'application/json' } };
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, options);
  } catch (e) {
    throw new Error('the server cannot be reached (' + e.message + ')');
  }
  let data = null;
  try { data = await response.json(); } catch (e) { /* not JSON */ }
  if (!response.ok) {
    throw new Error((data && data.message) || ('the server answered ' + response.status));
  }
  return data;
}

// ------------------------------------------------------------------ summary and highlighting

/**
 * Shows a summary: sentences with source markers, sources, facts, and the articles' texts.
 * texts maps article id to {title, text}; offsets in the summary point into these texts.
 */
function renderSummary(summary, texts) {
  const number = new Map();
  summary.articles.forEach((a, i) => number.set(a.id, i + 1));
  const list = $('summary');
  list.replaceChildren();
  summary.sentences.forEach((s, i) => {
    const markers = el('sup', { class: 'markers' });
    for (const id of s.sources) {
      markers.append(el('a', { href: '#src-' + number.get(id), title: id, tabindex: '-1',
        'data-source': id, text: '[' + number.get(id) + ']' }));
    }
    const differing = (s.differing || []).map((d) => '[' + number.get(d.article) + ']').join('');
    const item = el('li', { class: 'sentence', tabindex: '0', role: 'button',
      'aria-pressed': 'false', 'data-index': String(i),
      'aria-label': s.text + ' Sources: ' + s.sources.map((id) => number.get(id)).join(', ')
        + (differing ? '. Another figure in ' + differing : '') },
      el('span', { class: 'text', dir: 'auto', text: s.text }), markers,
      differing ? el('span', { class: 'differing', text: ' another figure in ' + differing }) : null);
    const select = () => selectSentence(summary, i, texts, number);
    item.addEventListener('click', (e) => { if (!e.target.closest('a')) select(); });
    item.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(); }
    });
    list.append(item);
  });
  $('notes').textContent = (summary.notes || []).join(' ');

  const sources = $('sources');
  sources.replaceChildren();
  for (const a of summary.articles) {
    const label = a.id + (a.title ? ': ' + a.title : '') + (a.source ? ' (' + a.source + ')' : '')
      + (a.date ? ', ' + a.date : '');
    const link = el('a', { href: '#text-' + number.get(a.id), text: label });
    sources.append(el('li', { id: 'src-' + number.get(a.id) }, link));
  }
  renderFacts(summary);

  const box = $('texts');
  box.replaceChildren(el('p', { class: 'hint legend' }, el('mark', { class: 'main', text: 'summary sentence' }),
    ' ', el('mark', { class: 'evidence', text: 'supporting sentence' }),
    ' ', el('mark', { class: 'differing', text: 'same sentence, another figure' })));
  for (const a of summary.articles) {
    const t = texts.get(a.id);
    // dir=auto: an Arabic or Hebrew article reads right to left
    const body = el('div', { class: 'body', dir: 'auto', 'data-article': a.id });
    body.textContent = t ? t.text : '(text not available)';
    box.append(el('article', { id: 'text-' + number.get(a.id), 'aria-label': 'Article ' + number.get(a.id) },
      el('h3', { text: '[' + number.get(a.id) + '] ' + (a.title || (t && t.title) || a.id) }), body));
  }
  $('result').hidden = false;
}

function renderFacts(summary) {
  const facts = $('facts');
  facts.replaceChildren();
  const section = (title, items) => {
    if (!items.length) return;
    facts.append(el('h2', { text: title }), el('ul', { class: 'facts' }, ...items.map((t) => el('li', { text: t }))));
  };
  section('People, organizations and places', (summary.entities || []).map((e) =>
    e.name + ' (' + e.type + ', ' + e.mentions + (e.mentions === 1 ? ' mention)' : ' mentions)')));
  section('Dates', (summary.dates || []).map((d) => d.text + (d.date && d.date !== d.text ? ' (' + d.date + ')' : '')));
  section('Quotes', (summary.quotes || []).map((q) => '“' + q.text + '”' + (q.speaker ? ' — ' + q.speaker : '')
    + ' [' + q.articles.join(', ') + ']'));
}

/** Marks the chosen sentence in its article and the supporting sentences in the others. */
function selectSentence(summary, index, texts, number) {
  const s = summary.sentences[index];
  document.querySelectorAll('#summary li').forEach((li) =>
    li.setAttribute('aria-pressed', li.dataset.index === String(index) ? 'true' : 'false'));
  const ranges = new Map();
  const add = (id, offsets, cls, title) => {
    if (!ranges.has(id)) ranges.set(id, []);
    ranges.get(id).push({ start: offsets[0], end: offsets[1], cls, title });
  };
  add(s.article, s.offsets, 'main');
  for (const e of s.evidence || []) {
    add(e.article, e.offsets, 'evidence', e.match === 'paraphrase'
      ? 'says it in other words (paraphrase model, ' + e.similarity + ')'
      : 'says it in much the same words (' + e.similarity + ')');
  }
  for (const d of s.differing || []) add(d.article, d.offsets, 'differing', 'states another figure');
  let first = null;
  document.querySelectorAll('#texts .body').forEach((body) => {
    const id = body.dataset.article;
    const t = texts.get(id);
    if (!t) return;
    const marks = highlight(body, t.text, ranges.get(id) || []);
    if (id === s.article && marks.length) first = marks[0];
  });
  if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function highlight(body, text, ranges) {
  ranges.sort((a, b) => a.start - b.start);
  body.replaceChildren();
  const marks = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at || r.end > text.length) continue;
    body.append(text.slice(at, r.start));
    const mark = el('mark', { class: r.cls, title: r.title, text: text.slice(r.start, r.end) });
    marks.push(mark);
    body.append(mark);
    at = r.end;
  }
  body.append(text.slice(at));
  return marks;
}

// ------------------------------------------------------------------------- summarize page

function addArticleEditor(title, text) {
  const box = $('articles');
  const n = box.children.length + 1;
  const remove = el('button', { type: 'button', class: 'remove', text: 'Remove',
    onclick: () => { fieldset.remove(); renumber(); } });
  const fieldset = el('fieldset', { class: 'article' },
    el('legend', { text: 'Article ' + n }), remove,
    el('label', {}, 'Headline (optional)',
      el('input', { type: 'text', class: 'title', dir: 'auto', value: title || '' })),
    el('label', {}, 'Text', el('textarea', { class: 'text', dir: 'auto', rows: '8' })));
  fieldset.querySelector('textarea').value = text || '';
  box.append(fieldset);
  return fieldset;
}

function renumber() {
  document.querySelectorAll('#articles legend').forEach((l, i) => { l.textContent = 'Article ' + (i + 1); });
}

/** Fills empty editors first, then adds new ones. */
function putArticle(title, text) {
  const empty = [...document.querySelectorAll('#articles fieldset')]
    .find((f) => !f.querySelector('textarea').value.trim());
  const target = empty || addArticleEditor();
  target.querySelector('.title').value = title || '';
  target.querySelector('textarea').value = text;
}

async function openFiles(files) {
  if (!files.length) return;
  status('Reading ' + files.length + (files.length === 1 ? ' file…' : ' files…'));
  try {
    const payload = [];
    for (const f of files) {
      const bytes = new Uint8Array(await f.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      }
      payload.push({ name: f.name, base64: btoa(binary) });
    }
    const result = await api('POST', '/api/extract', { files: payload });
    for (const a of result.articles) putArticle(a.title, a.text);
    status('Added ' + result.articles.length + (result.articles.length === 1 ? ' article' : ' articles')
      + ' from files.' + (result.warnings.length ? ' ' + result.warnings.join(' ') : ''));
  } catch (e) {
    status('Could not read the files: ' + e.message, true);
  }
}

/** The pasted articles, numbered from 1, and their texts by id (offsets point into these). */
function collectArticles() {
  const articles = [];
  const texts = new Map();
  document.querySelectorAll('#articles fieldset').forEach((f) => {
    const text = f.querySelector('textarea').value;
    if (!text.trim()) return;
    const id = String(articles.length + 1);
    const title = f.querySelector('.title').value.trim();
    articles.push({ id, title: title || null, text });
    texts.set(id, { title, text });
  });
  return { articles, texts };
}

/** The article editors' buttons, file picker and drop zone, as on the summarize page. */
function articleEditors(form) {
  addArticleEditor();
  addArticleEditor();
  $('add-article').addEventListener('click', () => {
    const f = addArticleEditor();
    f.querySelector('textarea').focus();
  });
  $('files').addEventListener('change', (e) => { openFiles([...e.target.files]); e.target.value = ''; });
  form.addEventListener('dragover', (e) => { e.preventDefault(); form.classList.add('dragging'); });
  form.addEventListener('dragleave', () => form.classList.remove('dragging'));
  form.addEventListener('drop', (e) => {
    e.preventDefault();
    form.classList.remove('dragging');
    openFiles([...e.dataTransfer.files]);
  });
}

function summarizePage() {
  const form = $('summarize-form');
  articleEditors(form);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const { articles, texts } = collectArticles();
    if (!articles.length) {
      status('Paste at least one article first.', true);
      return;
    }
    const button = $('summarize');
    button.disabled = true;
    status('Summarizing ' + articles.length + (articles.length === 1 ? ' article…' : ' articles…'));
    try {
      const words = parseInt($('words').value, 10);
      const summary = await api('POST', '/api/summarize',
        { articles, words: Number.isFinite(words) ? words : null, method: $('method').value,
          language: $('language').value });
      renderSummary(summary, texts);
      status('Summary of ' + articles.length + (articles.length === 1 ? ' article' : ' articles')
        + ' in ' + summary.sentences.length + ' sentences.');
      $('summary-heading').focus({ preventScroll: false });
    } catch (err) {
      status(err.message, true);
    } finally {
      button.disabled = false;
    }
  });
  $('summary-heading').setAttribute('tabindex', '-1');
}

// ------------------------------------------------------------------------------ stories

function describeStory(s) {
  const n = s.articles.length;
  let meta = n + (n === 1 ? ' article' : ' articles');
  if (s.firstDate && s.lastDate && s.firstDate !== s.lastDate) meta += ', ' + s.firstDate + ' to ' + s.lastDate;
  else if (s.lastDate || s.firstDate) meta += ', ' + (s.lastDate || s.firstDate);
  return el('li', {}, el('a', { href: '/stories/' + encodeURIComponent(s.id), text: s.title || s.id }),
    el('div', { class: 'meta', text: meta }));
}

async function storiesPage() {
  const params = new URLSearchParams(location.search);
  const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  const sort = params.get('sort') === 'size' ? 'size' : 'recent';
  $('sort').value = sort;
  $('sort').addEventListener('change', () => { location.search = '?sort=' + $('sort').value; });
  status('Loading stories…');
  try {
    const data = await api('GET', '/api/stories?page=' + page + '&size=20&sort=' + sort);
    const list = $('stories');
    list.replaceChildren(...data.stories.map(describeStory));
    list.start = (page - 1) * data.size + 1;
    status(data.total === 0 ? 'No stories yet: send articles to POST /api/articles.'
      : data.total + (data.total === 1 ? ' story.' : ' stories.'));
    const pager = $('pager');
    pager.replaceChildren();
    const pages = Math.max(1, Math.ceil(data.total / data.size));
    if (page > 1) pager.append(el('a', { href: '?sort=' + sort + '&page=' + (page - 1), rel: 'prev', text: '← Newer' }));
    pager.append(el('span', { text: 'Page ' + page + ' of ' + pages }));
    if (page < pages) pager.append(el('a', { href: '?sort=' + sort + '&page=' + (page + 1), rel: 'next', text: 'Older →' }));
  } catch (e) {
    status(e.message, true);
  }
}

async function storyPage() {
  const id = decodeURIComponent(location.pathname.replace(/^\/stories\//, ''));
  $('check-story').href = '/verify?story=' + encodeURIComponent(id);
  status('Loading the story…');
  try {
    const data = await api('GET', '/api/stories/' + encodeURIComponent(id));
    document.title = (data.title || id) + ' · Précis';
    $('story-title').textContent = data.title || id;
    const n = data.articles.length;
    const dups = data.sources.filter((a) => a.duplicateOf).length;
    $('story-meta').textContent = n + (n === 1 ? ' article' : ' articles')
      + (dups ? ' (' + dups + (dups === 1 ? ' a copy of another)' : ' copies of others)') : '')
      + (data.firstDate ? ', ' + data.firstDate : '')
      + (data.lastDate && data.lastDate !== data.firstDate ? ' to ' + data.lastDate : '');
    await showUpdate(id, data);
    if (!data.summary) {
      // nothing to summarize (headlines only): list the articles instead
      $('result').hidden = false;
      $('summary').replaceChildren();
      $('notes').textContent = data.note || '';
      $('sources').replaceChildren(...data.sources.map((a) => el('li', { text: a.id
        + (a.title ? ': ' + a.title : '') + (a.source ? ' (' + a.source + ')' : '')
        + (a.date ? ', ' + a.date : '') })));
      status(data.note || '');
      return;
    }
    const texts = new Map();
    await Promise.all(data.summary.articles.map(async (a) => {
      try {
        const full = await api('GET', '/api/articles/' + encodeURIComponent(a.id));
        texts.set(a.id, { title: full.title, text: full.text });
      } catch (e) { /* shown as unavailable */ }
    }));
    renderSummary(data.summary, texts);
    status('');
  } catch (e) {
    status(e.message, true);
  }
}

// ------------------------------------------------------------ what is new since the last visit

// The page remembers, per story, when the reader saw it and which articles it had then (in this
// browser only). When the story has grown since, it asks for the update summary of the articles
// the reader has not seen (?seen=...), which leaves out what the seen ones say. ?since=ISO in the
// page's address asks for the articles dated since then instead.
const VISITS = 'precis.visits';
const MAX_REMEMBERED = 200;

function visits() {
  try {
    return JSON.parse(localStorage.getItem(VISITS)) || {};
  } catch (e) {
    return {};
  }
}

function rememberVisit(id, articles) {
  const all = visits();
  all[id] = { time: new Date().toISOString(), articles };
  const kept = {};
  Object.keys(all).sort((a, b) => String(all[b].time).localeCompare(String(all[a].time)))
    .slice(0, MAX_REMEMBERED).forEach((k) => { kept[k] = all[k]; });
  try {
    localStorage.setItem(VISITS, JSON.stringify(kept));
  } catch (e) { /* storage full or refused: the page just forgets */ }
}

async function showUpdate(id, data) {
  const since = new URLSearchParams(location.search).get('since');
  const visit = visits()[id];
  let query = null;
  let label = null;
  if (since) {
    query = 'since=' + encodeURIComponent(since);
    label = since;
  } else if (visit && Array.isArray(visit.articles)
      && data.articles.some((a) => !visit.articles.includes(a))) {
    query = 'seen=' + encodeURIComponent(visit.articles.join(','));
    label = 'your last visit, ' + new Date(visit.time).toLocaleString();
  }
  rememberVisit(id, data.articles);
  if (!query) return;
  const names = new Map(data.sources.map((a) => [a.id, a.source || a.title || a.id]));
  $('update-heading').textContent = 'New since ' + label;
  try {
    const update = await api('GET', '/api/stories/' + encodeURIComponent(id) + '?' + query);
    $('update-meta').textContent = update.message.charAt(0).toUpperCase()
      + update.message.slice(1) + '.';
    $('update-summary').replaceChildren(...(update.summary ? update.summary.sentences : [])
      .map((s) => el('li', {}, s.text + ' ', el('span', { class: 'hint',
        text: '(' + s.sources.map((a) => names.get(a) || a).join(', ') + ')' }))));
  } catch (e) {
    $('update-meta').textContent = e.message;
  }
  $('update').hidden = false;
}

// ------------------------------------------------------------------------------- search

async function searchPage() {
  const params = new URLSearchParams(location.search);
  const q = params.get('q') || '';
  $('q').value = q;
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    location.search = '?q=' + encodeURIComponent($('q').value);
  });
  if (!q.trim()) { $('q').focus(); return; }
  status('Searching…');
  try {
    const data = await api('GET', '/api/search?q=' + encodeURIComponent(q));
    $('story-hits').replaceChildren(...data.stories.map((s) =>
      el('li', {}, el('a', { href: '/stories/' + encodeURIComponent(s.id), text: s.title || s.id }))));
    $('article-hits').replaceChildren(...data.articles.map((a) => el('li', {},
      a.story ? el('a', { href: '/stories/' + encodeURIComponent(a.story), text: a.title || a.id })
        : el('strong', { text: a.title || a.id }),
      el('div', { class: 'meta', text: a.snippet }))));
    $('search-results').hidden = false;
    if (data.articles.length && searchQuery(q)) {
      $('summarize-row').hidden = false;
      $('summarize-results').addEventListener('click', () => summarizeResults(q, data.articles));
    }
    const n = data.articles.length + data.stories.length;
    status(n === 0 ? 'Nothing found.' : data.stories.length + ' stories, ' + data.articles.length + ' articles.');
  } catch (e) {
    status(e.message, true);
  }
}

// ------------------------------------------------------------------------- check a summary

const VERDICTS = {
  supported: { sign: '✓', word: 'Supported' },
  contradicted: { sign: '✗', word: 'Contradicted' },
  unsupported: { sign: '?', word: 'Not found in the sources' },
};

/**
 * Where a source sentence the verifier quotes stands in its article: it quotes the sentence as
 * written, so the first place the article has it.
 */
function locate(text, sentence) {
  const at = text ? text.indexOf(sentence) : -1;
  return at < 0 ? null : { start: at, end: at + sentence.length };
}

/** Shows each summary sentence with its verdict (a sign and a word, not colour alone). */
function renderVerification(result, articles, texts) {
  const number = new Map();
  articles.forEach((a, i) => number.set(a.id, i + 1));
  const name = (id) => '[' + number.get(id) + '] ' + ((texts.get(id) || {}).title || 'Article ' + number.get(id));
  const source = (id) => el('a', { href: '#text-' + number.get(id), tabindex: '-1', text: name(id) });
  const total = result.sentences.length;
  const share = total ? Math.round(100 * result.supported / total) : 0;
  $('score').replaceChildren(
    el('strong', { text: result.supported + ' of ' + total + (total === 1 ? ' sentence' : ' sentences')
      + ' supported (' + share + '%)' }),
    ': ' + result.supported + ' supported, ' + result.contradicted + ' contradicted, '
      + result.unsupported + ' not found in the sources.');

  const list = $('checks');
  list.replaceChildren();
  result.sentences.forEach((s, i) => {
    const verdict = VERDICTS[s.verdict] || { sign: '', word: s.verdict };
    const details = el('ul', { class: 'check-details' });
    for (const e of s.evidence) {
      details.append(el('li', {},
        (e.match === 'paraphrase' ? 'In other words in ' : 'In much the same words in '),
        source(e.article), ': ', el('mark', { class: 'evidence', dir: 'auto', text: e.text })));
    }
    for (const c of s.conflicts) {
      details.append(el('li', { class: 'conflict' }, el('strong', { text: 'Differs (' + c.what + ')' }),
        ' in ', source(c.article), ': ', el('mark', { class: 'differing', dir: 'auto', text: c.text })));
    }
    const item = el('li', { class: 'sentence check ' + s.verdict, tabindex: '0', role: 'button',
      'aria-pressed': 'false', 'data-index': String(i), 'data-verdict': s.verdict },
      el('span', { class: 'verdict ' + s.verdict, text: verdict.sign + ' ' + verdict.word }), ' ',
      el('span', { class: 'text', dir: 'auto', text: s.text }),
      details.children.length ? details : null);
    const select = () => selectCheck(result, i, texts);
    item.addEventListener('click', (e) => { if (!e.target.closest('a')) select(); });
    item.addEventListener('keydown', (e) => {
      if (e.target === item && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); select(); }
    });
    list.append(item);
  });

  const box = $('texts');
  box.replaceChildren(el('p', { class: 'hint legend' },
    el('mark', { class: 'evidence', text: 'supporting sentence' }),
    ' ', el('mark', { class: 'differing', text: 'says otherwise' })));
  for (const a of articles) {
    const body = el('div', { class: 'body', dir: 'auto', 'data-article': a.id });
    body.textContent = texts.get(a.id).text;
    box.append(el('article', { id: 'text-' + number.get(a.id), 'aria-label': 'Article ' + number.get(a.id) },
      el('h3', { text: name(a.id) }), body));
  }
  $('result').hidden = false;
}

/** Marks a checked sentence's evidence and conflicts in the articles. */
function selectCheck(result, index, texts) {
  const s = result.sentences[index];
  document.querySelectorAll('#checks > li').forEach((li) =>
    li.setAttribute('aria-pressed', li.dataset.index === String(index) ? 'true' : 'false'));
  const ranges = new Map();
  const add = (id, text, cls, title) => {
    const at = locate((texts.get(id) || {}).text, text);
    if (!at) return;
    if (!ranges.has(id)) ranges.set(id, []);
    ranges.get(id).push({ start: at.start, end: at.end, cls, title });
  };
  for (const e of s.evidence) {
    add(e.article, e.text, 'evidence', e.match === 'paraphrase' ? 'says it in other words' : 'says it in much the same words');
  }
  for (const c of s.conflicts) add(c.article, c.text, 'differing', 'differs: ' + c.what);
  let first = null;
  document.querySelectorAll('#texts .body').forEach((body) => {
    const t = texts.get(body.dataset.article);
    const marks = highlight(body, t.text, ranges.get(body.dataset.article) || []);
    if (!first && marks.length) first = marks[0];
  });
  if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/** Puts a stored story's articles in the editors (the story page links here with ?story=ID). */
async function loadStory(id) {
  status('Loading the story\'s articles…');
  try {
    const story = await api('GET', '/api/stories/' + encodeURIComponent(id));
    for (const articleId of story.articles) {
      const a = await api('GET', '/api/articles/' + encodeURIComponent(articleId));
      putArticle(a.title, a.text);
    }
    const note = $('story-note');
    note.textContent = 'The articles of the story “' + (story.title || id) + '” (' + story.articles.length
      + (story.articles.length === 1 ? ' article).' : ' articles).');
    note.hidden = false;
    status('');
  } catch (e) {
    status('Could not load the story: ' + e.message, true);
  }
}

async function verifyPage() {
  const form = $('verify-form');
  articleEditors(form);
  const story = new URLSearchParams(location.search).get('story');
  if (story) loadStory(story);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const summary = $('summary-text').value;
    const { articles, texts } = collectArticles();
    if (!summary.trim()) {
      status('Paste the summary to check first.', true);
      return;
    }
    if (!articles.length) {
      status('Paste at least one article the summary should be checked against.', true);
      return;
    }
    const button = $('verify');
    button.disabled = true;
    status('Checking the summary against ' + articles.length + (articles.length === 1 ? ' article…' : ' articles…'));
    try {
      const result = await api('POST', '/api/verify', { summary, articles });
      renderVerification(result, articles, texts);
      status('Checked ' + result.sentences.length + (result.sentences.length === 1 ? ' sentence.' : ' sentences.'));
      $('checks-heading').focus({ preventScroll: false });
    } catch (err) {
      status(err.message, true);
    } finally {
      button.disabled = false;
    }
  });
  $('checks-heading').setAttribute('tabindex', '-1');
}

// ------------------------------------------------------------------- summarize search results

/**
 * The search as a summary query: the words to find, without the search's own syntax (a word
 * left out with a minus is no topic; quotes and the prefix star are not words).
 */
function searchQuery(q) {
  return q.split(/\s+/).filter((w) => w && !w.startsWith('-'))
    .map((w) => w.replace(/["*]/g, '')).filter((w) => w).join(' ');
}

async function summarizeResults(q, hits) {
  const button = $('summarize-results');
  button.disabled = true;
  status('Summarizing ' + hits.length + (hits.length === 1 ? ' article' : ' articles') + ' about “' + searchQuery(q) + '”…');
  try {
    const articles = [];
    const texts = new Map();
    for (const hit of hits) {
      const a = await api('GET', '/api/articles/' + encodeURIComponent(hit.id));
      articles.push({ id: a.id, title: a.title || null, date: a.date || null, text: a.text });
      texts.set(a.id, { title: a.title, text: a.text });
    }
    const summary = await api('POST', '/api/summarize', { articles, query: searchQuery(q) });
    renderSummary(summary, texts);
    status('Summary of what ' + articles.length + (articles.length === 1 ? ' article says' : ' articles say')
      + ' about “' + searchQuery(q) + '”, in ' + summary.sentences.length + ' sentences.');
    $('summary-heading').focus({ preventScroll: false });
  } catch (e) {
    status(e.message, true);
  } finally {
    button.disabled = false;
  }
}

// -------------------------------------------------------------------------------- feeds

function when(iso) {
  if (!iso) return 'never';
  return iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z').replace(/Z$/, ' UTC');
}

function feedRow(f) {
  const name = el('td', {}, el('div', { class: 'feed-title', text: f.title || f.url }),
    el('div', { class: 'meta', text: f.url }));
  const state = el('td', { class: 'feed-status ' + f.status, text: f.status },
    f.problem ? el('div', { class: 'meta', text: f.problem }) : null);
  return el('tr', { 'data-url': f.url }, name, state, el('td', { text: when(f.lastFetch) }),
    el('td', { class: 'num', text: String(f.articles) }), el('td', { text: when(f.nextPoll) }));
}

async function loadFeeds(quiet) {
  try {
    const data = await api('GET', '/api/feeds');
    $('feed-rows').replaceChildren(...data.feeds.map(feedRow));
    if (!quiet) {
      status(data.feeds.length === 0 ? 'No feeds yet: follow one above, or start the server with --follow FILE.opml.'
        : data.feeds.length + (data.feeds.length === 1 ? ' feed.' : ' feeds.'));
    }
  } catch (e) {
    status(e.message, true);
  }
}

function feedsPage() {
  $('feed-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const url = $('feed-url').value.trim();
    status('Following…');
    try {
      const data = await api('POST', '/api/feeds', { url });
      $('feed-url').value = '';
      status(data.followed ? 'Now following ' + data.feed.url + '.' : 'Already following ' + data.feed.url + '.');
      await loadFeeds(true);
    } catch (e) {
      status(e.message, true);
    }
  });
  loadFeeds(false);
  // the first poll of a new feed takes a moment; the table follows it
  setInterval(() => loadFeeds(true), 3000);
}

document.addEventListener('DOMContentLoaded', () => {
  const page = document.body.dataset.page;
  if (page === 'summarize') summarizePage();
  else if (page === 'stories') storiesPage();
  else if (page === 'story') storyPage();
  else if (page === 'search') searchPage();
  else if (page === 'feeds') feedsPage();
  else if (page === 'verify') verifyPage();
});
