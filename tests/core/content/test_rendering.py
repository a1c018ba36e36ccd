"""Markdown rendering and the sanitiser's allowlist."""

import pytest

from ipt_desktop.core.content.rendering import html_to_text, render_markdown, sanitize_html


def test_tables_footnotes_and_toc():
    rendered = render_markdown("# Top\n\n## Part one\n\n|a|b|\n|-|-|\n|1|2|\n\nText[^n]\n\n[^n]: The note.\n")
    assert "<table>" in rendered.html and "<td>1</td>" in rendered.html
    assert 'class="footnote"' in rendered.html and "The note." in rendered.html
    assert [(e.level, e.title, e.anchor) for e in rendered.toc] == [
        (1, "Top", "top"),
        (2, "Part one", "part-one"),
    ]


def test_internal_and_web_links_survive():
    html = render_markdown("[a](ipt://doc/guide-x) [b](https://example.org) [c](mailto:x@example.org)").html
    assert 'href="ipt://doc/guide-x"' in html
    assert 'href="https://example.org"' in html
    assert 'href="mailto:x@example.org"' in html


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        " javascript:alert(1)",
    ],
)
def test_dangerous_link_schemes_are_removed(link):
    html = render_markdown(f'[x]({link}) <a href="{link}">y</a> <img src="{link}">').html
    assert "href" not in html
    assert "javascript" not in html.lower() and "vbscript" not in html.lower()
    assert "file:" not in html and "data:" not in html


@pytest.mark.parametrize(
    "markup",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<p onclick='x()'>t</p>",
        "<svg onload=alert(1)><circle/></svg>",
        "<iframe src='https://evil.example'></iframe>",
        "<a href='https://ok.example' onmouseover='x()'>t</a>",
        "<style>body{}</style>",
    ],
)
def test_scripts_and_event_handlers_never_survive(markup):
    html = sanitize_html(markup)
    assert "<script" not in html and "alert(1)</" not in html
    assert (
        "onerror" not in html and "onclick" not in html and "onload" not in html and "onmouseover" not in html
    )
    assert "<svg" not in html and "<iframe" not in html and "<style" not in html


def test_html_to_text():
    assert (
        html_to_text("<h1>T</h1><p>A &amp; <b>B</b></p><ul><li>one</li><li>two</li></ul>")
        == "T\nA & B\none\ntwo"
    )


def test_the_bundled_library_renders_exactly_as_python_markdown_and_nh3_alone():
    """The bounds leave every usual document alone: same HTML and table of contents as the plain pipeline
    (with task items marked, which the plain pipeline leaves as "[ ]")."""
    import markdown

    from ipt_desktop.core.content.check import check_library
    from ipt_desktop.core.content.rendering import _EXTENSIONS, _flatten, mark_task_items, split_at_bounds
    from ipt_desktop.core.resources import resource_path

    documents = check_library(resource_path("content"), {}).documents
    assert len(documents) >= 170
    for doc in documents:
        assert split_at_bounds(doc.body) == (doc.body, "")
        md = markdown.Markdown(extensions=_EXTENSIONS, extension_configs={"toc": {"permalink": False}})
        plain_html = mark_task_items(sanitize_html(md.convert(doc.body)))
        rendered = render_markdown(doc.body)
        assert rendered.html == plain_html, doc.id
        assert rendered.toc == tuple(_flatten(md.toc_tokens)), doc.id


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("".join("    " * i + "- x\n" for i in range(40)), "<li>x"),
        ("".join(">" * i + " x\n\n" for i in range(1, 40)), "<blockquote>"),
        ("- " * 40 + "x\n", None),
        ("".join(f"- item {i}\n" for i in range(20_000)), "<li>item 9998</li>"),
        ("Start\n\n" + "*_" * 20_000 + "\n", "<p>Start</p>"),
        ("Start\n\n" + "<div>" * 20_000 + "\n", "<p>Start</p>"),
        ("".join("# Same\n\n" for _ in range(3000)), "<h1"),
        ("".join(f"*[A{i}]: x\n" for i in range(200)) + "\nA1\n", None),
        ("Start\n\n" + "~~~a\n" * 20_000, "<p>Start</p>"),
    ],
    ids=["lists", "quotes", "markers", "lines", "emphasis", "tags", "headings", "abbreviations", "fences"],
)
def test_past_a_bound_the_rest_is_preformatted_under_a_notice(body, kept):
    import time

    from ipt_desktop.core.content.rendering import TRUNCATED_NOTICE

    start = time.perf_counter()
    rendered = render_markdown(body)
    assert time.perf_counter() - start < 5
    assert TRUNCATED_NOTICE in rendered.html and "<pre>" in rendered.html
    if kept:
        assert kept in rendered.html.split(TRUNCATED_NOTICE)[0]


def test_a_failing_renderer_shows_the_text_instead_of_raising(monkeypatch):
    import markdown

    from ipt_desktop.core.content.rendering import TRUNCATED_NOTICE

    def broken(self, source):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(markdown.Markdown, "convert", broken)
    rendered = render_markdown("# Title\n\nText <b>\n")
    assert TRUNCATED_NOTICE in rendered.html and "Text &lt;b&gt;" in rendered.html and rendered.toc == ()
    monkeypatch.undo()
    assert "<h1" in render_markdown("# Title\n").html


def test_limit_tags_cuts_before_the_tag_past_the_limit():
    from ipt_desktop.core.content.rendering import limit_tags

    assert limit_tags("<b>x</b>", 2) == ("<b>x</b>", False)
    assert limit_tags("<i>a<b>b<u>c", 2) == ("<i>a<b>b", True)
