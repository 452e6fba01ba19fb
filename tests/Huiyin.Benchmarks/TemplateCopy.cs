using Npgsql;

namespace Huiyin.Benchmarks;

/// <summary>
/// Builds <c>INSERT … SELECT</c> statements that copy a real row (written by the application) with some columns
/// replaced: the database-side equivalent of the application's writes, without restating every column by hand.
/// </summary>
internal static class TemplateCopy
{
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
