using Huiyin.Sla.Contracts;
using Huiyin.Sla.Jobs;
using Huiyin.TestKit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Sla.Tests;

/// <summary>The host with the recurring sweep switched off, so that each test decides when a sweep runs.</summary>
public sealed class SlaApp : HuiyinApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Hangfire:Enabled"] = "false" };

    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task<StartedClocks> StartTicketClocksAsync(Guid ticketId, string category = "plumbing")
    {
        var started = await SendAsync(new StartClocks(
            SlaWorkType.Ticket, ticketId, new ClockAttributes(SlaWorkType.Ticket, WorkComplexity.Standard, Category: category),
            [SlaMetric.FirstContact, SlaMetric.Resolution]));
        return started.IsSuccess ? started.Value : throw new InvalidOperationException(started.Error.Message);
    }

    /// <summary>Sweeps until nothing more is due, as the recurring job does; returns the clocks claimed.</summary>
    internal async Task<int> SweepAsync(int batchSize = SlaSweepJob.BatchSize)
    {
        var total = 0;
        while (true)
        {
            var claimed = await SendAsync(new SweepDueClocks(batchSize));
            total += claimed.Value;
            if (claimed.Value < batchSize)
            {
                return total;
            }
        }
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public Task<long> CountAsync(string sql) => ScalarAsync<long>(sql);

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}

[CollectionDefinition(Name)]
public sealed class SlaCollection : ICollectionFixture<SlaApp>
{
    public const string Name = "SLA";
}
