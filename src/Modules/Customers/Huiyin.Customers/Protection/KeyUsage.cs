using Huiyin.Customers.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Protection;

/// <summary>How many sealed values (ID numbers and bank accounts together) each key holds.</summary>
internal sealed record KeyUse(int KeyId, int Values);

internal static class KeyUsage
{
    public static Task<List<KeyUse>> CountAsync(CustomersDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<KeyUse>($"""
            SELECT get_byte(cipher, 0) AS key_id, count(*)::int AS "values"
            FROM (SELECT id_number_cipher AS cipher FROM customers.customers
                  UNION ALL SELECT bank_account_cipher FROM customers.customers) AS sealed
            WHERE cipher IS NOT NULL
            GROUP BY 1 ORDER BY 1
            """).ToListAsync(cancellationToken);
}
