"""What the geometry tests measure in a rendered page: one script, run once per page and viewport.

Every figure is in CSS pixels, read from Chromium's layout (getBoundingClientRect, getComputedStyle,
getScreenCTM), never from the CSS text. The thresholds the tests hold these figures to are in
test_geometry.py.
"""

from __future__ import annotations

from typing import Any

MEASURE_JS = r"""(limits) => {
// The device's width, as configured: on a phone (is_mobile) Chromium widens the layout viewport,
// and innerWidth with it, to fit content that overflows, which would hide the very overflow sought.
const vw = limits.width, doc = document.documentElement;
const shown = (el) => el.checkVisibility({opacityProperty: true, visibilityProperty: true});
const name = (el) => {
  const cls = [...el.classList].slice(0, 2).map((c) => "." + c).join("");
  const text = (el.innerText || el.textContent || el.getAttribute("aria-label") || "").trim().replace(/\s+/g, " ");
  return `<${el.tagName.toLowerCase()}${cls}> "${text.slice(0, 40)}"`;
};
const box = (r) => ({w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10});
// Visually hidden text for screen readers (1 px boxes) and off-canvas drawers (wholly left or right
// of the viewport) are not something a reader sees.
const seen = (r) => r.width > 1 && r.height > 1 && r.right > 0 && r.left < vw;
// Screen-reader-only text: inside a box of 1 px or less that clips what overflows it.
const srOnly = (el) => {
  for (let a = el; a && a !== document.body; a = a.parentElement) {
    const r = a.getBoundingClientRect();
    if ((r.width <= 1 || r.height <= 1) && /hidden|clip/.test(getComputedStyle(a).overflowX)) return true;
  }
  return false;
};
const scrolls = (el) => {
  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
    if (/auto|scroll|hidden|clip/.test(getComputedStyle(a).overflowX)) return true;
  }
  return false;
};

// 1. Horizontal overflow: the page is not wider than the viewport, and no element reaches past its
//    right edge unless a container of its own scrolls or clips it.
const overflow = [];
for (const el of document.body.querySelectorAll("*")) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.right <= vw + 1 || r.left >= vw || !shown(el) || scrolls(el)) continue;
  if (overflow.some((o) => o.el.contains(el))) continue;
  overflow.push({el, right: Math.round(r.right)});
}

// 2. Tap targets smaller than limits.tap. WCAG 2.5.8 excepts a link inline in a sentence, taken here
//    as: an <a> whose parent block (nearest ancestor not displayed inline or contents) holds text
//    outside any link or button (a label, a sentence) with at least as many letters as the block's
//    links hold. Separators ("·", ",") and counts "(3)" have no letters; a label before a list of
//    links ("Đơn vị trực thuộc: A, B, C…") has fewer letters than its links, so those links count.
const interactive = "a, button, input, select, textarea, summary, label";
const blockOf = (el) => {
  let b = el.parentElement;
  while (b && /^(inline|contents)/.test(getComputedStyle(b).display)) b = b.parentElement;
  return b || document.body;
};
const letters = (s) => (s.match(/\p{L}/gu) || []).length;
const inSentence = (a) => {
  let prose = 0, linked = 0;
  const walk = document.createTreeWalker(blockOf(a), NodeFilter.SHOW_TEXT);
  for (let t = walk.nextNode(); t; t = walk.nextNode()) {
    if (t.parentElement.closest(interactive)) linked += letters(t.data); else prose += letters(t.data);
  }
  return prose > 0 && prose >= linked;
};
const taps = [];
// A <label> whose control is hidden is itself the button (Material's menu button toggles a hidden checkbox).
const isTarget = (el) => el.tagName !== "LABEL" || (el.control && !shown(el.control));
for (const el of document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary, label[for]")) {
  if (!isTarget(el) || !shown(el)) continue;
  let r = el.getBoundingClientRect();
  if (el.matches("input[type=checkbox], input[type=radio]")) {
    for (const l of el.labels || []) { const lr = l.getBoundingClientRect(); if (lr.width * lr.height > r.width * r.height) r = lr; }
  }
  if (!seen(r)) continue;
  if (el.tagName === "A" && inSentence(el)) continue;
  if (r.width < limits.tap - 0.5 || r.height < limits.tap - 0.5) taps.push({what: name(el), ...box(r)});
}

// 3. Visible text rendered smaller than limits.font: font-size times the scale of its SVG coordinate
//    system (an SVG drawn narrower than its viewBox shrinks its text).
const fonts = [];
const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const range = document.createRange();
for (let t = walk.nextNode(); t; t = walk.nextNode()) {
  if (!t.data.trim()) continue;
  const el = t.parentElement;
  if (!el || !shown(el)) continue;
  range.selectNodeContents(t);
  const r = range.getBoundingClientRect();
  if (!seen(r) || srOnly(el)) continue;
  let size = parseFloat(getComputedStyle(el).fontSize);
  if (el instanceof SVGElement && el.getScreenCTM()) {
    const m = el.getScreenCTM();
    size *= Math.hypot(m.a, m.b);
  }
  if (size < limits.font - 0.05 && fonts.length < 200) {
    fonts.push({what: name(el), text: t.data.trim().slice(0, 30), size: Math.round(size * 10) / 10});
  }
}

// 4. Headings and the site name: nothing cut off (text wider than its box, an ellipsis, outside the viewport).
const cut = (el) => [el, ...el.querySelectorAll("*")].filter((e) => shown(e) && e.scrollWidth > e.clientWidth + 1
  && /hidden|clip/.test(getComputedStyle(e).overflowX)).map(name);
const rgb = (c) => (c.match(/[\d.]+/g) || [0, 0, 0, 0]).map(Number);
const background = (el) => {
  for (let a = el; a; a = a.parentElement) { const c = rgb(getComputedStyle(a).backgroundColor); if (c.length < 4 || c[3] > 0) return c; }
  return [255, 255, 255];
};
const lum = (c) => c.slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
  .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
const contrast = (el) => {
  const bg = background(el), fg = rgb(getComputedStyle(el).color), alpha = fg.length > 3 ? fg[3] : 1;
  const mixed = [0, 1, 2].map((i) => fg[i] * alpha + bg[i] * (1 - alpha));
  const [a, b] = [lum(mixed), lum(bg)].sort((x, y) => y - x);
  return Math.round((a + 0.05) / (b + 0.05) * 100) / 100;
};
const h1 = [...document.querySelectorAll("h1")].filter(shown).map((el) => {
  const r = el.getBoundingClientRect();
  return {what: name(el), cut: el.scrollWidth > el.clientWidth + 1 ? [name(el)] : cut(el),
          left: Math.round(r.left), right: Math.round(r.right), contrast: contrast(el)};
});
// The header's title: Material's (.md-header__title around .md-header__topic) or the agency brand
// that replaces it; its hidden parts (the page title Material swaps in on scroll) are skipped.
const topic = document.querySelector(".md-header__title") || document.querySelector(".md-header__topic");
const header = topic ? {what: name(topic), cut: cut(topic)} : null;

// 5. Cards: each list's height and card count, its columns (cards on the first row), and each
//    summary's width as a share of its card's.
const cards = [...document.querySelectorAll(".gs-cards")].filter(shown).map((list) => {
  const items = [...list.querySelectorAll(".gs-card")].filter(shown);
  const top = items.length ? items[0].getBoundingClientRect().top : 0;
  return {
    count: items.length, height: Math.round(list.getBoundingClientRect().height),
    columns: items.filter((c) => Math.abs(c.getBoundingClientRect().top - top) < 2).length,
    tallest: Math.round(Math.max(0, ...items.map((c) => c.getBoundingClientRect().height))),
    summaries: items.map((c) => {
      const s = c.querySelector(".gs-card__summary");
      const ratio = s && shown(s) ? s.getBoundingClientRect().width / c.getBoundingClientRect().width : 0;
      return {what: name(c), ratio: Math.round(ratio * 100) / 100};
    }),
  };
});

// 6. Pagination: its words in reading order (page numbers, "…", "Trang sau"…).
const pagination = [...document.querySelectorAll(".gs-pages")].filter(shown).map((nav) => {
  const words = [], w = document.createTreeWalker(nav, NodeFilter.SHOW_TEXT);
  for (let t = w.nextNode(); t; t = w.nextNode()) { if (t.data.trim() && shown(t.parentElement)) words.push(t.data.trim()); }
  return words;
});

// 7. Share bars: the size of each button or link in each bar.
const share = [...document.querySelectorAll(".gs-share")].filter(shown).map((bar) =>
  [...bar.querySelectorAll("a[href], button")].filter(shown).map((el) => ({what: name(el), ...box(el.getBoundingClientRect())})));

// 8. Placeholders wider than the box they are typed in (measured with the input's own font).
const pen = document.createElement("canvas").getContext("2d");
const placeholders = [...document.querySelectorAll("input[placeholder], textarea[placeholder]")].filter(shown).flatMap((el) => {
  const cs = getComputedStyle(el);
  pen.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  const need = pen.measureText(el.placeholder).width;
  const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
  return need > room + 1 ? [`${name(el)} "${el.placeholder}" needs ${Math.round(need)} px, has ${Math.round(room)}`] : [];
});
const body = document.querySelector(".gs-body");
const bodyTop = body && shown(body) ? body.getBoundingClientRect().top : null;
const shareTops = [...document.querySelectorAll(".gs-share")].filter(shown).map((b) => b.getBoundingClientRect().top);

return {viewport: vw, placeholders, bodyTop, shareTops, scrollWidth: doc.scrollWidth, overflow: overflow.map((o) => `${name(o.el)} right=${o.right}`),
        taps, fonts, h1, header, cards, pagination, share};
}"""


def measure(page: Any, tap: float, font: float) -> dict[str, Any]:
    """The figures of the page loaded in ``page`` (a Playwright page, settled by sitepages.open_page).

    Only tap targets smaller than ``tap`` and text smaller than ``font`` (CSS px) are listed.
    """
    width = page.viewport_size["width"]
    return dict(page.evaluate(MEASURE_JS, {"tap": tap, "font": font, "width": width}))
