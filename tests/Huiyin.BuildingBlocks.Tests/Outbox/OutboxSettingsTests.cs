using Huiyin.BuildingBlocks.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Huiyin.BuildingBlocks.Tests.Outbox;

public sealed class OutboxSettingsTests
{
    [Theory]
    [InlineData("BatchSize")]
    [InlineData("DeliveryConcurrency")]
    public void A_batch_or_a_delivery_concurrency_below_one_is_refused_with_the_settings_named(string setting)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Outbox:DispatcherEnabled"] = "false",
            [$"Outbox:{setting}"] = "0",
        }).Build();
        using var services = new ServiceCollection().AddOutbox(configuration).BuildServiceProvider();

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<OutboxOptions>>().Value);

        Assert.Contains("Outbox:DeliveryConcurrency", refused.Message);
    }

    [Fact]
    public void The_defaults_are_accepted()
    {
        using var services = new ServiceCollection().AddOutbox(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.Equal(8, services.GetRequiredService<IOptions<OutboxOptions>>().Value.DeliveryConcurrency);
    }
}
