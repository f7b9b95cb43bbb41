"""Every Cypher string kg runs. All values are parameters; labels and relationship types are
formatted in only after ``check_label`` / ``check_type`` accepted them from kg.model's fixed lists."""

from __future__ import annotations

from kg.errors import StoreError
from kg.model import LABELS, RELATION_TYPES

ARTICLE = "Article"
MENTIONED_IN = "MENTIONED_IN"
NODE_LABELS: tuple[str, ...] = (*LABELS, ARTICLE)
FULLTEXT_INDEX = "entity_names"


def check_label(label: str) -> str:
    """``label`` if it is one of the graph's node labels; else StoreError."""
    if label not in NODE_LABELS:
        raise StoreError(f"unknown node label {label!r}: expected one of {', '.join(NODE_LABELS)}")
    return label


def check_type(rel_type: str) -> str:
    """``rel_type`` if it is one of the graph's relationship types; else StoreError."""
    if rel_type not in (*RELATION_TYPES, MENTIONED_IN):
        raise StoreError(f"unknown relationship type {rel_type!r}: expected one of {', '.join(RELATION_TYPES)}")
    return rel_type


# -- schema -----------------------------------------------------------------------------------


def schema_statements() -> list[str]:
    """Constraints and indexes, each idempotent (IF NOT EXISTS); cypher/schema.cypher holds the same text."""
    stmts = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{check_label(label)}) REQUIRE n.id IS UNIQUE"
        for label in NODE_LABELS
    ]
    stmts += [
        f"CREATE INDEX {t.lower()}_key IF NOT EXISTS FOR ()-[r:{check_type(t)}]-() ON (r.key)" for t in RELATION_TYPES
    ]
    stmts += [
        f"CREATE INDEX {t.lower()}_article IF NOT EXISTS FOR ()-[r:{check_type(t)}]-() ON (r.article_id)"
        for t in RELATION_TYPES
    ]
    stmts.append(f"CREATE INDEX article_hash IF NOT EXISTS FOR (a:{ARTICLE}) ON (a.content_hash)")
    stmts.append(
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{'|'.join(LABELS)}) "
        "ON EACH [n.name, n.alias_text] "
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}"
    )
    return stmts


def schema_file_text() -> str:
    """The text of cypher/schema.cypher (kept equal to ``schema_statements`` by a test)."""
    header = (
        "// Schema of the kg graph: one uniqueness constraint on `id` per node label, lookup indexes on\n"
        "// relationship keys and evidence article ids, and a full-text index on entity names and aliases.\n"
        "// Idempotent (IF NOT EXISTS): `kg push` applies it before every push. Generated from\n"
        "// kg/store/queries.py:schema_statements(); tests/test_neo4j_queries.py keeps the two equal.\n"
        "// Try the full-text index: CALL db.index.fulltext.queryNodes('entity_names', '史根治') YIELD node, score\n"
        "//                          RETURN node.name, labels(node), score\n"
    )
    return header + "\n".join(s + ";" for s in schema_statements()) + "\n"


# -- writes -----------------------------------------------------------------------------------
# Every node and relationship kg writes carries ``kg_store`` = the id of the store it came from
# (parameter ``$store``). Reads for a diff and every delete match only that marker, so a push never
# touches what a user (or another store) put into the same database.

STORE_MARKER = "kg_store"


def merge_nodes(label: str) -> str:
    """Rows {id, props} → nodes of ``label`` merged on their constrained id, marked with ``$store``."""
    return f"UNWIND $rows AS row MERGE (n:{check_label(label)} {{id: row.id}}) SET n += row.props, n.kg_store = $store"


def merge_relationships(rel_type: str, source_label: str, target_label: str) -> str:
    """Rows {source, target, key, props} → one relationship per key between two existing nodes."""
    return (
        f"UNWIND $rows AS row "
        f"MATCH (s:{check_label(source_label)} {{id: row.source}}) "
        f"MATCH (t:{check_label(target_label)} {{id: row.target}}) "
        f"MERGE (s)-[r:{check_type(rel_type)} {{key: row.key}}]->(t) "
        f"SET r += row.props, r.kg_store = $store"
    )


def merge_mentions(label: str) -> str:
    """Rows {source, target, props} → one MENTIONED_IN per entity and article."""
    return (
        f"UNWIND $rows AS row "
        f"MATCH (s:{check_label(label)} {{id: row.source}}) "
        f"MATCH (a:{ARTICLE} {{id: row.target}}) "
        f"MERGE (s)-[r:{MENTIONED_IN}]->(a) "
        f"SET r += row.props, r.kg_store = $store"
    )


def existing_nodes(label: str) -> str:
    """id and row hash of every node of ``label`` that ``$store`` wrote (what a push compares against)."""
    return f"MATCH (n:{check_label(label)}) WHERE n.kg_store = $store RETURN n.id AS id, n.kg_hash AS hash"


def existing_relationships(rel_type: str) -> str:
    return f"MATCH ()-[r:{check_type(rel_type)}]->() WHERE r.kg_store = $store RETURN r.key AS id, r.kg_hash AS hash"


def existing_mentions(label: str) -> str:
    return (
        f"MATCH (s:{check_label(label)})-[r:{MENTIONED_IN}]->(a:{ARTICLE}) WHERE r.kg_store = $store "
        f"RETURN s.id + '\\u001f' + a.id AS id, r.kg_hash AS hash"
    )


def delete_nodes(label: str) -> str:
    """Ids → those nodes of ``$store`` removed with ``$store``'s relationships; a node that still has
    a relationship someone else made is kept."""
    return (
        f"UNWIND $ids AS id MATCH (n:{check_label(label)} {{id: id}}) WHERE n.kg_store = $store "
        f"CALL {{ WITH n MATCH (n)-[r]-() WHERE r.kg_store = $store DELETE r }} "
        f"WITH n WHERE NOT (n)--() DELETE n"
    )


def delete_relationships(rel_type: str) -> str:
    return f"UNWIND $ids AS id MATCH ()-[r:{check_type(rel_type)} {{key: id}}]->() WHERE r.kg_store = $store DELETE r"


def delete_mentions(label: str) -> str:
    return (
        f"UNWIND $rows AS row MATCH (s:{check_label(label)} {{id: row.source}})-[r:{MENTIONED_IN}]->"
        f"(a:{ARTICLE} {{id: row.target}}) WHERE r.kg_store = $store DELETE r"
    )


# An article is complete (``kg_complete`` = its content hash) once everything extracted from it is
# written: in the write-through's own transaction, or at the end of a push.
ARTICLE_COMPLETE = (
    f"MATCH (a:{ARTICLE} {{id: $id}}) WHERE a.kg_store = $store AND a.kg_complete = $hash RETURN count(a) AS n"
)
MARK_COMPLETE = f"UNWIND $ids AS id MATCH (a:{ARTICLE} {{id: id}}) SET a.kg_complete = a.content_hash"
MARK_ALL_COMPLETE = (
    f"MATCH (a:{ARTICLE}) WHERE a.kg_store = $store AND (a.kg_complete IS NULL OR a.kg_complete <> a.content_hash) "
    "SET a.kg_complete = a.content_hash"
)

# Write-through (Neo4jStore): articles already there with the same hash are skipped; a changed
# article loses its old evidence before the new one is merged.
ARTICLE_HASHES = (
    f"UNWIND $ids AS id MATCH (a:{ARTICLE} {{id: id}}) WHERE a.kg_store = $store "
    "RETURN a.id AS id, a.kg_complete AS hash"
)


def delete_article_evidence(rel_type: str) -> str:
    return (
        f"UNWIND $ids AS id MATCH ()-[r:{check_type(rel_type)} {{article_id: id}}]->() "
        "WHERE r.kg_store = $store DELETE r"
    )


DELETE_ARTICLE_MENTIONS = (
    f"UNWIND $ids AS id MATCH (:{ARTICLE} {{id: id}})<-[r:{MENTIONED_IN}]-() WHERE r.kg_store = $store DELETE r"
)

# Readiness and checks.
PING = "RETURN 1 AS ok"
COUNT_NODES = "MATCH (n) RETURN count(n) AS n"
COUNT_RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS n"


# -- benchmarks: the same rows written one statement at a time or in UNWIND batches --------------


def bench_merge_one(label: str) -> str:
    return f"MERGE (n:{check_label(label)} {{id: $id}}) SET n.name = $name, n.bench = true"


def bench_merge_batch(label: str) -> str:
    return f"UNWIND $rows AS row MERGE (n:{check_label(label)} {{id: row.id}}) SET n.name = row.name, n.bench = true"


def bench_delete(label: str) -> str:
    return f"MATCH (n:{check_label(label)}) WHERE n.bench = true DETACH DELETE n"
