import GRDB

/// The workspace database's tables, created and upgraded by numbered migrations.
///
/// Every change to a scenario bumps its `version` in the same transaction that writes the change
/// and its audit entry, so a form made from an older version is refused instead of overwriting.
enum Schema {
    /// The migrator that brings any earlier database to the current schema.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "scenario") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
                t.column("parent_id", .integer).references("scenario", onDelete: .setNull)
                t.column("created_at", .text).notNull()
                t.column("updated_at", .text).notNull()
            }
            try db.create(table: "scenario_file") { t in
                t.column("scenario_id", .integer).notNull().references("scenario", onDelete: .cascade)
                t.column("kind", .text).notNull()
                t.column("content", .text).notNull()
                t.primaryKey(["scenario_id", "kind"])
            }
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("scenario_id", .integer).notNull().indexed().references("scenario", onDelete: .cascade)
                t.column("kind", .text).notNull()
                t.column("status", .text).notNull()
                t.column("created_at", .text).notNull()
                t.column("created_by", .text).notNull()
                t.column("finished_at", .text)
                t.column("seconds", .double)
                t.column("scenario_version", .integer).notNull()
                t.column("baseline_run_id", .integer)
                t.column("baseline_plan", .integer)
                t.column("reason", .text)
                t.column("note", .text)
                t.column("message", .text)
                t.column("inputs", .text).notNull()
                t.column("result", .text)
            }
            try db.create(table: "plan") { t in
                t.column("run_id", .integer).notNull().references("run", onDelete: .cascade)
                t.column("number", .integer).notNull()
                t.column("json", .text).notNull()
                t.primaryKey(["run_id", "number"])
            }
            try db.create(table: "audit_entry") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("scenario_id", .integer).indexed().references("scenario", onDelete: .cascade)
                t.column("at", .text).notNull()
                t.column("who", .text).notNull()
                t.column("action", .text).notNull()
                t.column("detail", .text).notNull()
            }
            try db.create(table: "session") { t in
                t.primaryKey("id", .text)
                t.column("csrf", .text).notNull()
                t.column("created_at", .text).notNull()
            }
        }
        return migrator
    }
}
