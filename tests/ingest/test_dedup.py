"""The seen-index: exact duplicates by content hash, near-duplicates by MinHash bands, on disk."""

from __future__ import annotations

import os

import pytest

from etl.ingest.dedup import THRESHOLD, SeenIndex, shingle_hashes
from etl.models import Article

STORY = ("O ministro da Defesa russo, Andrei Belousov, chegou a Pyongyang nesta sexta-feira para "
         "uma visita de dois dias, durante a qual se reuniu com o líder norte-coreano Kim Jong-un "
         "e discutiu a cooperação militar entre os dois países, segundo a agência estatal KCNA. "
         "Os serviços de inteligência da Coreia do Sul afirmam que Pyongyang enviou mais de "
         "10.000 contêineres de munição para a Rússia desde agosto do ano passado, e que soldados "
         "norte-coreanos foram vistos em exercícios perto da fronteira com a Ucrânia.")
OTHER = ("The central bank raised its benchmark rate by a quarter of a percentage point on Tuesday, "
         "citing persistent inflation in services and a labour market that remains tight, and "
         "signalled that further increases could follow at its next two meetings this year.")


def test_dedup_first_of_names_the_first_input_with_the_same_content():
    with SeenIndex() as seen:
        assert seen.first_of("d1", "a.txt") is None
        assert seen.first_of("d2", "b.txt") is None
        assert seen.first_of("d1", "c.txt") == "a.txt"
        assert seen.first_of("d1", "d.txt") == "a.txt"


def test_dedup_near_duplicate_is_the_earliest_similar_article():
    edited = STORY.replace("nesta sexta-feira", "na sexta-feira")
    with SeenIndex() as seen:
        assert seen.near_duplicate("story", STORY) is None
        assert seen.near_duplicate("other", OTHER) is None
        assert seen.near_duplicate("edited", edited) == "story"
        assert seen.near_duplicate("again", STORY + " Fim.") == "story"


def test_dedup_short_texts_are_never_near_duplicates():
    with SeenIndex() as seen:
        assert seen.near_duplicate("a", "Curto demais.") is None
        assert seen.near_duplicate("b", "Curto demais.") is None


def test_dedup_index_file_is_deleted_on_close():
    seen = SeenIndex()
    assert os.path.exists(seen.path)
    seen.close()
    assert not os.path.exists(seen.path)


def test_dedup_shingle_hashes_ignore_case_and_order_of_repeats():
    assert list(shingle_hashes("A b c d e")) == list(shingle_hashes("a B C D E"))
    assert len(shingle_hashes("a b c d e a b c d e")) == 5


def test_dedup_sorted_unique_equals_numpy_unique():
    import numpy as np

    from etl.ingest.dedup import _sorted_unique

    rng = np.random.default_rng(5)
    for values in (rng.integers(0, 50, size=300, dtype=np.uint64), np.array([7], dtype=np.uint64),
                   np.array([3, 3, 3], dtype=np.uint64), shingle_hashes(STORY + " " + STORY)):
        ours, theirs = _sorted_unique(values), np.unique(values)
        assert ours.dtype == theirs.dtype
        assert ours.tolist() == theirs.tolist()


def test_dedup_signature_equals_datasketch_update_batch():
    from datasketch import MinHash

    from etl.ingest.dedup import minhash_values

    for text in (STORY, OTHER, STORY.upper() + " " + OTHER):
        shingles = shingle_hashes(text)
        ours = minhash_values(shingles)
        theirs = MinHash(num_perm=len(ours), seed=1, hashfunc=lambda value: value, scheme="affine32")
        theirs.update_batch(shingles.tolist())
        assert ours.dtype == theirs.hashvalues.dtype
        assert ours.tolist() == theirs.hashvalues.tolist()


@pytest.mark.parametrize("threshold", [THRESHOLD])
def test_dedup_banding_is_the_one_datasketch_picks(threshold):
    from etl.ingest.dedup import _BANDING, datasketch_banding

    assert _BANDING[threshold] == datasketch_banding(threshold)


def test_dedup_signature_is_the_minhash_values_bytes():
    from etl.ingest.dedup import _VALUE_BYTES, NUM_PERM, minhash_values, signature

    values = minhash_values(shingle_hashes(STORY))
    assert values.itemsize == _VALUE_BYTES
    assert signature(STORY) == values.tobytes()
    assert len(signature(STORY) or b"") == NUM_PERM * _VALUE_BYTES
    assert signature("Curto demais.") is None


def test_ingest_prepares_with_the_task_map_it_is_given(tmp_path):
    from etl.ingest import ingest_articles
    from etl.ingest.readers import JsonLine
    from etl.models import Duplicate, QuarantinedItem, doc_id_for

    texts = [STORY, OTHER, STORY.replace("sexta-feira", "quinta-feira"), OTHER]
    lines = [f'{{"id": "a{i}", "text": {text!r}}}'.replace("'", '"') for i, text in enumerate(texts)]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([*lines[:2], "[1]", *lines[2:]]), encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY.replace("dois dias", "três dias"), encoding="utf-8")
    asked: list[list[object]] = []

    def map_tasks(fn, tasks):
        for task in tasks:
            asked.append(task[0])
            yield fn(task)

    expected = [None, None, None, doc_id_for(STORY), "a1", doc_id_for(STORY)]
    for items in (list(ingest_articles([str(path), str(tmp_path / "story.txt")], map_tasks=map_tasks)),
                  list(ingest_articles([str(path), str(tmp_path / "story.txt")]))):
        assert [type(item) for item in items] == [Article, Article, QuarantinedItem, Article,
                                                  Duplicate, Article]
        assert [getattr(item, "near_duplicate_of", getattr(item, "duplicate_of", None))
                for item in items] == expected
    # The JSONL lines go to the tasks unparsed, the text of a .txt file as read; one task.
    assert [[type(entry) for entry in task] for task in asked] == [[JsonLine] * 5 + [str]]
