"""What a file is, judged from its bytes rather than its name."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

# Kinds returned by sniff(); pipeline.ingest maps each one to a reader or an error.
PDF = "pdf"
DOCX = "docx"
ODT = "odt"
RTF = "rtf"
LEGACY_DOC = "doc"  # OLE2 compound file: Word 97-2003
ENCRYPTED_OOXML = "encrypted_ooxml"  # OLE2 holding an EncryptedPackage stream
ENCRYPTED_DOC = "encrypted_doc"  # Word 97-2003 whose File Information Block says it is encrypted
OTHER_OOXML = "other_ooxml"  # .xlsx, .pptx and the like
ZIP = "zip"  # some other zip archive
BROKEN_ZIP = "broken_zip"
HTML = "html"
IMAGE = "image"
TEXT = "text"
UNKNOWN = "unknown"

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGICS = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",  # TIFF little-endian
    b"MM\x00*",  # TIFF big-endian
    b"BM",  # BMP
)
_HEAD_BYTES = 4096


def sniff(path: Path) -> str:
    """Return the kind of file at ``path`` from its first bytes (and, for zips, its directory)."""
    with open(path, "rb") as f:
        head = f.read(_HEAD_BYTES)
    if head.startswith(OLE2_MAGIC):
        return _sniff_ole2(path)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(path)
    if head.startswith(_IMAGE_MAGICS) or _is_riff_image(head) or _is_heic(head):
        return IMAGE
    if b"%PDF" in head[:1024]:
        return PDF
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(b"{\\rtf"):
        return RTF
    if stripped.startswith((b"<!doctype html", b"<html")) or b"<html" in stripped[:1024]:
        return HTML
    if _looks_like_text(head):
        return TEXT
    return UNKNOWN


def _is_riff_image(head: bytes) -> bool:
    return head.startswith(b"RIFF") and head[8:12] == b"WEBP"


def _is_heic(head: bytes) -> bool:
    return head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"avif")


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the read boundary is still text.
        if exc.start < len(head) - 4:
            return False
    return True


def _sniff_ole2(path: Path) -> str:
    # The stream name lives in the compound file's directory as UTF-16LE; an encrypted
    # .docx is an OLE2 container with an "EncryptedPackage" stream instead of a zip.
    data = path.read_bytes()[: 4 * 1024 * 1024]
    if "EncryptedPackage".encode("utf-16-le") in data:
        return ENCRYPTED_OOXML
    if _word_document_encrypted(data):
        return ENCRYPTED_DOC
    return LEGACY_DOC


def _word_document_encrypted(data: bytes) -> bool:
    """Whether a Word 97-2003 file says it is password-protected ([MS-DOC] FIB, ``fEncrypted``).

    Reads the compound file's first directory sector for the "WordDocument" stream, then the
    flags word at offset 0x0A of that stream's first sector; anything unexpected reads as "no",
    and the file goes on to conversion as before.
    """
    try:
        sector = 1 << struct.unpack_from("<H", data, 0x1E)[0]
        if sector not in (512, 4096):
            return False
        directory = (struct.unpack_from("<I", data, 0x30)[0] + 1) * sector
        for entry in range(directory, min(directory + sector, len(data) - 127), 128):
            length = struct.unpack_from("<H", data, entry + 0x40)[0]
            if data[entry : entry + max(length - 2, 0)].decode("utf-16-le", "replace") != "WordDocument":
                continue
            fib = (struct.unpack_from("<I", data, entry + 0x74)[0] + 1) * sector
            ident, = struct.unpack_from("<H", data, fib)
            flags, = struct.unpack_from("<H", data, fib + 0x0A)
            return ident == 0xA5EC and bool(flags & 0x0100)
    except struct.error:
        return False
    return False


def _sniff_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mimetype = zf.read("mimetype")[:100]
                if b"opendocument.text" in mimetype:
                    return ODT
            if "[Content_Types].xml" in names:
                content_types = zf.read("[Content_Types].xml")
                if b"wordprocessingml" in content_types or "word/document.xml" in names:
                    return DOCX
                return OTHER_OOXML
            if "word/document.xml" in names:
                return DOCX
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, KeyError):
        return BROKEN_ZIP
    return ZIP
