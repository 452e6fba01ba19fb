using System.Net.Http.Json;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Notifications.Senders;
using Huiyin.Notifications.Tests.Caller;
using Huiyin.TestKit;
using Huiyin.TestKit.Postgres;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Huiyin.Notifications.Tests;

/// <summary>
/// The host with the outbox dispatcher, the webhook dispatcher and Hangfire switched off, so that each test decides when delivery runs, with
/// a recording sender in place of the logging one, a mail server of its own on loopback, and with a stand-in calling module (<see cref="CallerDbContext"/>).
/// </summary>
public class NotificationsApp : HuiyinApp
{
    internal RecordingSmsSender Sender { get; } = new();

    public SmtpServer Mail { get; private set; } = null!;

    /// <summary>Whether texts go to <see cref="Sender"/> rather than the sender the configuration chooses.</summary>
    protected virtual bool RecordsTexts => true;

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings)
        {
            ["Outbox:DispatcherEnabled"] = "false",
            ["Hangfire:Enabled"] = "false",
            ["Webhooks:DispatcherEnabled"] = "false",
            ["Notifications:CompanyName"] = "回音物业",
            ["Notifications:Hotline"] = "400-800-8888",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "desk@huiyin.test",
        };

    /// <summary>The mail server has to listen before the host starts, and the host starts once its database is ready.</summary>
    protected override async Task<PostgresServer> StartServerAsync()
    {
        Mail = await SmtpServer.StartAsync();
        return await base.StartServerAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Mail is not null)
        {
            await Mail.DisposeAsync();
        }
    }

    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Hands the event to one handler of it, as the outbox dispatcher does after the publisher's commit.</summary>
    internal async Task HandleWithAsync<THandler, TEvent>(TEvent integrationEvent)
        where THandler : INotificationHandler<TEvent>
        where TEvent : IntegrationEvent
    {
        await using var scope = Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<INotificationHandler<TEvent>>().OfType<THandler>().Single();
        await handler.Handle(integrationEvent, CancellationToken.None);
    }

    /// <summary>Dispatches the outboxes until nothing more is due, as the background dispatcher does.</summary>
    public async Task DeliverAsync()
    {
        var processor = Services.GetRequiredService<OutboxProcessor>();
        while (await processor.DispatchDueAsync(CancellationToken.None) > 0)
        {
        }
    }

    /// <summary>A staff member who has set an e-mail address and no mobile.</summary>
    public async Task ProvisionWithEmailAsync(string username, Organization.Contracts.StaffRole role, string email)
    {
        await ProvisionAsync(username, role);
        var client = await SignedInAsAsync(username);
        (await client.PutAsJsonAsync("/api/v1/me/contact", new { email, mobile = "" })).EnsureSuccessStatusCode();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            if (RecordsTexts)
            {
                services.RemoveAll<ISmsSender>();
                services.AddSingleton<ISmsSender>(Sender);
            }

            services.AddModuleDbContext<CallerDbContext>(CallerDbContext.SchemaName);
            services.AddHandlersFrom(typeof(NotificationsApp).Assembly);
            services.AddScoped<IStartupTask, CallerTables>();
        });
    }
}

[CollectionDefinition(Name)]
public sealed class NotificationsCollection : ICollectionFixture<NotificationsApp>
{
    public const string Name = "Notifications";
}

/// <summary>The base of tests against the shared host: empty tables, real time, and senders that have sent nothing.</summary>
public abstract class NotificationsTest(NotificationsApp app) : IAsyncLifetime
{
    protected NotificationsApp App { get; } = app;

    public Task InitializeAsync()
    {
        App.Sender.Reset();
        App.Mail.Clear();
        return App.ResetAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
