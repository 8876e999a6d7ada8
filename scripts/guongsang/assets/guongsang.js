// Share buttons without any third-party script: the phone's share sheet (Zalo, Facebook, …)
// where the browser has one, otherwise copy the link.
(function () {
  function say(button, text) {
    var status = button.parentNode.querySelector(".gs-share__status");
    if (status) { status.textContent = text; }
  }
  function copy(button) {
    var url = window.location.href;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(function () {
        say(button, "Đã sao chép liên kết. Hãy dán vào Zalo hoặc Facebook.");
      }, function () { say(button, url); });
    } else {
      say(button, url);
    }
  }
  document.addEventListener("click", function (event) {
    var share = event.target.closest("[data-gs-share]");
    if (share) {
      if (navigator.share) {
        navigator.share({ title: share.getAttribute("data-title") || document.title, url: window.location.href })
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
