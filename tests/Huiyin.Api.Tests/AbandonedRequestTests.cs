using Huiyin.TestKit;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Api.Tests;

/// <summary>A caller that hangs up mid-request is not a fault of ours: no 500, no problem body written to nobody.</summary>
[Collection(ApiCollection.Name)]
public sealed class AbandonedRequestTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_request_cancelled_because_its_caller_left_is_closed_with_499_and_no_body()
    {
        using var hangUp = new CancellationTokenSource();
        var context = RequestTo("/api/v1/tickets", hangUp.Token);
        await hangUp.CancelAsync();

        var handled = await HandleAsync(context, new OperationCanceledException(hangUp.Token));

        Assert.True(handled);
        Assert.Equal(499, context.Response.StatusCode);
        Assert.Equal(0, context.Response.Body.Length);
    }

    [Fact]
    public async Task A_cancellation_while_the_caller_still_waits_is_still_a_server_error()
    {
        var context = RequestTo("/api/v1/tickets", CancellationToken.None);

        var handled = await HandleAsync(context, new OperationCanceledException());

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        Assert.NotEqual(0, context.Response.Body.Length);
    }

    private DefaultHttpContext RequestTo(string path, CancellationToken aborted)
    {
        var context = new DefaultHttpContext { RequestServices = App.Services, RequestAborted = aborted };
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        return context;
    }

    private async Task<bool> HandleAsync(HttpContext context, Exception exception)
    {
        foreach (var handler in App.Services.GetServices<IExceptionHandler>())
        {
            if (await handler.TryHandleAsync(context, exception, CancellationToken.None))
            {
                return true;
            }
        }

        return false;
    }
}
