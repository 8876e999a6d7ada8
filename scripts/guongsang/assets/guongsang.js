// Share buttons without any third-party script: the phone's share sheet (Zalo, Facebook, …)
// where the browser has one, otherwise copy the link. The link shared is clean: the page's
// canonical address when it has one, without tracking parameters (fbclid, zarsrc, utm_*…) or fragment.
(function () {
  var TRACKING = /^(utm_|zar|zl_|_zl|fbclid$|gclid$|gbraid$|wbraid$|dclid$|msclkid$|yclid$|igshid$|mibextid$|mc_eid$|_ga$|_gl$)/i;

  function cleanUrl() {
    var canonical = document.querySelector('link[rel="canonical"]');
    var url;
    try {
      url = new URL(canonical && canonical.href ? canonical.href : window.location.href);
    } catch (e) {
      url = new URL(window.location.href);
    }
    var kept = [];
    url.searchParams.forEach(function (value, name) {
      if (!TRACKING.test(name)) { kept.push([name, value]); }
    });
    url.search = kept.length ? "?" + new URLSearchParams(kept).toString() : "";
    url.hash = "";
    return url.href;
  }

  function say(button, text) {
    var bar = button.closest(".gs-share");
    var status = bar && bar.querySelector(".gs-share__status");
    if (status) { status.textContent = text; }
  }

  function fallbackCopy(text) {
    // Older browsers and pages not served over HTTPS have no Clipboard API.
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (e) { done = false; }
    document.body.removeChild(area);
    return done;
  }

  function copy(button) {
    var url = cleanUrl();
    var ok = "Đã sao chép liên kết. Hãy dán vào Zalo hoặc Facebook.";
    var manual = "Chưa sao chép được; hãy chép liên kết này: " + url;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(function () { say(button, ok); },
        function () { say(button, fallbackCopy(url) ? ok : manual); });
    } else {
      say(button, fallbackCopy(url) ? ok : manual);
    }
  }

  document.addEventListener("click", function (event) {
    var share = event.target.closest("[data-gs-share]");
    if (share) {
      if (navigator.share) {
        navigator.share({ title: share.getAttribute("data-title") || document.title, url: cleanUrl() })
          .catch(function () {});
      } else {
        copy(share);
      }
      return;
    }
    var button = event.target.closest("[data-gs-copy]");
    if (button) { copy(button); }
  });
})();
