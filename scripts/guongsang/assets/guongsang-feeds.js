// Feed links without a sitemap.xml request on every page.
//
// Material's bundle, when the page is ready (DOMContentLoaded), fetches "sitemap.xml" beside the
// address of every <link rel="alternate"> in the page: that is for its language switcher, which
// expects each alternate to be the same site in another language (upstream: zensical/zensical#908).
// Our alternates are the page's feeds (RSS, Atom, JSON Feed): three requests for a site map of
// hundreds of KB, or for a file that does not exist beside a section's feeds. This script runs
// before that moment: it renames the feed links' rel so Material's query does not see them, then
// restores it right after Material's handler (listeners run in the order they were added, and
// Material's was added when its bundle ran, before this file). Feed readers read the HTML as sent,
// which is unchanged; browser extensions that look later find the links as they were.
(function () {
  var links = document.querySelectorAll('link[rel="alternate"]:not([hreflang])');
  if (!links.length || document.readyState !== "loading") return;
  for (var i = 0; i < links.length; i++) links[i].setAttribute("rel", "gs-alternate");
  document.addEventListener("DOMContentLoaded", function () {
    for (var i = 0; i < links.length; i++) links[i].setAttribute("rel", "alternate");
  }, { once: true });
})();
