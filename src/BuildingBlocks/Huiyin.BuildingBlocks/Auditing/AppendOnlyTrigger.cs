using Microsoft.EntityFrameworkCore.Migrations;

namespace Huiyin.BuildingBlocks.Auditing;

/// <summary>
/// The database itself refuses to change or remove an audit record, whoever asks. TRUNCATE is not refused: it is no
/// statement of the product's and only the database owner may run it (tests empty their tables with it).
/// </summary>
internal static class AppendOnlyTrigger
{
    public static void CreateAppendOnlyTrigger(this MigrationBuilder migration) =>
        migration.Sql("""
            CREATE FUNCTION platform.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit records are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$;
            CREATE TRIGGER audit_records_append_only BEFORE UPDATE OR DELETE ON platform.audit_records
                FOR EACH ROW EXECUTE FUNCTION platform.refuse_audit_change();
            """);

    public static void DropAppendOnlyTrigger(this MigrationBuilder migration) =>
        migration.Sql("""
            DROP TRIGGER audit_records_append_only ON platform.audit_records;
            DROP FUNCTION platform.refuse_audit_change();
            """);
}
