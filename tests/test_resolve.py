"""Organization aliases and implicit regions."""

from kg.resolve import canonical_org, explicit_region


def test_aliases_fold_without_false_merges() -> None:
    r = {"市": "许昌"}
    assert (
        canonical_org("市委", r) == canonical_org("中共许昌市委", r) == canonical_org("许昌市委员会", r) == "许昌市委"
    )
    assert canonical_org("市政府", r) == canonical_org("市人民政府", r) == "许昌市人民政府"
    assert canonical_org("团禹州市委") == canonical_org("共青团禹州市委") == "共青团禹州市委"
    assert canonical_org("禹州市委") != canonical_org("团禹州市委")
    assert canonical_org("区委", r) == "区委"  # no district known: stays bare


def test_explicit_region() -> None:
    assert explicit_region("商丘市委") == ("市", "商丘")
    assert explicit_region("市委") is None
