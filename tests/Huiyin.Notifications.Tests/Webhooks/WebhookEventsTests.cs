using Huiyin.Notifications.Domain.Webhooks;
using Huiyin.Notifications.Features.Events;

namespace Huiyin.Notifications.Tests.Webhooks;

public sealed class WebhookEventsTests
{
    [Fact]
    public void Every_event_queued_for_webhooks_goes_by_a_name_of_the_contract() =>
        Assert.All(WebhookEvents.Names.Values, name => Assert.Contains(name, WebhookEventNames.All));

    [Fact]
    public void The_contract_names_are_those_of_the_api_description() =>
        Assert.Equal(21, WebhookEventNames.All.Distinct().Count(name => name.Contains('.', StringComparison.Ordinal)));

    [Fact]
    public void Every_contract_name_has_its_event() =>
        Assert.Empty(WebhookEventNames.All.Except(WebhookEvents.Names.Values));
}
