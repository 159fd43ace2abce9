// Pathways search; index format and normaliser: Sources/SearchIndex (a test keeps the two in step).
const FOLD = Object.fromEntries("ٱا ٲا ٳا ٵا ةه ىي یي کك ڪك ہه ھه ەه ґг ςσ ıi ßss øo đd łl æae œoe ʼ'".split(' ').map(p => [p[0], p.slice(1)]));
// Dropped: diacritics, tashkeel, tatweel, invisible format characters.
const DROP = [0x300, 0x36F, 0x483, 0x489, 0x64B, 0x65F, 0x670, 0x670, 0x6D6, 0x6ED, 0x640, 0x640, 0xAD, 0xAD,
  0x200B, 0x200F, 0x202A, 0x202E, 0x2060, 0x2064, 0xFEFF, 0xFEFF];
const inR = (c, r) => r.some((x, i) => i % 2 === 0 && c >= x && c <= r[i + 1]);

function norm(s) {
  const o = [];
  for (const ch of s.toLowerCase().normalize('NFKD')) {
    const c = ch.codePointAt(0), l = o.length - 1;
    if (inR(c, DROP)) {
      if (c === 0x306 && o[l] === 'и') o[l] = 'й'; else if (c === 0x308 && o[l] === 'і') o[l] = 'ї';
    } else if (FOLD[ch]) o.push(...FOLD[ch]);
    else o.push(inR(c, [0x660, 0x669, 0x6F0, 0x6F9]) ? String(c & 15) : ch);
  }
  return o.join('');
}
const terms = s => (norm(s).match(/[\p{L}\p{M}\p{N}]+/gu) || []).map(t => [...t].slice(0, 48).join(''));
// Shard key: 2 characters (3 after ال).
function key(t) {
  const a = [...t];
  return t.includes('=') ? t : a.slice(0, a.length > 2 && a[0] === 'ا' && a[1] === 'ل' ? 3 : 2).join('');
}
function hash(k, seed) {
  let h = (0x811c9dc5 + seed) >>> 0;
  for (const b of new TextEncoder().encode(k)) h = Math.imul(h ^ b, 16777619) >>> 0;
  return h;
}
const lcp = a => a.reduce((p, x) => { while (!x.startsWith(p)) p = p.slice(0, -1); return p; });

// get(url, binary): a promise of JSON or an ArrayBuffer.
class Index {
  constructor(base, get) { this.base = base; this.get = get; this.files = {}; this.docs = {}; }
  meta() { return this.file('index.json'); }
  file(p, bin) { return this.files[p] || (this.files[p] = this.get(this.base + p, bin)); }
  async shard(t) {
    const m = await this.meta(), s = await this.file('t/' + hash(key(t), m.h) % m.s + '.json');
    Object.assign(this.docs, s.d);
    return s;
  }
  // {id: score} from the top list or the postings stream.
  async postings(e, top) {
    const r = {}, p = e[2];
    if (top || e.length < 5) { for (let i = 0; i < p.length; i += 2) r[p[i]] = p[i + 1]; return r; }
    const z = (await this.meta()).z, a = e[3], n = e[4], f = Math.floor(a / z), parts = [];
    for (let i = f; i * z < a + n; i++) parts.push(this.file('p/' + i + '.bin', true));
    const all = new Uint8Array(parts.length * z), b = all.subarray(a - f * z, a - f * z + n);
    (await Promise.all(parts)).forEach((buf, i) => all.set(new Uint8Array(buf), i * z));
    for (let id = -1, j = 0; j < n;) {
      let g = 0, sh = 0, x;
      do { x = b[j++]; g |= (x & 127) << sh; sh += 7; } while (x & 128);
      id += g; r[id] = b[j++];
    }
    return r;
  }
  async doc(id) {
    if (this.docs[id]) return this.docs[id];
    const c = (await this.meta()).b;
    return (await this.file('d/' + Math.floor(id / c) + '.json'))[id % c];
  }
  // filters: {facet: [values]}; the first `want` ids are exact.
  async search(q, filters, want) {
    const m = await this.meta(), toks = terms(q), groups = [], sets = [], sc = {};
    for (const [i, t] of toks.entries()) {
      const s = await this.shard(t), prefix = i === toks.length - 1 && !/\s$/.test(q) && [...t].length > 1;
      const ex = prefix && t !== 'ال' ? Object.keys(s.t).filter(x => !x.includes('=') && x.startsWith(t)).sort() : Object.hasOwn(s.t, t) ? [t] : [];
      if (!ex.length) return {count: 0, ids: []};
      const df = ex.length === 1 ? s.t[ex[0]][0] : s.u[lcp(ex)] || s.t[ex[0]][0];
      groups.push({t, s, ex, df, idf: Math.log(1 + (m.n - df + 0.5) / (df + 0.5))});
    }
    for (const f in filters) {
      const set = {};
      for (const v of filters[f]) {
        const e = (await this.shard(f + '=' + v)).t[f + '=' + v];
        if (e) Object.assign(set, await this.postings(e));
      }
      sets.push(set);
    }
    // One word, one page: top lists hold the best. Completions weigh as they are common.
    const top = groups.length === 1 && !sets.length && want <= m.k, maps = [];
    for (const g of groups) {
      const mp = {}, most = Math.max(...g.ex.map(x => g.s.t[x][0]));
      for (const x of g.ex) {
        const ps = await this.postings(g.s.t[x], top), w = g.idf * g.s.t[x][0] / most / 255;
        for (const id in ps) mp[id] = Math.max(mp[id] || 0, w * ps[id]);
      }
      maps.push(mp);
    }
    const all = maps.concat(sets).sort((a, b) => Object.keys(a).length - Object.keys(b).length);
    for (const id in all[0] || {}) if (all.every(a => id in a)) sc[id] = maps.reduce((s, a) => s + a[id], 0);
    const ids = Object.keys(sc).map(Number).sort((a, b) => sc[b] - sc[a] || a - b);
    return {count: top ? groups[0].df : ids.length, ids};
  }
}

if (typeof module === 'object') module.exports = {norm, terms, key, hash, Index};
const form = typeof document === 'object' && document.querySelector('form[data-search]');
if (form) page();

// form[data-search=index folder], data-* i18n strings; #search-filters, -status (aria-live), -results, -more.
function page() {
  const $ = id => document.getElementById(id), d = form.dataset, input = form.elements.q;
  const status = $('search-status'), list = $('search-results'), chips = $('search-filters'), more = $('search-more');
  const index = new Index(d.search, (u, bin) => fetch(u).then(r => {
    if (!r.ok) throw Error(u);
    return bin ? r.arrayBuffer() : r.json();
  }));
  const say = (s, o) => s.replace(/%\{(\w+)\}/g, (_, k) => o[k]);
  // Dates as the lists write them: the browser's formatter for the page's language, if it writes the build date
  // as the build did, spaces and commas aside (one writes a narrow no-break space or an Arabic comma where another
  // writes a space); else YYYY-MM-DD, never a form the rest of the site does not use.
  const day = iso => new Date(iso + 'T00:00:00Z'), spaced = t => t.replace(/[\s,،]+/g, ' '), dates = (() => {
    try {
      const f = new Intl.DateTimeFormat(d.dateLocale, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory'});
      return d.todayText && spaced(f.format(day(d.today))) === spaced(d.todayText) ? f : null;
    } catch (e) { return null; }
  })();
  const when = iso => dates && /^\d{4}-\d\d-\d\d$/.test(iso) ? dates.format(day(iso)) : iso;
  const params = () => new URLSearchParams(location.search);
  let shown = 10, seq = 0, timer, typing;
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const a in attrs) e.setAttribute(a, attrs[a]);
    e.append(...kids);
    return e;
  }
  function filters() {
    const f = {};
    params().forEach((v, k) => { if (k !== 'q' && v) (f[k] = f[k] || []).push(v); });
    return f;
  }
  function go(f, push) {
    const p = new URLSearchParams();
    if (input.value) p.set('q', input.value);
    for (const k in f) for (const v of f[k]) p.append(k, v);
    history[push ? 'pushState' : 'replaceState'](null, '', '?' + p);
    shown = 10;
    run();
  }
  async function run() {
    const n = ++seq, q = input.value, f = filters();
    try {
      const m = await index.meta();
      chips.replaceChildren();
      for (const k in f) {
        if (!m.f.includes(k)) { delete f[k]; continue; }
        for (const v of f[k]) {
          const b = el('button', {type: 'button', 'aria-label': say(d.remove, {filter: v})}, v + ' ×');
          b.onclick = () => { f[k] = f[k].filter(x => x !== v); go(f, true); };
          chips.append(el('li', {}, b));
        }
      }
      chips.hidden = !chips.firstChild;
      const r = terms(q).length || !chips.hidden ? await index.search(q, f, shown) : {ids: []}, docs = await Promise.all(r.ids.slice(0, shown).map(id => index.doc(id)));
      if (n !== seq) return;
      list.replaceChildren(...docs.map(([url, title, text, date, lang]) => el('li', {},
        el('h2', {}, el('a', {href: url, lang, dir: 'auto'}, title)),
        el('p', {class: 'meta'}, el('time', {datetime: date}, when(date))),
        el('p', {lang, dir: 'auto'}, text))));
      status.textContent = r.count === undefined ? '' : r.count ? say(r.count === 1 ? d.one : d.many, {count: r.count.toLocaleString(document.documentElement.lang)})
        : say(d.none, {query: q.trim()});
      more.hidden = !(r.count > shown);
    } catch (e) {
      if (n === seq) status.textContent = d.failed;
    }
  }
  input.value = params().get('q') || '';
  // Typing replaces the history entry it started; Enter or Back ends it.
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => { go(filters(), !typing); typing = 1; }, 150); });
  form.addEventListener('submit', e => { e.preventDefault(); clearTimeout(timer); go(filters(), !typing); typing = 0; });
  more.addEventListener('click', () => { shown += 10; run(); });
  addEventListener('popstate', () => { typing = 0; input.value = params().get('q') || ''; run(); });
  run();
}
