"""Full-text search: accents, ligatures, prefixes, phrases, ranking, drafts; SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from protoedit.meetings import agenda, decisions
from protoedit.meetings import meeting as meetings
from protoedit.protocols import lifecycle as protocols
from protoedit.protocols.content import Step
from protoedit.search import engine as search
from protoedit.search import snippets
from protoedit.search import text as search_text
from protoedit.store.check import run_check
from tests.factories import (
    ACTOR,
    Crew,
    approve_version,
    approved_protocol,
    complete_content,
    draft_protocol,
    signing_crew,
)


@pytest.fixture
def crew(db) -> Crew:
    return signing_crew(db, ACTOR)


def find(db, text: str, **kw) -> list[search.Hit]:
    search.refresh(db)
    return search.query(db, text, **kw)


def codes(hits: list[search.Hit]) -> list[str]:
    return [h.code for h in hits]


def marked(segments: list[search.Segment]) -> list[str]:
    return [text for text, on in segments if on]


# -- folding and parsing, no database ----------------------------------------------------------


def test_fold_removes_accents_and_ligatures() -> None:
    assert (
        search_text.fold("Œdème, ÉDUCATION, cæcum, Straße") == "oedeme, education, caecum, strasse"
    )
    assert search_text.tokens("Signes d'alerte : œdème (J+2)") == [
        "signes",
        "d",
        "alerte",
        "oedeme",
        "j",
        "2",
    ]


def test_parse_query() -> None:
    assert search_text.parse_query("a") == []
    assert search_text.parse_query("  ") == []
    assert search_text.parse_query("Œd a éduc") == [
        search_text.Term(("oed",), True),
        search_text.Term(("educ",), True),
    ]
    assert search_text.parse_query('"signes d\'alerte" fièvre') == [
        search_text.Term(("signes", "d", "alerte"), False),
        search_text.Term(("fievre",), True),
    ]
    assert search_text.parse_query("\"signes d'al") == [
        search_text.Term(("signes", "d", "al"), True)
    ]
    assert search_text.parse_query("d'alerte DIAB-01") == [
        search_text.Term(("d", "alerte"), True),
        search_text.Term(("diab", "01"), True),
    ]


def test_highlight_maps_folded_words_back_to_the_original() -> None:
    matcher = snippets.Matcher(search_text.parse_query("oedeme coeur educ"))
    segments = matcher.highlight("Œdème du cœur ; éducation.")
    assert "".join(t for t, _ in segments) == "Œdème du cœur ; éducation."
    assert marked(segments) == ["Œdème", "cœur", "éducation"]


def test_snippet_is_a_window_around_the_words() -> None:
    text = (
        "Début. "
        + "Texte sans rapport. " * 30
        + "Surveiller l'œdème des chevilles. "
        + "Autre texte. " * 30
    )
    snippet = snippets.Matcher(search_text.parse_query("oedeme")).snippet(text)
    assert snippet[0] == ("…", False) and snippet[-1] == ("…", False)
    assert marked(snippet) == ["œdème"]
    assert len("".join(t for t, _ in snippet)) <= snippets.SNIPPET_CHARS + 25


# -- searching a library -----------------------------------------------------------------------


def test_accent_and_case_insensitive(db, crew) -> None:
    approved_protocol(
        db,
        ACTOR,
        "IC-01",
        "Insuffisance cardiaque",
        complete_content("Surveiller l'Œdème des membres inférieurs et l'éducation thérapeutique."),
        crew.signers,
    )
    for text in ("oedeme", "OEDEME", "œdème", "Œdè", "education", "ÉDUCATION", "educ"):
        hits = find(db, text)
        assert codes(hits) == ["IC-01"], text
    hit = find(db, "oedeme education")[0]
    assert marked(hit.snippet) == ["Œdème", "éducation"]
    assert hit.kind == "protocol" and hit.status == "approved"


def test_ligature_ae(db, crew) -> None:
    approved_protocol(
        db,
        ACTOR,
        "DIG-01",
        "Douleurs abdominales",
        complete_content("Appendice et cæcum."),
        crew.signers,
    )
    assert codes(find(db, "caecum")) == ["DIG-01"]
    assert codes(find(db, "cæcum")) == ["DIG-01"]


def test_prefix_search_starts_at_two_letters(db, crew) -> None:
    approved_protocol(
        db,
        ACTOR,
        "AVK-01",
        "Anticoagulants oraux",
        complete_content("Surveillance de l'INR."),
        crew.signers,
    )
    assert find(db, "a") == []
    assert codes(find(db, "an")) == ["AVK-01"]
    assert codes(find(db, "anticoag")) == ["AVK-01"]
    assert find(db, "anticoagx") == []
    assert codes(find(db, "avk")) == ["AVK-01"]  # the code is searched
    assert codes(find(db, "inr")) == ["AVK-01"]


def test_every_word_must_match(db, crew) -> None:
    approved_protocol(
        db, ACTOR, "A-01", "Premier", complete_content("Œdème et hémorragie."), crew.signers
    )
    approved_protocol(
        db, ACTOR, "A-02", "Second", complete_content("Œdème seulement."), crew.signers
    )
    assert sorted(codes(find(db, "oedeme"))) == ["A-01", "A-02"]
    assert codes(find(db, "oedeme hemorragie")) == ["A-01"]
    assert codes(find(db, "hémor œdè")) == ["A-01"]


def test_quoted_phrase(db, crew) -> None:
    approved_protocol(
        db,
        ACTOR,
        "P-01",
        "Phrase",
        complete_content("Repérer les signes de gravité sans délai."),
        crew.signers,
    )
    approved_protocol(
        db,
        ACTOR,
        "P-02",
        "Mots épars",
        complete_content("La gravité de certains signes."),
        crew.signers,
    )
    assert sorted(codes(find(db, "gravite signes"))) == ["P-01", "P-02"]
    assert codes(find(db, '"signes de gravité"')) == ["P-01"]
    assert codes(find(db, '"SIGNES DE GRAVITE"')) == ["P-01"]
    assert find(db, '"signes de grav"') == []  # a closed phrase is exact
    assert codes(find(db, '"signes de grav')) == ["P-01"]  # still typing: last word is a prefix
    hit = find(db, '"signes de gravité"')[0]
    assert marked(hit.snippet) == ["signes de gravité"]


def test_title_match_ranks_above_body_match(db, crew) -> None:
    approved_protocol(
        db,
        ACTOR,
        "B-01",
        "Diabète de type 2",
        complete_content("Anticoagulant, anticoagulants, anticoagulation : " * 5),
        crew.signers,
    )
    approved_protocol(
        db,
        ACTOR,
        "T-01",
        "Anticoagulants oraux",
        complete_content("Surveillance biologique."),
        crew.signers,
    )
    hits = find(db, "anticoagulant")
    assert codes(hits) == ["T-01", "B-01"]
    assert hits[0].in_title and not hits[1].in_title
    assert marked(hits[0].title_segments) == ["Anticoagulants"]
    assert sorted(codes(find(db, "t 01"))) == ["B-01", "T-01"]  # the lone "t" is dropped
    assert codes(find(db, "t-01")) == ["T-01"]  # glued words follow each other


def test_drafts_excluded_by_default(db, crew) -> None:
    _, v1 = approved_protocol(
        db, ACTOR, "K-01", "Kaliémie", complete_content("Dosage du potassium."), crew.signers
    )
    draft_protocol(db, ACTOR, "Z-01", "Zinc", complete_content("Supplémentation en zinc."))
    assert find(db, "zinc") == []
    hits = find(db, "zinc", include_drafts=True)
    assert codes(hits) == ["Z-01"] and hits[0].status == "draft"
    # A revision: the approved version stays searched, its draft only when asked.
    pid = hits[0].protocol_id
    assert pid is not None
    kpid = find(db, "potassium")[0].protocol_id
    v2, _ = protocols.revise(db, ACTOR, kpid, "Ajout du magnésium")
    content = complete_content("Dosage du potassium et du magnésium.")
    protocols.save_draft(db, ACTOR, v2, content, [crew.doctor, crew.nurse], None, 1)
    assert find(db, "magnesium") == []
    assert [h.version_id for h in find(db, "magnesium", include_drafts=True)] == [v2]
    assert [h.version_id for h in find(db, "potassium")] == [v1]
    assert sorted(h.version_id for h in find(db, "potassium", include_drafts=True)) == [v1, v2]
    # Once approved, the new version replaces the old one in the index.
    approve_version(db, ACTOR, v2, crew.signers)
    assert [(h.version_id, h.status) for h in find(db, "potassium", include_drafts=True)] == [
        (v2, "approved")
    ]


def test_steps_theme_and_alerts_are_searched(db, crew) -> None:
    steps = [
        Step(
            title="Évaluer",
            professions=["infirmier"],
            what="Mesurer la saturation",
            how="Oxymètre de pouls",
            where="À domicile",
            alert="Désaturation",
        ),
        Step(title="Traiter", professions=["medecin_generaliste"], what="Prescrire"),
    ]
    pid, vid = draft_protocol(
        db, ACTOR, "RESP-01", "Bronchiolite", complete_content(steps=steps), crew.signers
    )
    protocols.update_identity(db, ACTOR, pid, "RESP-01", "Bronchiolite", "aci1", None)
    approve_version(db, ACTOR, vid, crew.signers)
    for text in ("oxymetre", "desaturation", "saturation", "infirmier"):
        assert codes(find(db, text)) == ["RESP-01"], text


def test_markdown_marks_are_not_shown(db, crew) -> None:
    approved_protocol(
        db,
        ACTOR,
        "MD-01",
        "Mise en forme",
        complete_content("**Attention** : voir [le guide](https://has-sante.fr)."),
        crew.signers,
    )
    hit = find(db, "attention guide")[0]
    text = "".join(t for t, _ in hit.snippet)
    assert "**" not in text and "https" not in text and "le guide" in text


def test_meetings_and_decisions_are_searched(db) -> None:
    mid, _ = meetings.create_meeting(
        db,
        ACTOR,
        meetings.MeetingInput(
            starts_at=dt.datetime(2025, 3, 12, 13, 0), title="Concertation de mars"
        ),
    )
    item, _ = agenda.add_item(
        db, ACTOR, mid, agenda.ItemInput(kind="organisation", theme="Chutes répétées à domicile")
    )
    did, _ = decisions.add_decision(
        db,
        ACTOR,
        item,
        decisions.DecisionInput(text="Proposer un bilan de kinésithérapie après chaque chute."),
    )
    kinds = {(h.kind, h.meeting_id, h.decision_id) for h in find(db, "chute")}
    assert kinds == {("meeting", mid, None), ("decision", mid, did)}
    decision = find(db, "kinesitherapie")[0]
    assert decision.kind == "decision" and decision.code == "2025-03-12"
    assert marked(decision.snippet) == ["kinésithérapie"]
    meeting = find(db, "concertation mars")[0]
    assert meeting.kind == "meeting" and meeting.in_title


def test_refresh_is_incremental(db, crew) -> None:
    assert search.query(db, "anything") == []  # no index yet: no results, no error
    pid, vid = draft_protocol(db, ACTOR, "R-01", "Rougeole", complete_content("Vaccination."))
    assert search.refresh(db) == 1
    assert search.refresh(db) == 0  # nothing written since
    protocols.save_draft(
        db, ACTOR, vid, complete_content("Vaccination et éviction."), [], None, None
    )
    assert search.refresh(db) == 1
    assert codes(search.query(db, "eviction", include_drafts=True)) == ["R-01"]
    protocols.update_identity(db, ACTOR, pid, "R-01", "Rubéole", "", None)
    search.refresh(db)
    assert codes(search.query(db, "rubeole", include_drafts=True)) == ["R-01"]
    assert search.query(db, "rougeole", include_drafts=True) == []
    protocols.archive(db, ACTOR, pid)
    assert search.refresh(db) == 1
    assert search.query(db, "rubeole", include_drafts=True) == []


def test_refresh_reports_progress_and_query_never_refreshes(db, crew, monkeypatch) -> None:
    """The GUI refreshes in a worker with a progress bar; a query searches what is indexed and
    never refreshes by itself (the 3.5 s first search after a bulk change)."""
    from protoedit.search import index as search_index

    monkeypatch.setattr(search_index, "REFRESH_BATCH", 2)
    for n in range(5):
        draft_protocol(db, ACTOR, f"P-{n}", f"Plaie {n}", complete_content("Pansement."))
    seen: list[tuple[int, int]] = []
    assert search.refresh(db, lambda done, total: seen.append((done, total))) == 5
    assert seen == [(0, 5), (2, 5), (4, 5), (5, 5)]
    draft_protocol(db, ACTOR, "P-9", "Plaie neuf", complete_content("Pansement."))
    calls: list[object] = []
    monkeypatch.setattr(search_index, "update", lambda *a, **k: calls.append(a) or 0)
    assert len(search.query(db, "plaie", include_drafts=True)) == 5  # the new one is not in yet
    assert calls == []


def test_rebuild_and_integrity(db, crew) -> None:
    approved_protocol(
        db, ACTOR, "G-01", "Grippe", complete_content("Vaccination antigrippale."), crew.signers
    )
    assert search.rebuild(db) == 1
    assert search.rebuild(db) == 1
    assert codes(search.query(db, "antigrip")) == ["G-01"]
    assert run_check(db) == []


def test_limit(db, crew) -> None:
    for i in range(5):
        draft_protocol(
            db, ACTOR, f"L-0{i}", f"Lombalgie {i}", complete_content("Lombalgie commune.")
        )
    assert len(find(db, "lombalgie", include_drafts=True)) == 5
    assert len(find(db, "lombalgie", limit=3, include_drafts=True)) == 3
    assert find(db, "lombalgie", limit=0, include_drafts=True) == []


# -- "did you mean" ------------------------------------------------------------------------------


def test_edit_distance_is_bounded_and_prefix_aware() -> None:
    from protoedit.search.suggest import closest, edit_distance

    assert edit_distance("diabte", "diabete", 2) == (1, 1)
    assert edit_distance("anticoaglant", "anticoagulant", 2) == (1, 1)
    assert edit_distance("diabe", "diabetique", 1) == (0, 5)  # half typed: its start matches
    assert edit_distance("zzzzzz", "diabete", 2) is None
    vocabulary = [("diabete", 3), ("diabetique", 5), ("diagnostic", 9), ("dialyse", 1)]
    assert closest("diabte", vocabulary) == ["diabete", "diabetique"]


def test_suggestions_for_misspelt_words(db, crew) -> None:
    from protoedit.search.suggest import suggest

    approved_protocol(
        db,
        ACTOR,
        "DIAB-01",
        "Pied diabétique",
        complete_content("Suivi du diabète de type 2."),
        crew.signers,
    )
    approved_protocol(
        db,
        ACTOR,
        "AVK-01",
        "Anticoagulants oraux",
        complete_content("Surveillance d'un traitement anticoagulant."),
        crew.signers,
    )
    draft_protocol(db, ACTOR, "Z-01", "Zinc", complete_content("Supplémentation en oligoéléments."))
    search.refresh(db)
    assert search.query(db, "diabte") == []
    assert suggest(db, "diabte") == ["diabète", "diabétique"]  # as the protocols write them
    assert suggest(db, "anticoaglant")[0] == "anticoagulant"
    assert suggest(db, "Suivi diabte") == ["Suivi diabète", "Suivi diabétique"]  # words kept
    assert suggest(db, "xqzwvk") == []
    assert suggest(db, "diabète") == []  # nothing to correct
    # A word found only in a draft is suggested only where drafts are searched.
    assert suggest(db, "oligoelemnts") == []
    assert suggest(db, "oligoelemnts", include_drafts=True) == ["oligoéléments"]


def test_suggestions_follow_the_index(db, crew) -> None:
    from protoedit.search.suggest import suggest

    pid, vid = draft_protocol(db, ACTOR, "R-01", "Rougeole", complete_content("Vaccination."))
    search.refresh(db)
    assert suggest(db, "rougeol", include_drafts=True) == []  # a prefix of a known word
    assert suggest(db, "rougoele", include_drafts=True) == ["rougeole"]
    protocols.update_identity(db, ACTOR, pid, "R-01", "Rubéole", "", None)
    search.refresh(db)
    assert suggest(db, "rougoele", include_drafts=True) == []  # the old word left the index
    with db.read() as session:
        words = dict(search.backend(db).vocabulary(session.connection(), "ro", "rp"))
    assert "rougeole" not in words
    assert suggest(db, "rubeol", include_drafts=True) == []
    assert suggest(db, "rubeolle", include_drafts=True) == ["rubéole"]


def test_an_index_of_an_older_version_is_rebuilt_with_its_word_list(db, crew) -> None:
    from protoedit.search import index as search_index
    from protoedit.search.suggest import suggest

    approved_protocol(
        db, ACTOR, "G-01", "Grippe", complete_content("Vaccination antigrippale."), crew.signers
    )
    search.refresh(db)
    index = search.backend(db)
    with db.write_engine.begin() as conn:  # as an older ProtoEdit left it: no word list
        conn.exec_driver_sql(f"DROP TABLE {index.TABLES[0]}")
        search_index.write_meta(conn, {"version": "3", "audit_seq": "0"})
    assert search.refresh(db) == 1
    assert suggest(db, "vacination") == ["vaccination"]
