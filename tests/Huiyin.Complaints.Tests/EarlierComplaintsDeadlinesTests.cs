using System.Data.Common;
using System.Text.Json;
using Huiyin.BuildingBlocks.Messaging.UnitOfWork;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Persistence;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Complaints.Tests;

/// <summary>
/// The start-up task that gives the open complaints registered before the list carried deadlines their nearest deadline, including
/// when a complaint changes between the task's read and its save.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EarlierComplaintsDeadlinesTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task An_open_complaint_registered_before_the_list_carried_deadlines_gets_its_deadline_at_the_next_start()
    {
        var (agent, earlier) = await ComplaintRegisteredBeforeTheListHadDeadlinesAsync();
        Assert.Equal(JsonValueKind.Null, (await ComplaintApi.ListedAsync(agent, "")).Single().GetProperty("nextDeadline").ValueKind);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<IStartupTask>().OfType<MirrorEarlierComplaintsClocks>().Single().RunAsync(CancellationToken.None);
        }

        await AssertCarriesItsRegisteredDeadlineAsync(agent, earlier);
    }

    [Fact]
    public async Task A_complaint_changed_between_the_read_and_the_save_is_read_again_and_still_gets_its_deadline()
    {
        var (agent, earlier) = await ComplaintRegisteredBeforeTheListHadDeadlinesAsync();
        var meanwhile = new ChangedBeforeTheFirstSave(App, $"UPDATE complaints.complaints SET description = description || '（补充）' WHERE id = '{earlier.Id()}'");

        await MirrorWithAsync(meanwhile);

        Assert.Equal(2, meanwhile.Saves);
        await AssertCarriesItsRegisteredDeadlineAsync(agent, earlier);
    }

    [Fact]
    public async Task A_complaint_mirrored_by_its_own_change_meanwhile_is_left_as_that_change_wrote_it()
    {
        var (agent, earlier) = await ComplaintRegisteredBeforeTheListHadDeadlinesAsync();
        var changedDeadline = DateTimeOffset.UtcNow.AddDays(9);
        var meanwhile = new ChangedBeforeTheFirstSave(App,
            $"UPDATE complaints.complaints SET next_due_at = '{changedDeadline:O}', next_due_metric = 'Resolution' WHERE id = '{earlier.Id()}'");

        await MirrorWithAsync(meanwhile);

        var deadline = (await ComplaintApi.ListedAsync(agent, "")).Single().GetProperty("nextDeadline");
        Assert.Equal(changedDeadline.ToUnixTimeMilliseconds(), deadline.GetProperty("dueAt").GetDateTimeOffset().ToUnixTimeMilliseconds());
    }

    private async Task MirrorWithAsync(ChangedBeforeTheFirstSave meanwhile)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var options = new DbContextOptionsBuilder<ComplaintsDbContext>(services.GetRequiredService<DbContextOptions<ComplaintsDbContext>>())
            .AddInterceptors(meanwhile)
            .Options;
        await using var db = new ComplaintsDbContext(options);
        var task = new MirrorEarlierComplaintsClocks(db, services.GetRequiredService<ComplaintClocks>(), services.GetRequiredService<LostUpdateRetry>());
        await task.RunAsync(CancellationToken.None);
    }

    private static async Task AssertCarriesItsRegisteredDeadlineAsync(HttpClient agent, JsonElement complaint)
    {
        var deadline = (await ComplaintApi.ListedAsync(agent, "")).Single().GetProperty("nextDeadline");
        var registered = complaint.GetProperty("nextDeadline");
        Assert.Equal(registered.Text("metric"), deadline.Text("metric"));
        Assert.Equal(registered.GetProperty("dueAt").GetDateTimeOffset(), deadline.GetProperty("dueAt").GetDateTimeOffset());
    }

    /// <summary>An agent and an open complaint as it stood before the list carried deadlines: none copied onto it, nothing left to handle.</summary>
    private async Task<(HttpClient Agent, JsonElement Complaint)> ComplaintRegisteredBeforeTheListHadDeadlinesAsync()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        // The registration's own handlers (the receipt, the clocks' mirror) write on the complaint; they must be done before it is
        // turned back into an earlier one, or they would change it again while the task mirrors it.
        await ComplaintApi.EventsDeliveredAsync(App);
        await AsIfRegisteredBeforeTheListHadDeadlinesAsync(complaint.Id());
        return (agent, complaint);
    }

    private async Task AsIfRegisteredBeforeTheListHadDeadlinesAsync(Guid complaintId)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE complaints.complaints SET next_due_at = NULL, next_due_metric = NULL, created_at = @before WHERE id = @id";
        command.Parameters.AddWithValue("before", MirrorEarlierComplaintsClocks.ListDeadlinesSince.AddDays(-1));
        command.Parameters.AddWithValue("id", complaintId);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Changes the complaint's row from another connection just before the task's first save, as its events' handling would.</summary>
    private sealed class ChangedBeforeTheFirstSave(HuiyinApp app, string change) : SaveChangesInterceptor
    {
        public int Saves { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Saves++ == 0)
            {
                await using var connection = await app.OpenConnectionAsync();
                await using DbCommand command = connection.CreateCommand();
                command.CommandText = change;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return result;
        }
    }
}
