"""Data folders as zip files, built in memory for the upload tests."""

from __future__ import annotations

import io
import zipfile

SOURCES = "id,title,publisher,url\nsrc.z,A test source,Tests,https://example.org/z\n"
COUNTRIES = "id,name,sources,checked\nAUT,Austria,src.z,seen\n"


def folder_zip(files: dict[str, str | bytes], *,
               compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip holding `files` (name in the zip → content) as they are given."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buf.getvalue()


def generated_folder(programmes: int, tag: str = "g") -> dict[str, str]:
    """A valid folder of `programmes` programmes, each run by one of programmes/4 NGOs."""
    orgs = max(1, programmes // 4)
    return {
        "sources.csv": SOURCES,
        "countries.csv": COUNTRIES,
        "organisations.csv": "id,name,type,scope,hq_country,sources,checked\n" + "".join(
            f"org.{tag}-{i},Organisation {i},ngo,national,AUT,src.z,seen\n"
            for i in range(orgs)),
        "programmes.csv": "id,title,start,end,countries,implementers,sources,checked\n"
        + "".join(f"prog.{tag}-{i},Programme {i},2009,2011,AUT,org.{tag}-{i % orgs},src.z,"
                  "seen\n" for i in range(programmes)),
    }
