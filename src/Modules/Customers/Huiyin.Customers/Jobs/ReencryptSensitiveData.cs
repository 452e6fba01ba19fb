using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Features.Shared;
using Huiyin.Customers.Persistence;
using Huiyin.Customers.Protection;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Huiyin.Customers.Jobs;

/// <summary>
/// Job <c>customers:re-encrypt</c>, every ten minutes: seals again with the active key, batch by batch, every value
/// sealed with another one, and re-keys its blind index. Each batch commits on its own, so the job resumes where it
/// stopped; it gives up its turn after <see cref="TimeBudget"/> and the next run goes on.
/// </summary>
internal sealed class ReencryptSensitiveData(IMediator mediator, TimeProvider clock, ILogger<ReencryptSensitiveData> logger)
{
    public const string JobId = "customers:re-encrypt";
    public const string Schedule = "*/10 * * * *";
    private static readonly TimeSpan TimeBudget = TimeSpan.FromMinutes(8);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var total = 0;
        while (clock.GetElapsedTime(started) < TimeBudget)
        {
            var batch = await mediator.Send(new ReencryptBatch(), cancellationToken);
            total += batch.Value;
            if (batch.Value < ReencryptBatch.Size)
            {
                break;
            }
        }

        if (total > 0)
        {
            logger.LogInformation("Re-encrypted {Count} customer(s) with the active key", total);
        }
    }
}

/// <summary>Re-seals up to <see cref="Size"/> customers sealed with another key than the active one; answers how many.</summary>
internal sealed record ReencryptBatch : ICommand<Result<int>>
{
    public const int Size = 500;
}

internal sealed class ReencryptBatchHandler(CustomersDbContext db, SensitiveData sensitive) : IRequestHandler<ReencryptBatch, Result<int>>
{
    public async Task<Result<int>> Handle(ReencryptBatch request, CancellationToken cancellationToken)
    {
        int active = sensitive.ActiveKeyId;
        // Rows a person is saving at this moment are skipped, not waited for: a later batch takes them.
        var stale = await db.Database.SqlQuery<StaleRow>($"""
            SELECT id, id_number_cipher, bank_account_cipher
            FROM customers.customers
            WHERE get_byte(id_number_cipher, 0) <> {active} OR get_byte(bank_account_cipher, 0) <> {active}
            LIMIT {ReencryptBatch.Size}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        foreach (var row in stale)
        {
            var idNumber = Reseal(CustomerRegistry.IdNumberField, row.IdNumberCipher);
            var bankAccount = Reseal(CustomerRegistry.BankAccountField, row.BankAccountCipher);
            await db.Customers.Where(c => c.Id == new CustomerId(row.Id)).ExecuteUpdateAsync(set => set
                .SetProperty(c => c.IdNumberCipher, idNumber == null ? null : idNumber.Cipher)
                .SetProperty(c => c.IdNumberIndex, idNumber == null ? null : idNumber.Index)
                .SetProperty(c => c.BankAccountCipher, bankAccount == null ? null : bankAccount.Cipher)
                .SetProperty(c => c.BankAccountIndex, bankAccount == null ? null : bankAccount.Index), cancellationToken);
        }

        return stale.Count;
    }

    private SealedValue? Reseal(string field, byte[]? cipher) => cipher is null ? null : sensitive.Reseal(field, cipher);

    private sealed record StaleRow(Guid Id, byte[]? IdNumberCipher, byte[]? BankAccountCipher);
}
