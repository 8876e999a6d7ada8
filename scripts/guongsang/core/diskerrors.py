"""Disk errors told in Vietnamese (the operating system's own text is English)."""

from __future__ import annotations

import errno

_REASONS = {
    errno.ENOENT: "thư mục không tồn tại hoặc không tạo được ở đó",
    errno.EACCES: "không có quyền truy cập",
    errno.EPERM: "không có quyền truy cập",
    errno.ENOSPC: "đĩa đã đầy",
    errno.EDQUOT: "đã hết hạn mức dung lượng được cấp",
    errno.EFBIG: "tệp vượt quá kích thước tối đa được phép ghi",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.EXDEV: "thư mục tạm và thư mục site ở hai ổ đĩa khác nhau",
    errno.EIO: "lỗi đọc ghi của ổ đĩa",
    errno.ENOTDIR: "một phần của đường dẫn không phải thư mục",
    errno.EISDIR: "đó là một thư mục, không phải tệp",
    errno.ELOOP: "đường dẫn có vòng lặp liên kết tượng trưng",
    errno.EBUSY: "thư mục đang được dùng (có thể là điểm gắn ổ đĩa)",
    errno.ENAMETOOLONG: "tên tệp quá dài",
    errno.EMFILE: "mở quá nhiều tệp cùng lúc",
}


def why(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0, f"lỗi ổ đĩa (mã {exc.errno})")


# errors of the disk or of access, never of a file's content (Pillow's decode errors carry no errno)
DISK_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EACCES, errno.EPERM, errno.EROFS})
