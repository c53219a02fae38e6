// The store's schema, as a list of migrations. `PRAGMA user_version` says how many have been
// applied; opening a store applies the missing ones, each in its own transaction, so an old
// store is brought up to date and a store from a newer bitext is refused rather than damaged.

export const MIGRATIONS: string[] = [
  // 1: units, where each came from, earlier translations, contexts, bookkeeping.
  `
  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;

  -- Files units came from (documents, TMX, XLIFF…), numbered to keep the origins table small.
  CREATE TABLE sources (
    id   INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE
  );

  -- One unit per English text: its current French translation and what is known about it.
  CREATE TABLE units (
    id          INTEGER PRIMARY KEY,
    en          TEXT NOT NULL,
    fr          TEXT NOT NULL,
    en_norm     TEXT NOT NULL,     -- normalised forms (src/tm/normalise.ts)
    fr_norm     TEXT NOT NULL,
    en_key      INTEGER NOT NULL,  -- hash of en_norm: units that match at 100 before penalties
    en_hash     INTEGER NOT NULL,  -- hash of the exact English text: the unit's identity
    tuid        TEXT,
    source_id   INTEGER REFERENCES sources(id),  -- first origin
    line        INTEGER,
    method      TEXT,
    created_at  TEXT NOT NULL,     -- ISO 8601 UTC
    created_by  TEXT,
    changed_at  TEXT NOT NULL,
    changed_by  TEXT,
    seen        INTEGER NOT NULL DEFAULT 1,  -- distinct places the current translation was added from
    usage_count INTEGER NOT NULL DEFAULT 0,  -- TMX usagecount
    used_at     TEXT,                        -- TMX lastusagedate
    props       TEXT,              -- JSON [{type, value}] (TMX <prop>)
    notes       TEXT,              -- JSON [string] (TMX <note>)
    seq         INTEGER NOT NULL   -- generation of the last change to en/fr (fuzzy index refresh)
  );
  CREATE INDEX units_key ON units(en_key, en_hash);
  CREATE INDEX units_seq ON units(seq);

  -- Every place a unit was added from; a place counts once however often it is added again.
  CREATE TABLE origins (
    unit_id   INTEGER NOT NULL,
    source_id INTEGER NOT NULL,
    line      INTEGER NOT NULL,
    method    TEXT NOT NULL,
    PRIMARY KEY (unit_id, source_id, line)
  ) WITHOUT ROWID;

  -- Translations a unit had before its current one.
  CREATE TABLE history (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL,
    fr          TEXT NOT NULL,
    created_at  TEXT,
    created_by  TEXT,
    changed_at  TEXT,
    changed_by  TEXT,
    seen        INTEGER NOT NULL,
    replaced_at TEXT NOT NULL,
    replaced_by TEXT
  );
  CREATE INDEX history_unit ON history(unit_id);

  -- Hashes of the English segments before and after a unit where it was added from a document:
  -- a 100 % match in the same surroundings is a context match.
  CREATE TABLE contexts (
    unit_id INTEGER NOT NULL,
    prev    INTEGER NOT NULL,
    next    INTEGER NOT NULL,
    PRIMARY KEY (unit_id, prev, next)
  ) WITHOUT ROWID;
  `,
  // 2: less to write per unit, so that large imports are faster and stores smaller:
  // - a unit's first origin is kept in the unit row alone; `origins` holds the other places it
  //   was added from;
  // - the normalised forms are no longer stored: they are derived from the texts when the fuzzy
  //   index is built (en_key, the hash of the English one, stays).
  `
  DELETE FROM origins
   WHERE EXISTS (SELECT 1 FROM units u WHERE u.id = origins.unit_id AND u.source_id = origins.source_id AND u.line = origins.line);
  ALTER TABLE units DROP COLUMN en_norm;
  ALTER TABLE units DROP COLUMN fr_norm;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
