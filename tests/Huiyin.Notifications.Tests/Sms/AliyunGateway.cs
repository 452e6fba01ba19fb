using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Huiyin.Notifications.Tests.Sms;

/// <summary>One SendSms request as the gateway saw it: its parameters and whether its signature checked out.</summary>
public sealed record AliyunRequest(IReadOnlyDictionary<string, string> Parameters, bool SignatureValid);

/// <summary>
/// Alibaba Cloud's SMS API on a loopback port: it checks each request's signature its own way (RFC 3986 escaping by
/// <c>Uri.EscapeDataString</c>, per the published RPC signature steps), records the request, and answers as told.
/// </summary>
public sealed class AliyunGateway : IAsyncDisposable
{
    public const string AccessKeyId = "LTAI5tTestKeyId";
    public const string AccessKeySecret = "test-secret-of-the-ram-user";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _refusals = new();

    private AliyunGateway(WebApplication app) => _app = app;

    public ConcurrentQueue<AliyunRequest> Received { get; } = new();

    public string Url => _app.Urls.Single() + "/";

    public static async Task<AliyunGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var gateway = new AliyunGateway(builder.Build());
        gateway._app.MapPost("/", (Delegate)gateway.ReceiveAsync);
        await gateway._app.StartAsync();
        return gateway;
    }

    /// <summary>Answers the next request with this error code instead of OK.</summary>
    public void RefuseNext(string code) => _refusals.Enqueue(code);

    public void Reset()
    {
        Received.Clear();
        _refusals.Clear();
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var parameters = form.ToDictionary(p => p.Key, p => p.Value.ToString());
        Received.Enqueue(new AliyunRequest(parameters, IsSignedBySecret(parameters, AccessKeySecret)));
        return _refusals.TryDequeue(out var code)
            ? Results.Json(new { Code = code, Message = "触发小时级流控Permits:5", RequestId = Guid.NewGuid() })
            : Results.Json(new { Code = "OK", Message = "OK", BizId = $"{Random.Shared.NextInt64(1_000_000_000)}^0", RequestId = Guid.NewGuid() });
    }

    public static bool IsSignedBySecret(IReadOnlyDictionary<string, string> parameters, string secret)
    {
        var signed = parameters.Where(p => p.Key != "Signature").OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value));
        var stringToSign = "POST&" + Uri.EscapeDataString("/") + "&" + Uri.EscapeDataString(string.Join("&", signed));
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(secret + "&"));
        var expected = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        return parameters.TryGetValue("Signature", out var signature) && signature == expected;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
