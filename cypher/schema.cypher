// name: schema
// purpose: constraints and indexes of the graph; every statement is idempotent (IF NOT EXISTS)
// params: none
// mode: schema
// used by: GraphStore.apply_schema (run at every load and at API start-up)
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mandate_id IF NOT EXISTS FOR (n:Mandate) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT name_resolution_id IF NOT EXISTS FOR (n:NameResolution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT load_id IF NOT EXISTS FOR (n:Load) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT load_lock_id IF NOT EXISTS FOR (n:LoadLock) REQUIRE n.id IS UNIQUE;
CREATE INDEX organisation_type IF NOT EXISTS FOR (n:Organisation) ON (n.type);
CREATE INDEX organisation_iati IF NOT EXISTS FOR (n:Organisation) ON (n.iati_id);
CREATE INDEX programme_dates IF NOT EXISTS FOR (n:Programme) ON (n.start, n.end);
CREATE INDEX indicator_key IF NOT EXISTS FOR (n:Indicator) ON (n.country, n.indicator, n.year);
CREATE FULLTEXT INDEX name_search IF NOT EXISTS
FOR (n:Organisation|Country|Theme|Person|Mandate|Programme|Event)
ON EACH [n.name, n.acronym, n.alias_text, n.title, n.short_name, n.reference]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
