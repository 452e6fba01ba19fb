using Microsoft.EntityFrameworkCore.Migrations;

namespace Huiyin.BuildingBlocks.Outbox;

/// <summary>
/// The database wakes the outbox dispatchers itself: a statement-level trigger on a module's outbox table
/// sends NOTIFY, with the schema as payload, whenever rows are inserted. NOTIFY is transactional, so the
/// dispatchers hear of the rows once they are committed, and a command pays no round trip of its own for it.
/// </summary>
public static class OutboxNotifyTrigger
{
    public const string Channel = "huiyin_outbox";

    public static string CreateSql(string schema) => $"""
        CREATE FUNCTION "{schema}".notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{Channel}', TG_TABLE_SCHEMA);
            RETURN NULL;
        END $$;
        CREATE TRIGGER outbox_messages_notify AFTER INSERT ON "{schema}".outbox_messages
            FOR EACH STATEMENT EXECUTE FUNCTION "{schema}".notify_outbox();
        """;

    public static void CreateOutboxNotifyTrigger(this MigrationBuilder migration, string schema) => migration.Sql(CreateSql(schema));

    public static void DropOutboxNotifyTrigger(this MigrationBuilder migration, string schema) =>
        migration.Sql($"""
            DROP TRIGGER outbox_messages_notify ON "{schema}".outbox_messages;
            DROP FUNCTION "{schema}".notify_outbox();
            """);
}
