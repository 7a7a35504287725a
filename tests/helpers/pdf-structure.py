"""A PDF's structure tree as JSON, read with pikepdf (Debian's python3-pikepdf): what a screen
reader walks. Prints {"lang", "displayTitle", "title", "marked", "tree", "artifacts"} where tree is
the StructTreeRoot's elements as {"type", "text", "attributes", "children"}; each element's text is
what its marked content draws, decoded through the fonts' ToUnicode maps; artifacts is the text
drawn inside /Artifact marked content, page by page. Exit 3 when pikepdf is missing.

Usage: python3 pdf-structure.py FILE.pdf
"""
import json
import re
import sys

try:
    import pikepdf
except ImportError:
    sys.exit(3)


def unicode_map(font):
    """Code (int) -> text from a Type 0 font's ToUnicode CMap (bfchar and bfrange, as pdfkit writes them)."""
    mapping = {}
    if "/ToUnicode" not in font:
        return mapping
    cmap = font.ToUnicode.read_bytes().decode("latin-1")
    # A ligature maps to several characters: "<0066 0066 0069>" is "ffi".
    hex_text = lambda h: bytes.fromhex("".join(h.split())).decode("utf-16-be")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, text in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]*)>", block):
            mapping[int(code, 16)] = hex_text(text)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for start, end, rest in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]*>)", block):
            lo, hi = int(start, 16), int(end, 16)
            if rest.startswith("["):
                for i, text in enumerate(re.findall(r"<([0-9a-fA-F\s]*)>", rest)):
                    mapping[lo + i] = hex_text(text)
            else:
                first = hex_text(rest[1:-1])
                for i in range(hi - lo + 1):
                    mapping[lo + i] = first[:-1] + chr(ord(first[-1]) + i)
    return mapping


def page_marked_text(page):
    """MCID -> text drawn in that marked content, and the text drawn inside artifacts."""
    fonts = {}
    resources = page.obj.get("/Resources", {})
    for name, font in resources.get("/Font", {}).items():
        fonts[name] = unicode_map(font)
    texts, artifacts = {}, []
    stack = []  # per open marked content: its MCID, "artifact" or None
    font = {}
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == "BDC":
            props = operands[1]
            tag = str(operands[0])
            mcid = int(props.MCID) if isinstance(props, pikepdf.Dictionary) and "/MCID" in props else None
            stack.append("artifact" if tag == "/Artifact" else mcid)
        elif op == "BMC":
            stack.append("artifact" if str(operands[0]) == "/Artifact" else None)
        elif op == "EMC":
            stack.pop()
        elif op == "BT":
            # A new line of text: a reader hears a break between lines, as between words.
            where = next((m for m in reversed(stack) if m is not None), None)
            if where is not None and where != "artifact":
                texts[where] = texts.get(where, "") + " "
        elif op == "Tf":
            font = fonts.get(str(operands[0]), {})
        elif op in ("TJ", "Tj"):
            parts = operands[0] if op == "TJ" else [operands[0]]
            raw = b"".join(bytes(p) for p in parts if isinstance(p, pikepdf.String))
            text = "".join(font.get(int.from_bytes(raw[i:i + 2], "big"), "\ufffd") for i in range(0, len(raw) - 1, 2))
            where = next((m for m in reversed(stack) if m is not None), None)
            if where == "artifact":
                artifacts.append(text)
            elif where is not None:
                texts[where] = texts.get(where, "") + text
    return texts, artifacts


def main(path):
    pdf = pikepdf.open(path)
    page_texts, artifacts = {}, []
    for page in pdf.pages:
        texts, page_artifacts = page_marked_text(page)
        page_texts[page.obj.objgen] = texts
        artifacts.append(" ".join(page_artifacts))

    def element(node, page):
        page = node.get("/Pg", page)
        kids = node.get("/K")
        kids = [] if kids is None else list(kids) if isinstance(kids, pikepdf.Array) else [kids]
        text, children = "", []
        for kid in kids:
            if isinstance(kid, int) or (not isinstance(kid, pikepdf.Dictionary) and int(kid) == kid):
                text += page_texts.get(page.objgen, {}).get(int(kid), "")
            elif kid.get("/Type") == "/MCR":
                text += page_texts.get(kid.Pg.objgen, {}).get(int(kid.MCID), "")
            else:
                child = element(kid, page)
                children.append(child)
                text += child["text"] + " "
        attributes = {}
        if "/A" in node and isinstance(node.A, pikepdf.Dictionary):
            attributes = {str(k)[1:]: str(v).lstrip("/") for k, v in node.A.items()}
        return {"type": str(node.S)[1:], "text": " ".join(text.split()), "attributes": attributes,
                "lang": str(node.Lang) if "/Lang" in node else None, "children": children}

    root = pdf.Root
    tree = root.get("/StructTreeRoot")
    kids = [] if tree is None or "/K" not in tree else tree.K
    kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    prefs = root.get("/ViewerPreferences", {})
    print(json.dumps({
        "lang": str(root.Lang) if "/Lang" in root else None,
        "displayTitle": bool(prefs.get("/DisplayDocTitle", False)),
        "title": str(pdf.docinfo.get("/Title", "")),
        "marked": bool(root.get("/MarkInfo", {}).get("/Marked", False)),
        "tree": [element(k, None) for k in kids],
        "artifacts": artifacts,
    }, ensure_ascii=False))


main(sys.argv[1])
