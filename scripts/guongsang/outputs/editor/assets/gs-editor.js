/* Guongsang's additions to Decap CMS, loaded right after decap-cms.js and before it starts:
 * - the trial backend made able to open the project's own profiles (see trial.py);
 * - the Vietnamese phrases Decap's own "vi" locale lacks (it falls back to English for them);
 * - the preview of a profile laid out as the portal's profile page (gs/profile.html), styled by the
 *   portal's own stylesheets, listed by the build in preview-styles.json so their hashed names never go stale.
 */
(function () {
  "use strict";
  var CMS = window.CMS;
  var h = window.h;
  if (!CMS || !h) return;

  var VI = {
    auth: { loginWithAzure: "Đăng nhập bằng Azure", loginWithForgejo: "Đăng nhập bằng Forgejo" },
    collection: {
      collectionTop: { viewAsList: "Xem dạng danh sách", viewAsGrid: "Xem dạng lưới", groupBy: "Nhóm theo" },
      entries: { unpublishedHeader: "Bài chưa đăng" },
      groups: { other: "Khác", negateLabel: "Không phải %{label}" }
    },
    editor: {
      editorControl: { field: { widgetLabel: "ô %{widgetLabel}" } },
      editorControlPane: { i18n: {
        writingInLocale: "Đang viết bằng %{locale}",
        copyFromLocale: "Điền từ ngôn ngữ khác",
        copyFromLocaleConfirm: "Điền dữ liệu từ ngôn ngữ %{locale}?\nMọi nội dung hiện có sẽ bị ghi đè."
      } },
      editorInterface: {
        toggleI18n: "Bật/tắt đa ngôn ngữ", togglePreview: "Bật/tắt xem trước",
        toggleScrollSync: "Cuộn đồng thời", toggleNotes: "Bật/tắt ghi chú"
      },
      editorNotesPane: {
        title: "Ghi chú", emptyState: "Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới để trao đổi.",
        addNote: "Thêm ghi chú", addPlaceholder: "Thêm ghi chú…", editPlaceholder: "Sửa ghi chú…",
        save: "Lưu", cancel: "Hủy", edit: "Sửa", delete: "Xóa", resolve: "Đánh dấu đã xong",
        unresolve: "Mở lại", confirmDelete: "Xóa ghi chú này?",
        shortcut: "Mẹo: nhấn Ctrl+Enter để thêm ghi chú nhanh"
      },
      editorToolbar: {
        statusInfoTooltipDraft: "Bài đang là bản nháp. Để gửi duyệt, chuyển trạng thái sang «Đang duyệt».",
        statusInfoTooltipInReview: "Bài đang được duyệt, không cần làm gì thêm; vẫn có thể sửa trong lúc chờ."
      },
      editorWidgets: {
        markdown: {
          bold: "In đậm", italic: "In nghiêng", strikethrough: "Gạch ngang", code: "Mã", link: "Liên kết",
          linkPrompt: "Nhập địa chỉ của liên kết", headings: "Tiêu đề", quote: "Trích dẫn",
          bulletedList: "Danh sách gạch đầu dòng", numberedList: "Danh sách đánh số",
          addComponent: "Thêm thành phần",
          toggleMode: { rich: "Chuyển sang chế độ soạn thảo trực quan", markdown: "Chuyển sang chế độ Markdown" }
        },
        image: {
          chooseMultiple: "Chọn hình", chooseUrl: "Chèn từ địa chỉ web", replaceUrl: "Thay bằng địa chỉ web",
          promptUrl: "Nhập địa chỉ của hình", addMore: "Thêm hình", removeAll: "Gỡ mọi hình"
        },
        file: {
          chooseUrl: "Chèn từ địa chỉ web", chooseMultiple: "Chọn tệp", replaceUrl: "Thay bằng địa chỉ web",
          promptUrl: "Nhập địa chỉ của tệp", addMore: "Thêm tệp", removeAll: "Gỡ mọi tệp"
        },
        datetime: { setToNow: "Đặt %{fieldLabel} là bây giờ" },
        list: { add: "Thêm %{item}", addType: "Thêm %{item}" },
        object: { expand: "Mở rộng", collapse: "Thu gọn" }
      }
    },
    mediaLibrary: {
      mediaLibraryCard: { copy: "Sao chép", copyUrl: "Sao chép địa chỉ", copyPath: "Sao chép đường dẫn",
                          copyName: "Sao chép tên", copied: "Đã chép" },
      mediaLibraryModal: { close: "Đóng" }
    },
    ui: {
      settingsDropdown: { account: "Tài khoản" },
      toast: {
        noteAdded: "Đã thêm ghi chú", onFailToAddNote: "Không thêm được ghi chú: %{details}",
        noteUpdated: "Đã sửa ghi chú", onFailToUpdateNote: "Không sửa được ghi chú: %{details}",
        noteDeleted: "Đã xóa ghi chú", onFailToDeleteNote: "Không xóa được ghi chú: %{details}",
        noteResolved: "Đã đánh dấu ghi chú là xong", noteReopened: "Đã mở lại ghi chú",
        onFailToToggleNote: "Không đổi được trạng thái ghi chú: %{details}"
      }
    }
  };

  function merge(base, extra) {
    var out = {};
    Object.keys(base || {}).forEach(function (k) { out[k] = base[k]; });
    Object.keys(extra).forEach(function (k) {
      var v = extra[k];
      out[k] = v && typeof v === "object" ? merge(out[k], v) : v;
    });
    return out;
  }
  CMS.registerLocale("vi", merge(CMS.getLocale("vi"), VI));

  // The trial backend (test-repo) lists every file under the media folder as a photo, profiles too;
  // with the project's profiles in its repository (trial-repo.js) that breaks opening one of them.
  var trial = CMS.getBackend("test-repo");
  if (trial && window.repoFiles) {
    var proto = Object.getPrototypeOf(trial.init({ media_folder: "" }, {}));
    proto.getMedia = function (mediaFolder) {
      var folder = mediaFolder === undefined ? this.mediaFolder : mediaFolder;
      var found = [];
      (function walk(node) {
        Object.keys(node || {}).forEach(function (key) {
          var leaf = node[key];
          if (leaf && leaf.content !== undefined) {
            if (typeof leaf.content === "object" && leaf.content.fileObj && String(leaf.path).indexOf(folder) === 0) found.push(leaf.content);
          } else walk(leaf);
        });
      })(window.repoFiles);
      return Promise.resolve(found.map(this.normalizeAsset, this));
    };
  }

  // The portal's stylesheets, as its home page links them: the build lists them in preview-styles.json
  // (paths from the site's root), served beside this file on the portal and on an editor origin of its own.
  var root = new URL("../", document.baseURI).href;
  fetch("preview-styles.json", { credentials: "same-origin" }).then(function (r) { return r.ok ? r.json() : []; })
    .then(function (paths) {
      (Array.isArray(paths) ? paths : []).forEach(function (path) {
        if (typeof path === "string") CMS.registerPreviewStyle(new URL(path, root).href);
      });
    }).catch(function () { /* no list: an unstyled preview */ });

  function optionLabel(collection, name, value) {
    var field = collection.get("fields").find(function (f) { return f.get("name") === name; });
    var options = field && field.get("options");
    var option = options && options.find(function (o) { return o.get("value") === value; });
    return option ? option.get("label") : value;
  }

  var FACTS = [["sector", "Lĩnh vực"], ["award_level", "Cấp khen thưởng"], ["kind", "Loại điển hình"],
               ["campaign", "Phong trào"], ["year", "Năm khen thưởng"]];

  var ProfilePreview = window.createClass({
    render: function () {
      var props = this.props;
      var data = props.entry.get("data");
      var get = function (k) { var v = data.get(k); return v === undefined || v === null ? "" : v; };
      var label = function (k) { return optionLabel(props.collection, k, get(k)); };
      var facts = [h("div", { key: "unit" }, h("dt", null, "Đơn vị"), h("dd", null, label("unit")))];
      FACTS.forEach(function (f) {
        if (get(f[0]) !== "") facts.push(h("div", { key: f[0] }, h("dt", null, f[1]), h("dd", null, String(label(f[0])))));
      });
      var photo = get("photo") ? props.getAsset(get("photo")) : null;
      var award = get("award") ? label("award") : "";
      return h("div", { className: "md-container gs-preview" },
        h("main", { className: "md-main" }, h("div", { className: "md-main__inner md-grid" },
          h("div", { className: "md-content" }, h("article", { className: "md-content__inner md-typeset" },
            h("article", { className: "gs-profile" },
              h("header", { className: "gs-profile__head" },
                photo ? h("picture", null, h("img", { className: "gs-profile__photo", src: photo.toString(), alt: get("photo_alt") })) : null,
                h("div", { className: "gs-profile__intro" },
                  h("h1", null, get("title")),
                  award ? h("p", { className: "gs-profile__award" }, award, get("decision") ? " " : null,
                    get("decision") ? h("span", { className: "gs-profile__decision" }, "(Quyết định số " + get("decision") + ")") : null) : null,
                  h("dl", { className: "gs-facts" }, facts))),
              h("p", { className: "gs-summary" }, get("summary")),
              h("div", { className: "gs-body" }, props.widgetFor("body"))))))));
    }
  });
  var collection = document.querySelector('meta[name="gs-collection"]');
  if (collection) CMS.registerPreviewTemplate(collection.getAttribute("content"), ProfilePreview);
})();
