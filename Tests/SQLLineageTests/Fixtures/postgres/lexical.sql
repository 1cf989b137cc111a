-- case: double_colon_casts
-- sources: raw.events
-- targets: mart.events_typed
-- columns: raw.events.id -> mart.events_typed.event_id, raw.events.payload -> mart.events_typed.amount
-- columns: raw.events.ts -> mart.events_typed.happened_on
-- diagnostics: none
INSERT INTO mart.events_typed (event_id, amount, happened_on)
SELECT e.id::bigint,
       (e.payload ->> 'amount')::numeric(12,2),
       e.ts::timestamptz::date
FROM raw.events e;

-- case: dollar_quoted_strings_hide_semicolons
-- sources: app.documents
-- targets: app.notes
-- columns: app.documents.id -> app.notes.doc_id, app.documents.title -> app.notes.body
-- diagnostics: none
INSERT INTO app.notes (doc_id, body)
SELECT d.id,
       $$Don't split; here$$ || d.title || $tag$ -- not a comment; $$ still a string $tag$
FROM app.documents d;

-- case: escape_string_and_comments_with_semicolons
-- sources: app.inbox
-- targets: app.messages
-- columns: app.inbox.id -> app.messages.id, app.inbox.body -> app.messages.text
/* block comment; with a semicolon */
INSERT INTO app.messages (id, text) -- trailing comment; same statement
SELECT m.id, E'it\'s; fine ' || m.body
FROM app.inbox m;

-- case: unparsable_statement_is_skipped
-- sources: src.a, src.b
-- targets: mart.a, mart.b
-- columns: src.a.x -> mart.a.x, src.b.y -> mart.b.y
-- diagnostics: some
INSERT INTO mart.a (x) SELECT x FROM src.a;
THIS IS NOT SQL AT ALL;
INSERT INTO mart.b (y) SELECT y FROM src.b;
