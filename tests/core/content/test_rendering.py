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
