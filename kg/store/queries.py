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


def merge_nodes(label: str) -> str:
    """Rows {id, props} → nodes of ``label`` merged on their constrained id."""
    return f"UNWIND $rows AS row MERGE (n:{check_label(label)} {{id: row.id}}) SET n += row.props"


def merge_relationships(rel_type: str, source_label: str, target_label: str) -> str:
    """Rows {source, target, key, props} → one relationship per key between two existing nodes."""
    return (
        f"UNWIND $rows AS row "
        f"MATCH (s:{check_label(source_label)} {{id: row.source}}) "
        f"MATCH (t:{check_label(target_label)} {{id: row.target}}) "
        f"MERGE (s)-[r:{check_type(rel_type)} {{key: row.key}}]->(t) "
        f"SET r += row.props"
    )


def merge_mentions(label: str) -> str:
    """Rows {source, target, props} → one MENTIONED_IN per entity and article."""
    return (
        f"UNWIND $rows AS row "
        f"MATCH (s:{check_label(label)} {{id: row.source}}) "
        f"MATCH (a:{ARTICLE} {{id: row.target}}) "
        f"MERGE (s)-[r:{MENTIONED_IN}]->(a) "
        f"SET r += row.props"
    )


def existing_nodes(label: str) -> str:
    """id and row hash of every node of ``label`` (what a push compares against)."""
    return f"MATCH (n:{check_label(label)}) RETURN n.id AS id, n.kg_hash AS hash"


def existing_relationships(rel_type: str) -> str:
    return f"MATCH ()-[r:{check_type(rel_type)}]->() RETURN r.key AS id, r.kg_hash AS hash"


def existing_mentions(label: str) -> str:
    return (
        f"MATCH (s:{check_label(label)})-[r:{MENTIONED_IN}]->(a:{ARTICLE}) "
        f"RETURN s.id + '\\u001f' + a.id AS id, r.kg_hash AS hash"
    )


def delete_nodes(label: str) -> str:
    """Rows of ids → those nodes and their relationships removed."""
    return f"UNWIND $ids AS id MATCH (n:{check_label(label)} {{id: id}}) DETACH DELETE n"


def delete_relationships(rel_type: str) -> str:
    return f"UNWIND $ids AS id MATCH ()-[r:{check_type(rel_type)} {{key: id}}]->() DELETE r"


def delete_mentions(label: str) -> str:
    return (
        f"UNWIND $rows AS row MATCH (s:{check_label(label)} {{id: row.source}})-[r:{MENTIONED_IN}]->"
        f"(a:{ARTICLE} {{id: row.target}}) DELETE r"
    )


# Write-through (Neo4jStore): articles already there with the same hash are skipped; a changed
# article loses its old evidence before the new one is merged.
ARTICLE_HASHES = f"UNWIND $ids AS id MATCH (a:{ARTICLE} {{id: id}}) RETURN a.id AS id, a.content_hash AS hash"


def delete_article_evidence(rel_type: str) -> str:
    return f"UNWIND $ids AS id MATCH ()-[r:{check_type(rel_type)} {{article_id: id}}]->() DELETE r"


DELETE_ARTICLE_MENTIONS = f"UNWIND $ids AS id MATCH (:{ARTICLE} {{id: id}})<-[r:{MENTIONED_IN}]-() DELETE r"

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
