"""The in-page probe: reads (never changes) the DOM using the selectors of web_page.json."""

# ruff: noqa: E501 - JavaScript source, kept readable rather than wrapped

from __future__ import annotations

PROBE_JS = r"""
(args) => {
  const P = args.parts;
  const all = (root, name) => {
    for (const s of P[name].selectors) {
      try { const list = root.querySelectorAll(s); if (list.length) return [Array.from(list), s]; }
      catch (e) { /* a selector this browser cannot parse counts as no match */ }
    }
    return [[], null];
  };
  const one = (root, name) => { const [list, s] = all(root, name); return [list[0] || null, s]; };
  const textOf = el => (el && (el.innerText || el.textContent) || "").replace(/[\u00a0\u202f]/g, " ");
  const hasText = (el, name) => { const t = textOf(el); return P[name].texts.some(x => t.includes(x)); };
  const attr = (el, name) => el ? el.getAttribute(P[name].attribute) : null;
  const plain = node => {
    let out = "";
    for (const c of node.childNodes) {
      if (c.nodeType === 3) out += c.data;
      else if (c.nodeType === 1) {
        if (c.tagName === "IMG") out += c.getAttribute("data-plain-text") || c.getAttribute("alt") || "";
        else if (c.tagName === "BR") out += "\n";
        else out += plain(c);
      }
    }
    return out.replace(/[\u00a0\u202f]/g, " ");
  };
  const root = document;
  const app = one(root, "app")[0];
  const out = { url: location.href, check: {}, chats: null, open: null };
  for (const name of args.check) out.check[name] = all(root, name)[1];
  const body = document.body;
  out.unsupported = !!body && hasText(body, "unsupported");
  const [qr] = one(root, "qr");
  const qrHolder = qr ? (qr.hasAttribute("data-ref") ? qr : qr.closest("[data-ref]")) : null;
  out.qr = qrHolder ? qrHolder.getAttribute("data-ref") : null;
  out.qr_expired = !!(qrHolder && one(qrHolder.parentElement || qrHolder, "qr_reload")[0]);
  const [code] = one(root, "pairing_code");
  out.pairing_code = null;
  if (code) {
    const t = textOf(code).trim();
    if (new RegExp(P.pairing_code.pattern).test(t)) out.pairing_code = t;
  }
  out.loading = !!one(root, "loading")[0] || (!!app && hasText(app, "loading") && !one(root, "logged_in")[0]);
  out.logged_in = !!one(root, "logged_in")[0];
  const dialogs = all(root, "takeover")[0];
  out.takeover = dialogs.some(d => hasText(d, "takeover"));
  out.phone_offline = !!one(root, "phone_offline")[0];
  if (args.chats && out.logged_in) {
    const [rows] = all(root, "chat_row");
    const badgeRe = new RegExp(P.unread_badge.pattern);
    out.chats = rows.map(row => {
      const [title] = one(row, "chat_title");
      const [time] = one(row, "chat_time");
      const [preview] = one(row, "chat_preview");
      const badges = all(row, "unread_badge")[0].filter(b => badgeRe.test(textOf(b).trim()));
      const m = /translateY\((-?[\d.]+)px\)/.exec(row.getAttribute("style") || "");
      return {
        title: title ? (attr(title, "chat_title") || textOf(title)) : null,
        time: time ? textOf(time).trim() : null,
        preview: preview ? (attr(preview, "chat_preview") || textOf(preview)) : null,
        unread: badges.length ? parseInt(textOf(badges[0]).trim(), 10) : 0,
        selected: row.getAttribute("aria-selected") === "true",
        y: m ? parseFloat(m[1]) : null,
      };
    });
  }
  const [main] = one(root, "conversation");
  if (args.messages && main) {
    const [titleEl] = one(root, "conversation_title");
    const [rows] = all(root, "message_row");
    const dividers = all(root, "date_divider")[0].filter(d => !d.closest("[data-id]") && !d.closest("[role=row]"));
    const sequence = [...rows.map(r => [r, false]), ...dividers.map(d => [d, true])];
    sequence.sort((a, b) => a[0].compareDocumentPosition(b[0]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
    const quoteSel = P.quote.selectors.join(",");
    const timeRe = new RegExp(P.meta_time.pattern);
    const labels = [];  // every divider so far: "N unread messages" ones are skipped later
    const items = [];
    for (const [el, isDivider] of sequence) {
      if (isDivider) { labels.push(textOf(el).trim()); continue; }
      const idEl = el.hasAttribute("data-id") ? el : one(el, "message_id")[0];
      const id = idEl ? attr(idEl, "message_id") : null;
      const isOut = !!one(el, "message_out")[0] || el.matches(P.message_out.selectors.join(","));
      const isIn = !!one(el, "message_in")[0] || el.matches(P.message_in.selectors.join(","));
      const [preEl] = one(el, "pre_plain_text");
      const quotes = Array.from(el.querySelectorAll(quoteSel)).map(q => q.closest("[role=button]") || q);
      const inQuote = n => quotes.some(q => q.contains(n));
      const texts = all(el, "message_text")[0].filter(t => !inQuote(t));
      const top = texts.filter(t => !texts.some(o => o !== t && o.contains(t)));
      const spans = Array.from(el.querySelectorAll("span")).filter(s => !inQuote(s) && !top.some(t => t.contains(s)));
      const times = spans.filter(s => timeRe.test(textOf(s).trim()) && s.childElementCount === 0);
      items.push({
        id, out: isOut, in: isIn, system: !isOut && !isIn,
        pre: preEl ? attr(preEl, "pre_plain_text").replace(/[\u00a0\u202f]/g, " ") : null,
        text: top.length ? top.map(plain).join("\n") : null,
        quote: quotes.length > 0,
        media: all(el, "media")[0].some(m => !inQuote(m)),
        deleted: !!one(el, "deleted")[0] || spans.some(s => P.deleted.texts.includes(textOf(s).trim())),
        edited: spans.some(s => P.edited.texts.includes(textOf(s).trim())),
        time: times.length ? textOf(times[times.length - 1]).trim() : null,
        dividers: labels.slice(-3),
      });
    }
    out.open = { title: titleEl ? (attr(titleEl, "conversation_title") || textOf(titleEl)).trim() : null, rows: items };
  }
  return out;
}
"""

GUARD_JS = r"""
([el, forbidden]) => {
  // The element must not be, contain or sit inside the compose/send area, and the point the
  // mouse will hit must belong to it: a click can never land on the compose box.
  const bad = n => !!n && forbidden.some(s => { try { return n.closest(s) || n.querySelector(s); } catch (e) { return true; } });
  if (bad(el)) return false;
  const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  if (!hit || !(el === hit || el.contains(hit))) return false;
  return !forbidden.some(s => { try { return hit.closest(s); } catch (e) { return true; } });
}
"""

QUIET_JS = r"""
(() => {
  // Report the page as hidden and unfocused: WhatsApp Web then sends no read receipts for
  // messages arriving in the open chat and no 'available' presence (docs §6; wa-js
  // setKeepAlive does the opposite to stay online).
  const hidden = { configurable: true, get: () => true };
  Object.defineProperty(Document.prototype, "hidden", hidden);
  Object.defineProperty(Document.prototype, "visibilityState", { configurable: true, get: () => "hidden" });
  Object.defineProperty(Document.prototype, "webkitVisibilityState", { configurable: true, get: () => "hidden" });
  Document.prototype.hasFocus = function () { return false; };
  for (const type of ["focus", "visibilitychange", "pageshow"]) {
    window.addEventListener(type, e => e.stopImmediatePropagation(), true);
  }
})();
"""
