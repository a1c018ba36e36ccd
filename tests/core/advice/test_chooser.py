"""The procedure chooser: every path of the bundled tree, threshold answers from a value, the answers'
faults, and the validation that refuses a rule without source, a cycle, an unreachable outcome and a dangling
link, naming file and key. Also: the thresholds glossary quotes only amounts of thresholds.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ipt_desktop.core.advice.aids import DecisionAids
from ipt_desktop.core.advice.checker import AdviceInputError
from ipt_desktop.core.advice.chooser import all_paths, describe, walk
from ipt_desktop.core.advice.chooser_tree import (
    OUTCOME_PREFIX,
    chooser_path,
    graph_problems,
    link_problems,
    load_tree,
)
from ipt_desktop.core.advice.thresholds import load_thresholds
from ipt_desktop.core.content.bundled import bundled_dir
from ipt_desktop.core.content.check import check_library, threshold_figures
from ipt_desktop.core.content.documents import load_document
from ipt_desktop.core.errors import ContentError

RD_PATH = {
    "several-buyers": "no",
    "kind": "services",
    "design-contest-fit": "no",
    "solution-on-market": "no",
    "rd-needed": "yes",
    "rd-and-purchase": "no",
    "rd-benefits-shared": "yes",
    "rd-competing-suppliers": "yes",
}
OUTCOMES = {
    "pcp",
    "ppi",
    "innovation-partnership",
    "competitive-dialogue",
    "competitive-procedure-with-negotiation",
    "design-contest",
    "rd-services-exemption",
    "below-threshold-national",
}


def _raw() -> dict:
    return yaml.safe_load(chooser_path().read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "procedure_chooser.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _paths_from_raw(data: dict) -> list[tuple[dict, str]]:
    """Every path, read from the YAML itself rather than through the engine."""
    out = []

    def go(qid, answers):
        for answer in data["questions"][qid]["answers"]:
            chosen = {**answers, qid: answer["value"]}
            if answer["next"].startswith("outcome:"):
                out.append((chosen, answer["next"].split(":", 1)[1]))
            else:
                go(answer["next"], chosen)

    go(data["start"], {})
    return out


@pytest.fixture(scope="module")
def tree():
    return load_tree()


def test_every_path_of_the_tree_ends_in_its_outcome_with_reasons_and_articles(tree):
    paths = _paths_from_raw(_raw())
    assert len(paths) == len(list(all_paths(tree))) > 50
    assert {outcome for _, outcome in paths} == OUTCOMES
    aids = DecisionAids()
    for answers, expected in paths:
        state = walk(tree, answers)
        assert state.pending is None, answers
        rec = state.result
        assert rec.outcome.id == expected, answers
        assert [s.question.id for s in rec.steps] == list(answers)
        assert rec.reasons and rec.articles and rec.links and rec.outcome.source
        assert set(rec.outcome.reasons) <= set(rec.reasons)
        assert aids.choose(answers).result.outcome.id == expected
        text = describe(rec)
        assert rec.outcome.title in text and "not legal advice" in text


def test_the_rd_path_reaches_pre_commercial_procurement(tree):
    rec = walk(tree, RD_PATH).result
    assert rec.outcome.title == "Pre-commercial procurement (PCP)"
    assert "Directive 2014/24/EU, Article 14" in rec.articles and "COM(2007) 799" in rec.articles
    assert any("state aid" in risk.lower() for risk in rec.risks)
    assert rec.links[0] == "guide-pre-commercial-procurement"


def test_answers_on_the_way_add_their_considerations(tree):
    answers = {**RD_PATH, "several-buyers": "yes"}
    rec = walk(tree, answers).result
    assert "Directive 2014/24/EU, Articles 37 to 39" in rec.articles
    assert "guide-joint-cross-border-procurement" in rec.links
    assert any("Article 38" in r for r in rec.reasons)


def test_partial_answers_stop_at_the_next_question(tree):
    state = walk(tree, {"several-buyers": "no", "kind": "works"})
    assert state.result is None and state.pending.id == "solution-on-market" and len(state.steps) == 2


def test_yaml_booleans_count_as_yes_and_no(tree):
    state = walk(tree, {"several-buyers": False, "kind": "works", "solution-on-market": True})
    assert [s.answer.value for s in state.steps] == ["no", "works", "yes"]


@pytest.mark.parametrize(
    ("value", "outcome", "words"),
    [
        (180000, "below-threshold-national", "BELOW the EU threshold by EUR 36,000"),
        (300000, None, "ABOVE the EU threshold by EUR 84,000"),
    ],
)
def test_the_threshold_question_can_be_answered_from_a_value(value, outcome, words):
    answers = {
        "several-buyers": "no",
        "kind": "services",
        "design-contest-fit": "no",
        "solution-on-market": "yes",
        "above-threshold": {"value": value, "currency": "EUR", "buyer": "sub-central"},
    }
    state = DecisionAids().choose(answers)
    step = state.steps[-1]
    assert words in step.detail
    if outcome:
        assert state.result.outcome.id == outcome
    else:
        assert state.pending.id == "must-negotiate"


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"several-buyer": "no"}, "unknown question 'several-buyer'"),
        ({"several-buyers": "maybe"}, "answer 'maybe' to 'several-buyers' is not one of: yes, no"),
        ({"several-buyers": {"value": 1}}, "answer to 'several-buyers' must be one of"),
        (
            {
                "several-buyers": "no",
                "kind": "works",
                "solution-on-market": "yes",
                "above-threshold": {"value": 5},
            },
            "needs 'buyer'",
        ),
        (
            {
                "several-buyers": "no",
                "kind": "works",
                "solution-on-market": "yes",
                "above-threshold": {"value": -5, "buyer": "central"},
            },
            "negative",
        ),
        (
            {
                "several-buyers": "no",
                "kind": "works",
                "solution-on-market": "yes",
                "above-threshold": {"value": 5, "buyer": "central", "colour": "red"},
            },
            "unknown field 'colour'",
        ),
    ],
)
def test_bad_answers_are_one_line(answers, message):
    with pytest.raises(AdviceInputError) as err:
        DecisionAids().choose(answers)
    assert message in str(err.value) and "\n" not in str(err.value)


def _broken(tmp_path, change) -> str:
    data = _raw()
    change(data)
    path = _write(tmp_path, data)
    with pytest.raises(ContentError) as err:
        load_tree(path)
    assert str(path) in str(err.value)
    return str(err.value)


def test_a_rule_without_source_is_refused(tmp_path):
    message = _broken(tmp_path, lambda d: d["questions"]["kind"]["answers"][1].pop("source"))
    assert "questions.kind.answers.supplies.source" in message and "needs a source" in message


def test_a_source_that_names_no_act_is_refused(tmp_path):
    message = _broken(tmp_path, lambda d: d["outcomes"]["pcp"].update(source="common sense"))
    assert "outcomes.pcp.source" in message


def test_a_cycle_is_refused(tmp_path):
    message = _broken(tmp_path, lambda d: d["questions"]["must-negotiate"]["answers"][0].update(next="kind"))
    assert "questions.must-negotiate.answers.no.next" in message and "cycle" in message


def test_an_unreachable_outcome_is_refused(tmp_path):
    def change(d):
        d["questions"]["design-contest-fit"]["answers"][0]["next"] = "outcome:ppi"

    message = _broken(tmp_path, change)
    assert "outcomes.design-contest" in message and "no answer leads" in message


def test_an_answer_to_nowhere_is_refused(tmp_path):
    message = _broken(tmp_path, lambda d: d["questions"]["kind"]["answers"][0].update(next="outcome:lottery"))
    assert "questions.kind.answers.services.next" in message


def test_dangling_links_are_found(tree):
    ids = {"guide-pre-commercial-procurement"}
    problems = link_problems(tree, ids)
    assert any("outcomes.ppi.links': no document 'guide-ppi'" in p for p in problems)
    assert any("adds.links" in p for p in problems)
    assert graph_problems(tree) == []


def test_every_link_of_the_bundled_tree_exists(tree):
    ids = {load_document(p).id for p in bundled_dir().glob("*.md")}
    assert link_problems(tree, ids) == []
    linked = {link for o in tree.outcomes.values() for link in o.links}
    assert any(i.startswith("story-") for i in linked) and any(i.startswith("training-") for i in linked)


def test_the_content_check_reports_decision_aid_faults_with_file_and_key(tmp_path):
    data = _raw()
    data["outcomes"]["pcp"]["links"].append("guide-that-does-not-exist")
    _write(tmp_path, data)
    thresholds = yaml.safe_load((bundled_dir().parent / "thresholds.yaml").read_text(encoding="utf-8"))
    thresholds["periods"].append(dict(thresholds["periods"][0], id="again"))
    (tmp_path / "thresholds.yaml").write_text(yaml.safe_dump(thresholds), encoding="utf-8")
    report = check_library(bundled_dir(), {}, aids_dir=tmp_path)
    assert any("procedure_chooser.yaml: key 'outcomes.pcp.links': no document" in p for p in report.problems)
    assert any(
        "thresholds.yaml: key 'periods.again.thresholds" in p and "overlaps" in p for p in report.problems
    )


def test_the_bundled_decision_aids_pass_the_content_check():
    assert check_library(bundled_dir(), {}).problems == []


def test_the_thresholds_glossary_quotes_only_amounts_of_thresholds_yaml():
    doc = load_document(bundled_dir() / "glossary-eu-thresholds.md")
    figures = set(threshold_figures(doc.body))
    amounts = load_thresholds().amounts()
    assert figures == amounts  # every amount quoted, and only those
    assert str(doc.meta["valid_until"]) == "2027-12-31" and str(doc.meta["reviewed"]) == "2026-11-29"


def test_the_glossary_check_catches_a_stray_amount(tmp_path):
    source = (bundled_dir() / "glossary-eu-thresholds.md").read_text(encoding="utf-8")
    (tmp_path / "glossary-eu-thresholds.md").write_text(
        source.replace("EUR 216,000", "EUR 221,000", 1), encoding="utf-8"
    )
    report = check_library(tmp_path, {}, aids_dir=bundled_dir().parent)
    assert any(
        "glossary-eu-thresholds: amount 221,000 is not in thresholds.yaml" in p for p in report.problems
    )


def test_outcome_prefix_is_used_by_the_data():
    assert all(
        a["next"].startswith(OUTCOME_PREFIX) or a["next"] in _raw()["questions"]
        for q in _raw()["questions"].values()
        for a in q["answers"]
    )
