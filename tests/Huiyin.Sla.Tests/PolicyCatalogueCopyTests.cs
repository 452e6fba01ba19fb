using Huiyin.Sla.Contracts;
using Huiyin.TestKit;
using Npgsql;

namespace Huiyin.Sla.Tests;

/// <summary>
/// The host chooses policies from a copy it keeps in memory; the database refuses a clock chosen from a copy that is
/// no longer current, and the host starts over on a fresh one.
/// </summary>
[Collection(SlaCollection.Name)]
public sealed class PolicyCatalogueCopyTests(SlaApp app) : HuiyinTest(app)
{
    private SlaApp Sla => (SlaApp)App;

    [Fact]
    public async Task A_policy_changed_by_another_host_applies_to_the_very_next_clock_and_the_refused_attempt_leaves_nothing()
    {
        await Sla.StartTicketClocksAsync(Guid.NewGuid()); // this host now holds a copy of the catalogue
        await Sla.ExecuteAsync("UPDATE sla.policies SET resolution = interval '12 hours' WHERE name = '标准工单'");
        var item = Guid.NewGuid();
        var before = App.Clock.GetUtcNow();

        var started = await Sla.StartTicketClocksAsync(item);

        var resolution = started.Clocks.Single(c => c.Metric == SlaMetric.Resolution);
        Assert.InRange(resolution.DueAt - before, TimeSpan.FromHours(12) - TimeSpan.FromSeconds(1), TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1));
        Assert.Equal(2, await Sla.CountAsync($"SELECT count(*) FROM sla.clocks WHERE item_id = '{item}'"));
        Assert.Equal(2, await Sla.CountAsync($"SELECT count(*) FROM sla.clock_events e JOIN sla.clocks c ON c.id = e.clock_id WHERE c.item_id = '{item}'"));
        Assert.Equal(2, await Sla.CountAsync(
            $"SELECT count(*) FROM sla.clocks WHERE item_id = '{item}' AND catalogue_version = (SELECT version FROM sla.catalogue_version)"));
    }

    [Fact]
    public async Task The_database_refuses_a_clock_that_names_an_outdated_catalogue()
    {
        var item = Guid.NewGuid();
        await Sla.StartTicketClocksAsync(item);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => Sla.ExecuteAsync($"""
            CREATE TEMP TABLE copied AS SELECT * FROM sla.clocks WHERE item_id = '{item}';
            UPDATE copied SET id = gen_random_uuid(), item_id = gen_random_uuid(), catalogue_version = gen_random_uuid();
            INSERT INTO sla.clocks SELECT * FROM copied;
            """));

        Assert.Equal("ZH001", refused.SqlState);
    }

    [Fact]
    public async Task A_catalogue_that_changes_again_during_the_second_attempt_is_a_409_and_nothing_is_saved()
    {
        await Sla.StartTicketClocksAsync(Guid.NewGuid());
        // Renews the catalogue's version just before every clock is checked (triggers fire in the order of their names).
        await Sla.ExecuteAsync("""
            CREATE FUNCTION sla.keep_changing_the_catalogue() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN UPDATE sla.calendars SET name = name WHERE false; RETURN NEW; END $$;
            CREATE TRIGGER a_keep_changing_the_catalogue BEFORE INSERT ON sla.clocks
                FOR EACH ROW EXECUTE FUNCTION sla.keep_changing_the_catalogue();
            """);
        try
        {
            var item = Guid.NewGuid();

            var result = await Sla.SendAsync(new StartClocks(
                SlaWorkType.Ticket, item, new ClockAttributes(SlaWorkType.Ticket), [SlaMetric.FirstContact, SlaMetric.Resolution]));

            Assert.True(result.IsFailure);
            Assert.Equal("changed_meanwhile", result.Error.Code);
            Assert.Equal(0, await Sla.CountAsync($"SELECT count(*) FROM sla.clocks WHERE item_id = '{item}'"));
        }
        finally
        {
            await Sla.ExecuteAsync("DROP TRIGGER a_keep_changing_the_catalogue ON sla.clocks; DROP FUNCTION sla.keep_changing_the_catalogue();");
        }
    }
}
