"""The Zalo Official Account article API, spoken over one plain HTTP(S) connection per call.

Zalo's article API answers HTTP 200 even when it refuses: ``{"error": <non-zero>, "message": …}``
is a failure. ``POST /v2.0/article/create`` returns a processing token; ``POST /v2.0/article/verify``
with that token returns the article id once Zalo has accepted it; ``GET /v2.0/article/getslice``
lists the OA's own articles, newest first, at most 10 per call.

Why http.client and not urllib: urllib follows redirects, and a redirect carries the ``access_token``
header to whatever host the reply names. Here every request goes to the configured host only, a 3xx is
an error, and a reply is read with a size cap. Every odd reply becomes a :class:`ZaloError` whose
Vietnamese message names what was wrong; ``sent`` tells whether the request may have reached Zalo.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import re
import socket
import ssl
import time
import unicodedata
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode, urlsplit
from urllib.request import getproxies, proxy_bypass

from guongsang.core.diskerrors import why

DEFAULT_API = "https://openapi.zalo.me"
TOKEN_ENV = "ZALO_OA_ACCESS_TOKEN"
API_ENV = "GUONGSANG_ZALO_API"
MAX_REPLY = 1024 * 1024  # Zalo's replies are a few KB; anything bigger is not an answer we can use
PAGE = 10  # getslice returns at most 10 articles per call


class ZaloError(Exception):
    """A refused or failed call; the message is Vietnamese.

    ``sent`` is False only when the request certainly never reached the API (no connection);
    ``refused`` is True when the API answered clearly with a non-zero error code.
    """

    def __init__(self, message: str, *, sent: bool = True, refused: bool = False) -> None:
        super().__init__(message)
        self.sent, self.refused = sent, refused


def check_api_url(api: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path prefix) of the API base; plain http only to this machine (tests, local proxies)."""
    try:
        parts = urlsplit(api)
        host, port = parts.hostname or "", parts.port
    except ValueError:
        raise ZaloError(f"Địa chỉ API Zalo không hợp lệ: «{clean(api)}».", sent=False) from None
    if parts.scheme not in ("http", "https") or not host or parts.username or parts.query or parts.fragment \
            or not re.fullmatch(r"(/[A-Za-z0-9._~-]+)*/?", parts.path) or not re.fullmatch(r"[A-Za-z0-9.:-]+", host):
        raise ZaloError(f"Địa chỉ API Zalo phải có dạng https://máy-chủ[:cổng][/đường-dẫn], nhận được «{clean(api)}».",
                        sent=False)
    if parts.scheme == "http" and not _loopback(host):
        raise ZaloError(f"Địa chỉ API Zalo phải dùng https (mã truy cập không được gửi không mã hoá): «{clean(api)}».",
                        sent=False)
    return parts.scheme, host, port or (443 if parts.scheme == "https" else 80), parts.path.rstrip("/")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def network_reason(exc: BaseException) -> str:
    """Why a connection failed, in Vietnamese (the operating system's and OpenSSL's own texts are English)."""
    if isinstance(exc, socket.gaierror):
        return "không tìm thấy tên máy chủ (kiểm tra địa chỉ API và mạng)"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return "chứng chỉ TLS của máy chủ không hợp lệ"
    if isinstance(exc, ssl.SSLError):
        return "lỗi TLS khi mở kết nối an toàn"
    if isinstance(exc, ConnectionRefusedError):
        return "máy chủ từ chối kết nối"
    if isinstance(exc, ConnectionResetError | BrokenPipeError | http.client.RemoteDisconnected):
        return "máy chủ đóng kết nối"
    if isinstance(exc, TimeoutError):
        return "hết thời gian chờ"
    if isinstance(exc, OSError) and exc.errno:
        return why(exc)
    return "lỗi mạng hoặc trả lời không đúng giao thức HTTP"


def clean(text: object, limit: int = 200) -> str:
    """A value from the network, safe to show in a terminal: no control characters, at most ``limit`` characters."""
    text = str(text)
    shown = "".join(c if unicodedata.category(c)[0] != "C" else "?" for c in text[:limit])
    return shown + ("…" if len(text) > limit else "")


class Client:
    def __init__(self, api: str, token: str, timeout: float = 30, verify_tries: int = 5,
                 wait: Callable[[float], None] = time.sleep) -> None:
        self.scheme, self.host, self.port, self.prefix = check_api_url(api)
        self.api = api.rstrip("/")
        self.token, self.timeout = token, timeout
        self.verify_tries, self.wait = verify_tries, wait

    def _connection(self) -> http.client.HTTPConnection:
        if self.scheme == "http":  # this machine only (check_api_url): never through a proxy
            return http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        proxy = getproxies().get("https")
        if not proxy or proxy_bypass(self.host):
            return http.client.HTTPSConnection(self.host, self.port, timeout=self.timeout,
                                               context=ssl.create_default_context())
        # Through an https_proxy: a CONNECT tunnel, so the proxy sees the host name, never the token.
        parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        conn = http.client.HTTPSConnection(parts.hostname or "", parts.port or 3128, timeout=self.timeout,
                                           context=ssl.create_default_context())
        conn.set_tunnel(self.host, self.port)
        return conn

    def _exchange(self, method: str, path: str, body: bytes | None) -> tuple[int, str, bytes]:
        """(status, location, body) of one request to the configured host; never follows a redirect."""
        conn: http.client.HTTPConnection | None = None
        try:
            try:
                conn = self._connection()
                conn.connect()
            except (OSError, ValueError, http.client.HTTPException) as exc:
                raise ZaloError(f"Không kết nối được tới {self.api}: {network_reason(exc)}.", sent=False) from None
            headers = {"access_token": self.token, "Accept": "application/json"}
            if body is not None:
                headers["Content-Type"] = "application/json"
            try:
                conn.request(method, self.prefix + path, body=body, headers=headers)
                response = conn.getresponse()
                data = response.read(MAX_REPLY + 1)
            except TimeoutError:
                raise ZaloError(f"Zalo không trả lời {path} trong {self.timeout:g} giây (hết thời gian chờ).") from None
            except (OSError, http.client.HTTPException) as exc:
                raise ZaloError(f"Kết nối tới {self.api} bị ngắt khi chờ trả lời {path}: {network_reason(exc)}.") from None
            return response.status, response.getheader("Location") or "", data
        finally:
            if conn is not None:
                conn.close()

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        """The reply object of a call that succeeded (``error`` is 0); ZaloError for anything else."""
        payload = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        status, location, data = self._exchange(method, path, payload)
        if 300 <= status < 400:
            raise ZaloError(f"API Zalo trả lời {path} bằng một chuyển hướng (HTTP {status} tới «{clean(location)}»); "
                            "không đi theo để mã truy cập chỉ gửi tới máy chủ đã cấu hình. Kiểm tra địa chỉ API.")
        if status != 200:
            raise ZaloError(f"Zalo trả lỗi HTTP {status} cho {path}.")
        if len(data) > MAX_REPLY:
            raise ZaloError(f"Zalo trả về nội dung quá lớn cho {path} (hơn {MAX_REPLY // 1024} KB).")
        if not data.strip():
            raise ZaloError(f"Zalo trả về nội dung rỗng cho {path}.")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ZaloError(f"Zalo trả về nội dung không phải UTF-8 cho {path} (byte lạ ở vị trí {exc.start}).") from None
        try:
            reply = json.loads(text)
        except (ValueError, RecursionError):
            raise ZaloError(f"Zalo trả về nội dung không phải JSON cho {path}: «{clean(text, 80)}».") from None
        if not isinstance(reply, dict):
            raise ZaloError(f"Zalo trả về JSON không phải đối tượng cho {path} ({_kind(reply)}).")
        error = reply.get("error")
        if type(error) is not int:
            raise ZaloError(f"Trả lời của Zalo cho {path} thiếu mã lỗi số «error» (nhận được {_kind(error)}).")
        if error != 0:
            raise ZaloError(f"Zalo từ chối {path}: mã lỗi {error}, «{clean(reply.get('message'))}».", refused=True)
        return reply

    def _data(self, reply: dict[str, Any], path: str, key: str) -> str:
        """``reply["data"][key]`` as a non-empty string (Zalo ids and tokens may come as numbers)."""
        data = reply.get("data")
        if not isinstance(data, dict):
            raise ZaloError(f"Trả lời của Zalo cho {path}: «data» phải là đối tượng, nhận được {_kind(data)}.")
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, (str, int)) or not str(value).strip():
            raise ZaloError(f"Trả lời của Zalo cho {path}: thiếu «data.{key}» (nhận được {_kind(value)}).")
        return clean(str(value).strip())

    def create(self, article: dict[str, Any]) -> str:
        """The processing token of a newly created article."""
        path = "/v2.0/article/create"
        return self._data(self.call("POST", path, article), path, "token")

    def verify(self, token: str) -> str | None:
        """The article id, or None if Zalo is still processing it after every try."""
        path = "/v2.0/article/verify"
        for attempt in range(self.verify_tries):
            try:
                return self._data(self.call("POST", path, {"token": token}), path, "id")
            except ZaloError:
                if attempt == self.verify_tries - 1:
                    raise
            self.wait(min(2 ** attempt, 30))
        return None

    def list_articles(self, offset: int) -> list[tuple[str, str]]:
        """(id, title) of up to PAGE of the OA's normal articles from ``offset``, newest first."""
        path = "/v2.0/article/getslice"
        reply = self.call("GET", f"{path}?{urlencode({'offset': offset, 'limit': PAGE, 'type': 'normal'})}")
        data = reply.get("data")
        medias = data.get("medias") if isinstance(data, dict) else None
        if not isinstance(medias, list):
            shown = _kind(data) if not isinstance(data, dict) else _kind(medias)
            raise ZaloError(f"Trả lời của Zalo cho {path}: «data.medias» phải là danh sách, nhận được {shown}.")
        found = []
        for item in medias:
            if not isinstance(item, dict) or isinstance(item.get("id"), bool) \
                    or not isinstance(item.get("id"), (str, int)) or not isinstance(item.get("title"), str):
                raise ZaloError(f"Trả lời của Zalo cho {path}: một bài trong «data.medias» thiếu «id» hoặc «title».")
            found.append((str(item["id"]), item["title"]))
        return found


def _kind(value: object) -> str:
    """How a JSON value looks, in Vietnamese, for messages."""
    if value is None:
        return "null / không có"
    if isinstance(value, bool):
        return "giá trị đúng/sai"
    if isinstance(value, str):
        return f"chuỗi «{clean(value, 60)}»"
    if isinstance(value, (int, float)):
        return f"số {value}"
    if isinstance(value, list):
        return "một danh sách"
    return "một đối tượng"
