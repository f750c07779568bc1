"""Reading inputs and splitting them into articles.

::

    from studygen.ingest import read_articles

    result = read_articles(["notes/", "essay.md", "-"], split="auto")
    for article in result.articles:
        print(article.title, article.start_line, article.end_line, article.boundary)
    for note in result.notes:  # files skipped, articles dropped
        print(note)

One module per step: :mod:`.reading` (paths, folders, stdin, URLs, encodings, file kinds by suffix
and content), :mod:`.cleaning` (characters), :mod:`.blocks` (plain text to paragraphs and headings),
:mod:`.markup` (Markdown and HTML), :mod:`.metadata` (bylines, bios, credits), :mod:`.splitting`
(article boundaries), :mod:`.titles` (titles from key phrases) and :mod:`.articles` (putting it
together). One module per document format, each imported only when a file of its kind is read:
:mod:`.pdf` (pypdfium2), :mod:`.docx` and :mod:`.epub` (lxml), :mod:`.web` (fetching a page), with
what they share (chapters; contents, indexes and notes left out) in :mod:`.structure` and the bound
on what a Word or EPUB file (a zip archive) may unpack to in :mod:`.archives`.
"""

from studygen.ingest.articles import DEFAULT_MAX_FILE_MB, IngestResult, read_articles
from studygen.ingest.splitting import SplitMode

__all__ = ["DEFAULT_MAX_FILE_MB", "IngestResult", "SplitMode", "read_articles"]
