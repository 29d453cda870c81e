-- A document's signature: the salient proper nouns it repeats, for linking claims that
-- carry no place or date to the reports of the same event.
CREATE TABLE document_term (
    document_id  INTEGER NOT NULL REFERENCES document(document_id) ON DELETE CASCADE,
    term         TEXT NOT NULL,
    count        INTEGER NOT NULL,
    PRIMARY KEY (document_id, term)
) WITHOUT ROWID;
CREATE INDEX document_term_term ON document_term(term);
