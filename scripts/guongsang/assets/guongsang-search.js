// The search page (/tim-kiem/): Pagefind in the reader's browser, nothing from a third-party host.
// Queries with or without diacritics; đ is folded as in scripts/guongsang/outputs/search/fold.py:
// the index stores đ as "d" + U+0345 (a combining mark, which Pagefind folds away), so the query
// gets the same mapping and every text shown is mapped back.
const MARK = "\u0345";
const toIndexForm = (s) => s.normalize("NFC").split(MARK).join("").replace(/đ/g, "d" + MARK).replace(/Đ/g, "D" + MARK);
const fromIndexForm = (s) => (s || "").replace(/d\u0345/g, "đ").replace(/D\u0345/g, "Đ");
const PAGE = 10; // results shown at a time
// Pagefind's weight for words written exactly as typed. A query typed with diacritics ranks exact
// matches first ("dục" → giáo dục before Đức); one typed without says nothing about them, so no
// preference ("dang thi huong" → Đặng Thị Hường, not a page that happens to say "dang").
// Chosen by measuring rankings on the sample portal (tests/test_search_browser.py keeps them).
const EXACT = 10;
const hasMarks = (s) => /[\u0300-\u036fđĐ]/.test(s.normalize("NFD"));

const LEAD = 90; // characters of a summary shown before its first word found (about two lines on a phone)

// Folding as in scripts/guongsang/outputs/search/fold.py and guongsang.text.fold: no tones, đ → d, lower case.
const foldChar = (c) => c.normalize("NFD").replace(/[\u0300-\u036f\u0345]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
const fold = (s) => [...s].map(foldChar).join("");

// The words of a query: typed with diacritics, a word matches only as written (case aside); typed
// without, any word that folds the same ("thi dua" → "thi đua"). The last word may be unfinished.
function queryWords(query) {
  const found = query.normalize("NFC").match(/[\p{L}\p{N}]+/gu) || [];
  return found.map((w, i) => ({ exact: hasMarks(w), form: hasMarks(w) ? w.toLowerCase() : fold(w), last: i === found.length - 1 }));
}

// Splits text into pieces, marking the words of the query; plain data out, the caller makes nodes.
function highlight(textIn, query) {
  const pieces = [];
  let at = 0;
  for (const m of textIn.matchAll(/[\p{L}\p{N}\u0300-\u036f]+/gu)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const folded = fold(word);
    const hit = query.some((q) => {
      const w = q.exact ? lower : folded;
      return w === q.form || (q.last && q.form.length >= 2 && w.startsWith(q.form));
    });
    if (!hit) { continue; }
    if (m.index > at) { pieces.push({ text: textIn.slice(at, m.index), mark: false }); }
    pieces.push({ text: word, mark: true });
    at = m.index + word.length;
  }
  if (at < textIn.length) { pieces.push({ text: textIn.slice(at), mark: false }); }
  return pieces;
}

const form = document.querySelector("[data-gs-search]");
if (form) { start(form); }

async function start(form) {
  const input = form.querySelector("input[name=q]");
  const selects = [...form.querySelectorAll("select[data-gs-filter]")];
  const status = document.querySelector("[data-gs-status]");
  const list = document.querySelector("[data-gs-results]");
  const more = document.querySelector("[data-gs-more]");
  const root = new URL((form.dataset.base || ".") + "/", window.location.href);
  const decoder = document.createElement("textarea");
  let results = [];
  let shown = 0;
  let sequence = 0;
  let timer = null;
  let ranking = null;
  let terms = 0; // words in the current query
  let words = []; // the query's words, each with how it is compared (see queryWords)

  const params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  for (const select of selects) { select.value = params.get(select.name) || ""; }
  // Arriving with nothing to search for (the header's magnifier on a phone sends "?q="), the reader
  // came to type: the box takes the focus. With a query or a filter the results come first.
  if (!input.value.trim() && !selects.some((s) => s.value)) { input.focus(); }
  const details = form.querySelector("[data-gs-filters]");
  if (details && selects.some((s) => s.value)) {
    details.open = true; // folded so the results come first (on a wide screen too), unless a filter is in use
  }

  let pagefind;
  try {
    pagefind = await import(new URL("pagefind/pagefind.js", root).href);
    await pagefind.options({ baseUrl: root.pathname, excerptLength: 26 });
    pagefind.init();
  } catch (error) {
    status.textContent = "Không tải được bộ tìm kiếm. Hãy tải lại trang hoặc xem theo chuyên mục.";
    return;
  }

  function chosenFilters() {
    const filters = {};
    for (const select of selects) { if (select.value) { filters[select.dataset.gsFilter] = select.value; } }
    return filters;
  }

  function remember(query) {
    const next = new URLSearchParams();
    if (query) { next.set("q", query); }
    for (const select of selects) { if (select.value) { next.set(select.name, select.value); } }
    const search = next.toString();
    history.replaceState(null, "", search ? "?" + search : window.location.pathname);
  }

  // Searches run one after another (ranking is a global Pagefind option); only the newest is shown.
  let chain = Promise.resolve();
  function run() {
    const mine = ++sequence;
    chain = chain.then(() => runSearch(mine), () => runSearch(mine));
    return chain;
  }

  async function runSearch(mine) {
    if (mine !== sequence) { return; } // a newer search is queued
    const query = input.value.trim();
    const filters = chosenFilters();
    const filtered = Object.keys(filters).length > 0;
    remember(query);
    if (!query && !filtered) {
      results = []; shown = 0; list.replaceChildren(); more.hidden = true;
      status.textContent = "";
      list.dataset.state = "ready";
      return;
    }
    status.textContent = "Đang tìm…";
    list.dataset.state = "busy"; // "ready" once a search's first results are drawn (tests wait on it)
    const weight = query && hasMarks(query) ? EXACT : 0;
    if (weight !== ranking) { ranking = weight; await pagefind.options({ ranking: { diacriticSimilarity: weight } }); }
    const search = query
      ? await pagefind.search(toIndexForm(query), { filters })
      : await pagefind.search(null, { filters, sort: { date: "desc" } });
    // Content pages carry type:trang (search/documents.py); they have no facet, so a filter leaves them out.
    const pages = query && !filtered ? await pagefind.search(toIndexForm(query), { filters: { type: "trang" } }) : null;
    if (mine !== sequence || !search) { return; } // a newer search has started
    const pageIds = new Set(((pages && pages.results) || []).map((r) => r.id));
    words = queryWords(query);
    terms = words.length;
    const phraseFirst = (list) => {
      const phrase = list.filter((r) => hasRun(r.words || [], terms));
      return terms > 1 ? phrase.concat(list.filter((r) => !phrase.includes(r))) : list;
    };
    // Every profile before any content page, each group in Pagefind's order (phrases first).
    const profiles = phraseFirst(search.results.filter((r) => !pageIds.has(r.id)));
    results = profiles.concat(phraseFirst(search.results.filter((r) => pageIds.has(r.id))));
    shown = 0; list.replaceChildren();
    const about = query ? ` cho «${query}»` : "";
    const where = filtered ? " với bộ lọc đã chọn" : "";
    if (results.length === 0) {
      status.textContent = `Không tìm thấy gương điển hình nào${about}${where}. ` +
        "Hãy thử ít từ hơn, kiểm tra chính tả (có dấu hay không dấu đều được) hoặc bỏ bớt bộ lọc.";
    } else if (terms > 1 && !results.some((r) => hasRun(r.words || [], terms))) {
      status.textContent = `Không có trang nào chứa đúng cụm «${query}»${where}; ` +
        `dưới đây là ${results.length} kết quả gần đúng.`;
    } else {
      status.textContent = `Tìm thấy ${results.length} kết quả${about}${where}.`;
    }
    await showMore(mine);
    counts(search.filters || {});
    if (mine === sequence) { list.dataset.state = "ready"; }
  }

  async function showMore(mine) {
    const batch = results.slice(shown, shown + PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== sequence) { return; }
    data.forEach((item, i) => list.append(render(item, batch[i])));
    shown += batch.length;
    more.hidden = shown >= results.length;
  }

  // Pagefind finds pages with the words anywhere (words it has never seen are left out of the query);
  // a result where they stand side by side, as typed, comes first.
  function firstRun(positions, length) {
    const at = new Set(positions);
    const sorted = [...positions].sort((a, b) => a - b);
    return sorted.find((p) => { for (let i = 1; i < length; i++) { if (!at.has(p + i)) { return false; } } return true; }) ?? -1;
  }
  function hasRun(positions, length) { return length < 2 || firstRun(positions, length) >= 0; }

  function text(s) { decoder.innerHTML = s; return fromIndexForm(decoder.value); }

  // A content page's excerpt, marked as the rest is (Pagefind's own marks fold "dục" and "đức" alike).
  const excerpt = (raw) => marked("p", "gs-result__summary", text((raw || "").replace(/<\/?mark>/g, "")));

  // Where the words stand together as typed, the excerpt is taken around them (Pagefind's own
  // excerpt goes to where the matches weigh most, often just the name).
  function phraseExcerpt(item, result) {
    const run = firstRun(result.words || [], terms);
    if (run < 0 || !item.content) { return item.excerpt; }
    const all = item.content.split(/[\r\n\s]+/g);
    const start = Math.max(0, run - 8);
    const marked = new Set(result.words);
    const out = [];
    for (let i = start; i < Math.min(all.length, start + 26); i++) {
      out.push(marked.has(i) ? `<mark>${all[i]}</mark>` : all[i]);
    }
    return (start > 0 ? "… " : "") + out.join(" ");
  }

  // Text with the query's words marked, built as text nodes (never HTML from the index).
  function marked(tag, className, plain) {
    const el = document.createElement(tag);
    el.className = className;
    for (const piece of highlight(plain, words)) {
      if (piece.mark) { const m = document.createElement("mark"); m.textContent = piece.text; el.append(m); }
      else { el.append(document.createTextNode(piece.text)); }
    }
    return el;
  }

  // A summary, from a little before its first word found when that would be clamped away and
  // nothing above it (name, award, unit) shows the words already.
  function summary(raw, lead) {
    let plain = text(raw);
    const pieces = highlight(plain, words);
    const first = pieces.findIndex((x) => x.mark);
    const before = pieces.slice(0, Math.max(0, first)).reduce((n, x) => n + x.text.length, 0);
    if (lead && first > 0 && before > LEAD) {
      const cut = plain.lastIndexOf(" ", before - LEAD / 3);
      plain = "… " + plain.slice(cut + 1);
    }
    return marked("p", "gs-result__summary", plain);
  }

  // Where a profile was found when nothing shown holds the words: the one fact of the index text
  // ("name. summary. unit · sector · award · tags · evidence", search/documents.py) that holds them.
  function found(raw) {
    const plain = text((raw || "").replace(/<\/?mark>/g, ""));
    const fact = plain.split(/\s+·\s+|\.\s+/).map((f) => f.replace(/^…\s*/, "").replace(/\.$/, ""))
      .find((f) => highlight(f, words).some((x) => x.mark));
    if (!fact) { return null; }
    const p = marked("p", "gs-result__found", fact);
    p.prepend(document.createTextNode("Có trong: "));
    return p;
  }

  const part = (tag, className, content) => Object.assign(document.createElement(tag), { className, textContent: content });

  function render(item, result) {
    const meta = item.meta || {};
    const title = text(meta.title || item.url);
    const li = document.createElement("li");
    li.className = "gs-result";
    const link = document.createElement("a");
    link.className = "gs-result__link";
    link.href = item.url;
    const carried = (key) => ((item.filters || {})[key] || [])[0]; // see THUMB in search/documents.py
    const thumb = carried("thumb");
    const isPage = carried("type") === "trang";
    if (isPage) {
      link.classList.add("gs-result__link--page");
    } else if (thumb) {
      // decorative: the name beside it is the link's text
      link.append(Object.assign(document.createElement("img"),
        { className: "gs-result__img", src: new URL(thumb, root).href, alt: "", loading: "lazy", decoding: "async" }));
    } else {
      const none = part("span", "gs-result__img gs-result__img--none", title.slice(0, 1));
      none.setAttribute("aria-hidden", "true");
      link.append(none);
    }
    const body = document.createElement("span");
    body.className = "gs-result__text";
    body.append(marked("span", "gs-result__title", title));
    if (isPage) {
      body.append(part("span", "gs-result__kind", "Trang giới thiệu"));
      body.append(excerpt(terms > 1 ? phraseExcerpt(item, result) : item.excerpt));
    } else {
      const year = carried("year");
      if (meta.award) { body.append(marked("span", "gs-result__award", text(meta.award) + (year ? ` (${year})` : ""))); }
      if (meta.unit) { body.append(marked("span", "gs-result__unit", text(meta.unit))); }
      body.append(summary(meta.summary || "", !body.querySelector("mark")));
      if (words.length && !body.querySelector("mark")) { // found among its tags, campaign, evidence…
        const where = found(terms > 1 ? phraseExcerpt(item, result) : item.excerpt);
        if (where) { body.append(where); }
      }
    }
    link.append(body);
    li.append(link);
    return li;
  }

  // Option labels carry the count for the current query where Pagefind has it (filters in use).
  function counts(byFilter) {
    for (const select of selects) {
      const found = byFilter[select.dataset.gsFilter];
      for (const option of select.options) {
        if (!option.value) { continue; }
        const n = found ? (found[option.value] || 0) : Number(option.dataset.total);
        option.textContent = `${option.dataset.label} (${n})`;
      }
    }
  }

  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 250); });
  form.addEventListener("submit", (event) => { event.preventDefault(); clearTimeout(timer); run(); });
  const clear = form.querySelector("[data-gs-clear]");
  clear.addEventListener("click", () => { for (const s of selects) { s.value = ""; } counts({}); run(); });
  for (const select of selects) { select.addEventListener("change", run); }
  more.addEventListener("click", () => showMore(sequence));
  if (input.value || selects.some((s) => s.value)) { run(); }
}
