using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Api.Tests;

/// <summary>
/// Runs a registered recurring job now, in this process, as Hangfire's worker would: the method its registration
/// names on an instance from a fresh scope. The test host has one worker shared with the 10-second deadline sweep,
/// so waiting for the queue would time the machine's load, not the job.
/// </summary>
internal static class RecurringJobRun
{
    public static async Task RunNowAsync(this IServiceProvider services, string jobId)
    {
        using var connection = services.GetRequiredService<JobStorage>().GetConnection();
        var registration = connection.GetRecurringJobs([jobId]).Single();
        Assert.NotNull(registration.Job);
        var job = registration.Job;
        await using var scope = services.CreateAsyncScope();
        var instance = ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, job.Type);
        var arguments = job.Method.GetParameters()
            .Select((parameter, i) => parameter.ParameterType == typeof(CancellationToken) ? CancellationToken.None : job.Args[i])
            .ToArray();
        await (Task)job.Method.Invoke(instance, arguments)!;
    }
}
