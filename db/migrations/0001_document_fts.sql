-- Full-text index over document names and texts. External content (no second copy
-- of the text); remove_diacritics 2 so "tecnologia" finds "tecnología".
CREATE VIRTUAL TABLE `document_fts` USING fts5(name, text, content='document', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `document_fts_insert` AFTER INSERT ON `document` BEGIN
  INSERT INTO document_fts(rowid, name, text) VALUES (new.rowid, new.name, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `document_fts_delete` AFTER DELETE ON `document` BEGIN
  INSERT INTO document_fts(document_fts, rowid, name, text) VALUES ('delete', old.rowid, old.name, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `document_fts_rename` AFTER UPDATE OF name ON `document` BEGIN
  INSERT INTO document_fts(document_fts, rowid, name, text) VALUES ('delete', old.rowid, old.name, old.text);
  INSERT INTO document_fts(rowid, name, text) VALUES (new.rowid, new.name, new.text);
END;
