// Schema of the kg graph: one uniqueness constraint on `id` per node label, lookup indexes on
// relationship keys and evidence article ids, and a full-text index on entity names and aliases.
// Idempotent (IF NOT EXISTS): `kg push` applies it before every push. Generated from
// kg/store/queries.py:schema_statements(); tests/test_neo4j_queries.py keeps the two equal.
// Try the full-text index: CALL db.index.fulltext.queryNodes('entity_names', '史根治') YIELD node, score
//                          RETURN node.name, labels(node), score
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE INDEX holds_position_key IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.key);
CREATE INDEX presided_key IF NOT EXISTS FOR ()-[r:PRESIDED]-() ON (r.key);
CREATE INDEX spoke_at_key IF NOT EXISTS FOR ()-[r:SPOKE_AT]-() ON (r.key);
CREATE INDEX attended_key IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.key);
CREATE INDEX organized_key IF NOT EXISTS FOR ()-[r:ORGANIZED]-() ON (r.key);
CREATE INDEX runs_key IF NOT EXISTS FOR ()-[r:RUNS]-() ON (r.key);
CREATE INDEX issued_key IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.key);
CREATE INDEX part_of_key IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.key);
CREATE INDEX partners_with_key IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.key);
CREATE INDEX located_in_key IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.key);
CREATE INDEX participated_in_key IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.key);
CREATE INDEX works_for_key IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() ON (r.key);
CREATE INDEX visited_key IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.key);
CREATE INDEX reported_key IF NOT EXISTS FOR ()-[r:REPORTED]-() ON (r.key);
CREATE INDEX photographed_key IF NOT EXISTS FOR ()-[r:PHOTOGRAPHED]-() ON (r.key);
CREATE INDEX holds_position_article IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.article_id);
CREATE INDEX presided_article IF NOT EXISTS FOR ()-[r:PRESIDED]-() ON (r.article_id);
CREATE INDEX spoke_at_article IF NOT EXISTS FOR ()-[r:SPOKE_AT]-() ON (r.article_id);
CREATE INDEX attended_article IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.article_id);
CREATE INDEX organized_article IF NOT EXISTS FOR ()-[r:ORGANIZED]-() ON (r.article_id);
CREATE INDEX runs_article IF NOT EXISTS FOR ()-[r:RUNS]-() ON (r.article_id);
CREATE INDEX issued_article IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.article_id);
CREATE INDEX part_of_article IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.article_id);
CREATE INDEX partners_with_article IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.article_id);
CREATE INDEX located_in_article IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.article_id);
CREATE INDEX participated_in_article IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.article_id);
CREATE INDEX works_for_article IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() ON (r.article_id);
CREATE INDEX visited_article IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.article_id);
CREATE INDEX reported_article IF NOT EXISTS FOR ()-[r:REPORTED]-() ON (r.article_id);
CREATE INDEX photographed_article IF NOT EXISTS FOR ()-[r:PHOTOGRAPHED]-() ON (r.article_id);
CREATE INDEX article_hash IF NOT EXISTS FOR (a:Article) ON (a.content_hash);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Initiative|Meeting|Place|Document) ON EACH [n.name, n.alias_text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
