using System.Threading.RateLimiting;
using Hangfire;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Organization.Auth;
using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Features;
using Huiyin.Organization.Jobs;
using Huiyin.Organization.Persistence;
using Huiyin.Organization.Seeding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Huiyin.Organization;

/// <summary>Staff, teams, roles and permissions, sign-in, and the API clients of integrating systems.</summary>
public sealed class OrganizationModule : IModule
{
    public string Name => OrganizationDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<OrganizationDbContext>(OrganizationDbContext.SchemaName);
        services.AddSingleton(OrganizationPermissionGrants.All);
        services.AddSingleton<PermissionCatalog>();
        services.AddHandlersFrom(typeof(OrganizationModule).Assembly);
        services.AddIntegrationEventsFrom(typeof(StaffMemberRegistered).Assembly);

        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        services.AddSingleton(provider => SigningKey.FromConfiguration(
            configuration[$"{AuthOptions.Section}:{nameof(AuthOptions.SigningKey)}"], provider.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<IPasswordHasher<StaffMember>, PasswordHasher<StaffMember>>();
        services.AddScoped<Sessions>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<StaffRegistrar>();
        services.AddStaffAndApiKeyAuthentication();
        services.AddSingleton<IAuthorizationHandler, PasswordChangeGate>();
        AddRateLimits(services, configuration.GetValue("RateLimiting:SignInPermitsPerMinute", 20), configuration.GetValue("RateLimiting:RefreshPermitsPerMinute", 300));

        services.AddScoped<IStartupTask, SigningKeyCheck>();
        services.AddScoped<IStartupTask, BootstrapAdmin>();
        services.AddScoped<IStartupTask, DemoStaff>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapSignIn();
        auth.MapRefreshSession();
        auth.MapSignOut();
        auth.MapGetMe();
        auth.MapChangePassword();

        api.MapGroup("/me").WithTags("My contact").MapChangeMyContact();
        api.MapGroup("/me").WithTags("My time zone").MapChangeMyTimeZone();

        var mySessions = api.MapGroup("/me/sessions").WithTags("My sessions");
        mySessions.MapListMySessions();
        mySessions.MapEndMySession();
        mySessions.MapEndMySessions();

        var staff = api.MapGroup("/staff").WithTags("Staff");
        staff.MapListStaff();
        staff.MapGetStaffMember();
        staff.MapCreateStaffMember();
        staff.MapUpdateStaffMember();
        staff.MapPatchStaffMember();
        staff.MapSetStaffMemberActive();
        staff.MapResetStaffPassword();
        staff.MapChangeStaffContact();

        var teams = api.MapGroup("/teams").WithTags("Teams");
        teams.MapListTeams();
        teams.MapCreateTeam();

        var clients = api.MapGroup("/api-clients").WithTags("API clients");
        clients.MapListApiClients();
        clients.MapCreateApiClient();
        clients.MapRevokeApiClient();
    }

    public void RegisterJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<CommandJob<PurgeExpiredRefreshTokens>>(
            PurgeExpiredRefreshTokens.JobId, job => job.RunAsync(CancellationToken.None), Cron.Daily(19));

    /// <summary>Sign-in and refresh are limited per client address, against password guessing.</summary>
    /// <summary>
    /// Sign-in (and password change) attempts per client address are few, against guessing; renewals are many more, because a
    /// browser renews on every reload (its access token lives in memory) and an office may share one address, and a refresh
    /// token cannot be guessed.
    /// </summary>
    private static void AddRateLimits(IServiceCollection services, int signInsPerMinute, int refreshesPerMinute) =>
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignInEndpoint.RateLimitPolicy, context => PerAddressPerMinute(context, signInsPerMinute));
            options.AddPolicy(RefreshSessionEndpoint.RateLimitPolicy, context => PerAddressPerMinute(context, refreshesPerMinute));
        });

    private static RateLimitPartition<string> PerAddressPerMinute(HttpContext context, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) });
}
