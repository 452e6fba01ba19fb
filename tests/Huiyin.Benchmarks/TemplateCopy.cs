using Npgsql;

namespace Huiyin.Benchmarks;

/// <summary>
/// Builds <c>INSERT … SELECT</c> statements that copy a real row (written by the application) with some columns
/// replaced: the database-side equivalent of the application's writes, without restating every column by hand.
/// </summary>
internal static class TemplateCopy
{
    private const string TemplateSchema = "bench_templates";

    /// <summary>
    /// Copies the rows of <paramref name="from"/> (aliased <c>t</c>) into a small table of their own and answers the
    /// <c>from</c> that reads them there: copying them then costs the same however many rows have been written since.
    /// </summary>
    public static async Task<string> SetAsideAsync(NpgsqlConnection connection, string name, string from)
    {
        var template = $"{TemplateSchema}.{name}";
        await using var setAside = new NpgsqlCommand(
            $"CREATE SCHEMA IF NOT EXISTS {TemplateSchema}; DROP TABLE IF EXISTS {template}; CREATE TABLE {template} AS SELECT t.* FROM {from}", connection);
        await setAside.ExecuteNonQueryAsync();
        return $"{template} t";
    }

    public static async Task<string> InsertAsync(
        NpgsqlConnection connection, string schema, string table, string from, IReadOnlyDictionary<string, string> replaced)
    {
        var columns = new List<string>();
        await using (var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND is_identity = 'NO' ORDER BY ordinal_position", connection))
        {
            command.Parameters.AddWithValue(schema);
            command.Parameters.AddWithValue(table);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        var values = columns.Select(c => replaced.TryGetValue(c, out var expression) ? expression : $"t.\"{c}\"");
        return $"INSERT INTO {schema}.{table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", values)} FROM {from}";
    }
}
