using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Huiyin.Notifications.Realtime;

/// <summary>
/// SignalR for the desk hub. One host needs nothing more; with <c>Redis:ConnectionString</c> set, pushes travel between
/// replicas through Redis, so a push raised on one host reaches a client connected to another.
/// </summary>
internal static class RealtimeSetup
{
    public const string RedisSetting = "Redis:ConnectionString";

    public static void AddDeskHub(this IServiceCollection services, IConfiguration configuration)
    {
        // Vocabularies travel by name, as in the API's answers.
        var signalR = services.AddSignalR().AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        if (configuration[RedisSetting] is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = RedisChannel.Literal("huiyin"));
        }

        services.AcceptTokenInHubQuery();
    }

    public static void MapDeskHub(this IEndpointRouteBuilder app) =>
        app.MapHub<DeskHub>(DeskHub.Path).RequireAuthorization();

    /// <summary>Browsers cannot put a header on a WebSocket, so the hub (and only the hub) takes the bearer token as <c>access_token</c> in the query.</summary>
    private static void AcceptTokenInHubQuery(this IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            jwt.Events ??= new JwtBearerEvents();
            var earlier = jwt.Events.OnMessageReceived;
            jwt.Events.OnMessageReceived = async context =>
            {
                await earlier(context);
                if (context.Token is null && context.Request.Path.StartsWithSegments(DeskHub.Path)
                    && context.Request.Query.TryGetValue("access_token", out var token))
                {
                    context.Token = token;
                }
            };
        });
}
